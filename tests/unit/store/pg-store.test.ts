/** The store contract against a real Postgres server (tests/postgres/global-setup.ts), plus its migrations. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../src/store/migrations.ts';
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

  it('given a database made before digest languages, its subscriptions read as English after the upgrade', async () => {
    const old = await freshDatabase();
    const client = new pg.Client({ connectionString: old });
    await client.connect();
    await client.query('CREATE TABLE schema_version (version INTEGER NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 5)) await client.query(m.postgres);
    await client.query('INSERT INTO schema_version (version) VALUES (5)');
    await client.query(`INSERT INTO subscriptions (platform, channel_id, workspace_id, time, time_zone, created_by,
      created_at, first_date) VALUES ('slack', 'C1', 'T1', '09:00', 'UTC', 'U1', 0, '2026-05-01')`);
    await client.end();
    const store = await openPgStore(old);
    try {
      expect(await store.get({ platform: 'slack', channelId: 'C1' })).toMatchObject({
        lang: 'en',
        time: '09:00',
      });
      await store.subscribe(
        {
          platform: 'slack',
          channelId: 'C1',
          workspaceId: 'T1',
          time: '09:00',
          timeZone: 'UTC',
          createdBy: 'U1',
          lang: 'ru',
        },
        new Date('2026-05-01T00:00:00Z'),
      );
      expect((await store.get({ platform: 'slack', channelId: 'C1' }))?.lang).toBe('ru');
    } finally {
      await store.close();
    }
  });
});
