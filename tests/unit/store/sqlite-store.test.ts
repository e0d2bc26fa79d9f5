import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/store/migrations.ts';
import { firstDueDate, openSqliteStore } from '../../../src/store/sqlite-store.ts';
import { sub, type TempDb, tempDb } from '../digest/helpers.ts';

let db: TempDb;
afterEach(() => db?.cleanup());

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

  it('keys subscriptions by platform and channel and replaces on subscribe again', () => {
    db = tempDb();
    const store = db.open();
    const now = new Date('2026-05-01T06:00:00Z');
    expect(store.subscribe(sub('C1'), now).created).toBe(true);
    expect(store.subscribe(sub('C1', { platform: 'discord' }), now).created).toBe(true);
    const again = store.subscribe(sub('C1', { time: '10:30', timeZone: 'Europe/Kyiv' }), now);
    expect(again.created).toBe(false);
    expect(store.get({ platform: 'slack', channelId: 'C1' })).toMatchObject({
      time: '10:30',
      timeZone: 'Europe/Kyiv',
    });
    expect(store.count()).toEqual({ active: 2, gone: 0 });
    expect(store.unsubscribe({ platform: 'slack', channelId: 'C1' })).toBe(true);
    expect(store.unsubscribe({ platform: 'slack', channelId: 'C1' })).toBe(false);
  });

  it('starts a subscription made after today’s time tomorrow, and one made before it today', () => {
    expect(firstDueDate(new Date('2026-05-01T10:00:00Z'), '09:00', 'UTC')).toBe('2026-05-02');
    expect(firstDueDate(new Date('2026-05-01T08:59:00Z'), '09:00', 'UTC')).toBe('2026-05-01');
    expect(firstDueDate(new Date('2026-05-01T22:00:00Z'), '09:00', 'Europe/Kyiv')).toBe('2026-05-02');
  });

  it('lists a subscription as due once its local time has come, until it is claimed for the local date', () => {
    db = tempDb();
    const store = db.open();
    store.subscribe(sub('C1', { timeZone: 'Europe/Kyiv' }), new Date('2026-05-01T00:00:00Z'));
    expect(store.listDue(new Date('2026-05-01T05:59:00Z'))).toEqual([]);
    const due = store.listDue(new Date('2026-05-01T06:00:00Z'));
    expect(due.map((d) => [d.subscription.channelId, d.localDate])).toEqual([['C1', '2026-05-01']]);
    expect(store.listDue(new Date('2026-05-01T06:00:00Z'), { platforms: ['discord'] })).toEqual([]);
    expect(store.listDue(new Date('2026-05-01T06:00:00Z'), { platforms: ['slack'], limit: 1 })).toHaveLength(
      1,
    );
    const claim = store.claim(due[0]!.subscription, '2026-05-01', 'w1', new Date('2026-05-01T06:00:00Z'));
    expect(claim?.state).toBe('claimed');
    expect(store.claim(due[0]!.subscription, '2026-05-01', 'w2', new Date())).toBeNull();
    expect(store.listDue(new Date('2026-05-01T20:00:00Z'))).toEqual([]);
    expect(store.listDue(new Date('2026-05-02T06:00:00Z'))).toHaveLength(1);
  });

  it('lets only one of two stores on the same file claim a channel’s day', () => {
    db = tempDb();
    const a = db.open();
    const b = db.open();
    a.subscribe(sub('C1'), new Date('2026-05-01T00:00:00Z'));
    const now = new Date('2026-05-01T09:00:00Z');
    const results = [a.claim(sub('C1'), '2026-05-01', 'A', now), b.claim(sub('C1'), '2026-05-01', 'B', now)];
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('hands stale claims of a silent owner to another owner, once, and stores fact state with sent', () => {
    db = tempDb();
    const store = db.open();
    store.subscribe(sub('C1'), new Date('2026-05-01T00:00:00Z'));
    const t0 = new Date('2026-05-01T09:00:00Z');
    store.heartbeat('dead', t0);
    const claim = store.claim(sub('C1'), '2026-05-01', 'dead', t0)!;
    expect(store.reclaimStale('new', new Date(t0.getTime() + 5 * 60_000), 10 * 60_000)).toEqual([]);
    const later = new Date(t0.getTime() + 11 * 60_000);
    const taken = store.reclaimStale('new', later, 10 * 60_000);
    expect(taken.map((c) => [c.id, c.owner, c.attempts])).toEqual([[claim.id, 'new', 2]]);
    expect(store.reclaimStale('third', later, 10 * 60_000)).toEqual([]);
    store.markSent(claim.id, { shownFactIds: ['f1'] }, later);
    expect(store.lastDelivery(sub('C1'))?.state).toBe('sent');
    expect(store.getFactState(sub('C1'))).toEqual({ shownFactIds: ['f1'] });
  });

  it('marks a channel gone with its reason and reactivates it on subscribe', () => {
    db = tempDb();
    const store = db.open();
    const now = new Date('2026-05-01T00:00:00Z');
    store.subscribe(sub('C1'), now);
    store.markChannelGone(sub('C1'), 'channel_not_found', now);
    expect(store.get(sub('C1'))).toMatchObject({ status: 'gone', goneReason: 'channel_not_found' });
    expect(store.listDue(new Date('2026-05-01T10:00:00Z'))).toEqual([]);
    store.subscribe(sub('C1'), now);
    expect(store.get(sub('C1'))).toMatchObject({ status: 'active', goneReason: null });
  });

  it('works in memory too', () => {
    const store = openSqliteStore(':memory:');
    store.subscribe(sub('C1'), new Date());
    expect(store.count().active).toBe(1);
    store.close();
  });
});
