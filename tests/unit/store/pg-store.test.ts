/** The store contract against a real Postgres server (tests/postgres/global-setup.ts), plus its migrations. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/store/migrations.ts';
import { openPgStore } from '../../../src/store/pg-store.ts';
import { freshDatabase } from '../../postgres/database.ts';
import { storeContract } from './store-contract.ts';

let url: string;
let admin: pg.Client;
beforeAll(async () => {
  url = await freshDatabase();
  admin = new pg.Client({ connectionString: url });
  await admin.connect();
});
afterAll(() => admin?.end());

storeContract('Postgres', {
  async fresh() {
    await (await openPgStore(url)).close(); // migrated
    await admin.query(
      'TRUNCATE subscriptions, deliveries, workers, seen_events, rate_limits RESTART IDENTITY',
    );
  },
  open: () => openPgStore(url),
});

describe('Postgres migrations', () => {
  it('brings a new database to the same schema version as SQLite, once, with instances starting together', async () => {
    const fresh = await freshDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => openPgStore(fresh)));
    const check = new pg.Client({ connectionString: fresh });
    await check.connect();
    const { rows } = await check.query<{ version: number }>('SELECT version FROM schema_version');
    const tables = await check.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    await check.end();
    await Promise.all(stores.map((s) => s.close()));
    expect(rows).toEqual([{ version: SCHEMA_VERSION }]);
    expect(tables.rows.map((r) => r.table_name)).toEqual([
      'deliveries',
      'installations',
      'rate_limits',
      'schema_version',
      'seen_events',
      'subscriptions',
      'workers',
    ]);
  });
});
