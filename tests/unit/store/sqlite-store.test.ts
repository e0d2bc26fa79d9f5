import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../src/store/migrations.ts';
import { firstDueDate, openSqliteStore } from '../../../src/store/sqlite-store.ts';
import { sub, type TempDb, tempDb } from '../digest/helpers.ts';
import { storeContract } from './store-contract.ts';

let db: TempDb;
afterEach(() => db?.cleanup());

let contractDb: TempDb | undefined;
afterAll(() => contractDb?.cleanup());
storeContract('SQLite', {
  async fresh() {
    contractDb?.cleanup();
    contractDb = tempDb();
  },
  async open() {
    return contractDb!.open();
  },
});

describe('SQLite subscription store', () => {
  it('creates its folder, uses WAL, and records the schema version', () => {
    db = tempDb();
    db.open();
    expect(existsSync(db.path)).toBe(true);
    const raw = new Database(db.path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
    db.open();
  });

  it('starts a subscription made after today’s time tomorrow, and one made before it today', () => {
    expect(firstDueDate(new Date('2026-05-01T10:00:00Z'), '09:00', 'UTC')).toBe('2026-05-02');
    expect(firstDueDate(new Date('2026-05-01T08:59:00Z'), '09:00', 'UTC')).toBe('2026-05-01');
    expect(firstDueDate(new Date('2026-05-01T22:00:00Z'), '09:00', 'Europe/Kyiv')).toBe('2026-05-02');
  });

  it('given a database made before digest languages, its subscriptions read as English after the upgrade', async () => {
    db = tempDb();
    mkdirSync(dirname(db.path), { recursive: true });
    const old = new Database(db.path);
    for (const m of MIGRATIONS.filter((x) => x.version <= 5)) old.exec(m.sqlite);
    old.pragma('user_version = 5');
    old
      .prepare(`INSERT INTO subscriptions (platform, channel_id, workspace_id, time, time_zone, created_by, created_at,
        first_date) VALUES ('slack', 'C1', 'T1', '09:00', 'UTC', 'U1', 0, '2026-05-01')`)
      .run();
    old.close();
    const store = db.open();
    expect(await store.get({ platform: 'slack', channelId: 'C1' })).toMatchObject({
      lang: 'en',
      time: '09:00',
    });
    expect(MIGRATIONS.map((m) => m.version)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('works in memory too', async () => {
    const store = openSqliteStore(':memory:');
    await store.subscribe(sub('C1'), new Date());
    expect((await store.count()).active).toBe(1);
    await store.close();
  });
});
