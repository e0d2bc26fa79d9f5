import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/store/migrations.ts';
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

  it('works in memory too', async () => {
    const store = openSqliteStore(':memory:');
    await store.subscribe(sub('C1'), new Date());
    expect((await store.count()).active).toBe(1);
    await store.close();
  });
});
