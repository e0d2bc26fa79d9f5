/**
 * SQLite faults under the digest scheduler: a database locked by another connection past busy_timeout, and a
 * full disk (max_page_count). Each is logged once with context, the bot keeps answering, and every digest is
 * posted exactly once in the end.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDigestScheduler, StoreUnavailableError } from '../../../src/digest/scheduler.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';
import { openSqliteStore } from '../../../src/store/sqlite-store.ts';
import type { SubscriptionStore } from '../../../src/store/subscription-store.ts';
import { countBy, FakeClock, recordingPublisher, sub, type TempDb, tempDb } from '../digest/helpers.ts';

const knowledge = loadKnowledge();
const router = createRouter(knowledge);
const NOON = '2026-05-01T12:00:00Z';
let db: TempDb;
let blocker: Database.Database | undefined;
afterEach(() => {
  if (blocker?.inTransaction) blocker.exec('ROLLBACK');
  blocker?.close();
  blocker = undefined;
  db?.cleanup();
});

function recordingLog() {
  const lines: { level: string; obj: Record<string, unknown>; msg: string | undefined }[] = [];
  const at = (level: string) => (obj: object, msg?: string) => {
    lines.push({ level, obj: obj as Record<string, unknown>, msg });
  };
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

function seed(n: number): void {
  const store = db.open();
  for (let i = 0; i < n; i++)
    store.subscribe(sub(`C${String(i).padStart(3, '0')}`), new Date('2026-05-01T00:00:00Z'));
  store.close();
}

/** A second connection holding the write lock, as another process in a long transaction would. */
function lockDatabase(path: string): Database.Database {
  const other = new Database(path);
  other.exec('BEGIN IMMEDIATE');
  other.exec("UPDATE subscriptions SET created_by = created_by WHERE channel_id = 'none'");
  return other;
}

const answers = () => router.ask('how did the US vote?', { platform: 'console' });

describe('SQLite faults under the digest scheduler', () => {
  it('given the database locked past busy_timeout, a tick fails cleanly, posts nothing, and the next tick posts each once', async () => {
    db = tempDb();
    seed(5);
    const clock = new FakeClock(NOON);
    const publisher = recordingPublisher(clock);
    const store = openSqliteStore(db.path, { busyTimeoutMs: 50 });
    const scheduler = createDigestScheduler({
      store,
      knowledge,
      publishers: { slack: publisher },
      clock,
      sleep: clock.sleep,
    });
    blocker = lockDatabase(db.path);
    const failure = await scheduler.tick().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(failure).toMatchObject({ code: 'SQLITE_BUSY', operation: 'heartbeat' });
    expect(publisher.calls).toBe(0);
    expect(answers().kind).toBe('answer');

    blocker.exec('ROLLBACK');
    const report = await scheduler.tick();
    expect(report).toMatchObject({ due: 5, sent: 5, failed: 0 });
    await scheduler.tick();
    expect(countBy(publisher.posts)).toEqual({ C000: 1, C001: 1, C002: 1, C003: 1, C004: 1 });
    store.close();
  });

  it('given a lock taken between a post and its record, it records the post later and never posts it again', async () => {
    db = tempDb();
    seed(3);
    const clock = new FakeClock(NOON);
    // The first post succeeds on the platform; meanwhile another connection grabs the write lock.
    const publisher = recordingPublisher(clock, (_s, n) => {
      if (n === 1) blocker = lockDatabase(db.path);
    });
    const store = openSqliteStore(db.path, { busyTimeoutMs: 50 });
    const log = recordingLog();
    const first = createDigestScheduler({
      store,
      knowledge,
      publishers: { slack: publisher },
      clock,
      sleep: clock.sleep,
      concurrency: 1,
      owner: 'first',
      logger: log,
    });
    await expect(first.tick()).rejects.toMatchObject({ code: 'SQLITE_BUSY', operation: 'markSent' });
    expect(publisher.posts.map((p) => p.channelId)).toEqual(['C000']);
    expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(answers().kind).toBe('answer');

    blocker?.exec('ROLLBACK');
    const report = await first.tick();
    expect(report).toMatchObject({ due: 2, sent: 2 });
    expect((await store.lastDelivery({ platform: 'slack', channelId: 'C000' }))?.state).toBe('sent');

    // A restarted process long after sees nothing stale to redeliver.
    clock.advance(30 * 60_000);
    const second = createDigestScheduler({
      store,
      knowledge,
      publishers: { slack: publisher },
      clock,
      sleep: clock.sleep,
      owner: 'second',
      staleClaimMs: 1_000,
    });
    expect(await second.tick()).toMatchObject({ due: 0, recovered: 0, sent: 0 });
    expect(countBy(publisher.posts)).toEqual({ C000: 1, C001: 1, C002: 1 });
    store.close();
  });

  it('given a lock that lasts several ticks, start() logs the failure once with context, then once that it recovered', async () => {
    db = tempDb();
    seed(3);
    const clock = new FakeClock(NOON);
    const publisher = recordingPublisher(clock);
    const store = openSqliteStore(db.path, { busyTimeoutMs: 20 });
    const log = recordingLog();
    const scheduler = createDigestScheduler({
      store,
      knowledge,
      publishers: { slack: publisher },
      clock,
      sleep: clock.sleep,
      logger: log,
      owner: 'ticker',
      cron: '* * * * * *', // every second
    });
    blocker = lockDatabase(db.path);
    scheduler.start();
    const errors = () => log.lines.filter((l) => l.level === 'error');
    await waitFor(() => errors().length === 1);
    await new Promise((r) => setTimeout(r, 2_100)); // two more failing ticks
    expect(answers().kind).toBe('answer');
    blocker.exec('ROLLBACK');
    await waitFor(() => publisher.posts.length === 3);
    await waitFor(() => log.lines.some((l) => l.msg === 'digest store recovered'));
    await scheduler.stop(1_000);
    expect(errors()).toHaveLength(1);
    expect(errors()[0]?.obj).toMatchObject({ op: 'heartbeat', code: 'SQLITE_BUSY', owner: 'ticker' });
    const recovered = log.lines.find((l) => l.msg === 'digest store recovered');
    expect(recovered?.obj.failedTicks).toBeGreaterThanOrEqual(2);
    expect(countBy(publisher.posts)).toEqual({ C000: 1, C001: 1, C002: 1 });
    store.close();
  });

  it('given a full disk mid-run, it stops the run with SQLITE_FULL and, once space is back, posts the rest, none twice', async () => {
    db = tempDb();
    seed(400);
    const pages = (() => {
      const raw = new Database(db.path);
      raw.pragma('wal_checkpoint(TRUNCATE)');
      const n = raw.pragma('page_count', { simple: true }) as number;
      raw.close();
      return n;
    })();
    const clock = new FakeClock(NOON);
    const publisher = recordingPublisher(clock);
    // The scheduler keeps one store; the test swaps the connection under it when space comes back.
    let active: SubscriptionStore = openSqliteStore(db.path, { maxPageCount: pages });
    const full = active;
    const store = new Proxy({} as SubscriptionStore, {
      get: (_t, prop) => {
        const v = Reflect.get(active, prop) as unknown;
        return typeof v === 'function' ? v.bind(active) : v;
      },
    });
    const log = recordingLog();
    const scheduler = createDigestScheduler({
      store,
      knowledge,
      publishers: { slack: publisher },
      clock,
      sleep: clock.sleep,
      logger: log,
      concurrency: 4,
    });
    const failure = await scheduler.tick().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(failure).toMatchObject({ code: 'SQLITE_FULL' });
    const before = publisher.posts.length;
    expect(before).toBeGreaterThan(0); // mid-run: some claimed and posted before the disk filled
    expect(before).toBeLessThan(400);
    expect(log.lines.filter((l) => l.level === 'error')).toHaveLength(0); // tick() callers log; start() logs once
    expect(answers().kind).toBe('answer');

    // Still full: the next tick fails the same way and posts nothing new.
    await expect(scheduler.tick()).rejects.toMatchObject({ code: 'SQLITE_FULL' });
    expect(publisher.posts.length).toBe(before);

    full.close();
    active = openSqliteStore(db.path);
    const report = await scheduler.tick();
    expect(report.failed).toBe(0);
    await scheduler.tick();
    const counts = countBy(publisher.posts);
    expect(Object.keys(counts)).toHaveLength(400);
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    const states = new Database(db.path, { readonly: true })
      .prepare("SELECT state, COUNT(*) AS n FROM deliveries WHERE local_date = '2026-05-01' GROUP BY state")
      .all();
    expect(states).toEqual([{ state: 'sent', n: 400 }]);
    active.close();
  });
});

async function waitFor(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
