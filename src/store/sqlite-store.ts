import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { DigestState } from '../digest/types.ts';
import { EMPTY_DIGEST_STATE } from '../digest/types.ts';
import { DelegatesInstallations } from './installation-delegate.ts';
import { migrateSqlite } from './migrations.ts';
import {
  byCodePoint,
  type ClaimRow,
  firstDueDate,
  localClock,
  type SubscriptionRow,
  toClaim,
  toSubscription,
} from './rows.ts';
import { sqliteInstallations } from './sqlite-installations.ts';
import type {
  ChannelKey,
  Claim,
  DueSubscription,
  InstallationStorage,
  ListDueOptions,
  NewSubscription,
  Platform,
  Subscription,
  SubscriptionStatus,
  SubscriptionStore,
} from './subscription-store.ts';

export { firstDueDate };

export interface SqliteStoreOptions {
  /** How long a write waits for another process's lock before failing (ms). */
  busyTimeoutMs?: number;
  /**
   * Caps the file at this many pages for this connection; writes past it fail with SQLITE_FULL, as on a full
   * disk (tests use it to inject that fault; an operator may use it to bound the file).
   */
  maxPageCount?: number;
}

/**
 * The SQLite store (better-sqlite3, WAL). Several processes on one host may share the file: the UNIQUE key on
 * (platform, channel, local date) makes claiming a single atomic write, and busy_timeout makes writers wait.
 * Every call runs synchronously and returns a settled promise (a failure is a rejection, as on Postgres).
 */
export function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): SubscriptionStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrateSqlite(db);
  if (opts.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.floor(opts.maxPageCount)}`);
  return new SqliteStore(db);
}

class SqliteStore extends DelegatesInstallations implements SubscriptionStore {
  readonly backend = 'sqlite' as const;
  private seenSinceSweep = 0;
  private readonly q;
  protected readonly installations: InstallationStorage;

  constructor(private readonly db: Database.Database) {
    super();
    this.installations = sqliteInstallations(db);
    this.q = {
      upsert: db.prepare(`INSERT INTO subscriptions
          (platform, channel_id, workspace_id, time, time_zone, created_by, created_at, first_date, status, gone_reason,
           lang)
        VALUES (@platform, @channelId, @workspaceId, @time, @timeZone, @createdBy, @createdAt, @firstDate, 'active', NULL,
          @lang)
        ON CONFLICT (platform, channel_id) DO UPDATE SET workspace_id = excluded.workspace_id, time = excluded.time,
          time_zone = excluded.time_zone, created_by = excluded.created_by, first_date = excluded.first_date,
          status = 'active', gone_reason = NULL, lang = excluded.lang`),
      get: db.prepare<[string, string], SubscriptionRow>(
        'SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?',
      ),
      delete: db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?'),
      zones: db.prepare<[], { time_zone: string }>(
        "SELECT DISTINCT time_zone FROM subscriptions WHERE status = 'active' ORDER BY time_zone",
      ),
      dueInZone: db.prepare<
        [string, string, string, string, string, string, string | null, string | null, number],
        SubscriptionRow
      >(
        `SELECT s.* FROM subscriptions s
        WHERE s.status = 'active' AND s.time_zone = ? AND (s.platform, s.channel_id) > (?, ?)
          AND s.time <= ? AND s.first_date <= ?
          AND NOT EXISTS (SELECT 1 FROM deliveries d
            WHERE d.platform = s.platform AND d.channel_id = s.channel_id AND d.local_date = ?)
          AND (? IS NULL OR s.platform IN (SELECT value FROM json_each(?)))
        ORDER BY s.platform, s.channel_id
        LIMIT ?`,
      ),
      claim: db.prepare<[string, string, string, string, number], ClaimRow>(`INSERT INTO deliveries
          (platform, channel_id, local_date, state, owner, claimed_at) VALUES (?, ?, ?, 'claimed', ?, ?)
        ON CONFLICT (platform, channel_id, local_date) DO NOTHING RETURNING *`),
      heartbeat: db.prepare(`INSERT INTO workers (owner, heartbeat_at) VALUES (?, ?)
        ON CONFLICT (owner) DO UPDATE SET heartbeat_at = excluded.heartbeat_at`),
      stale: db.prepare<[number, string, number], ClaimRow>(`SELECT d.* FROM deliveries d
        WHERE d.state = 'claimed' AND d.claimed_at < ? AND d.owner <> ?
          AND NOT EXISTS (SELECT 1 FROM workers w WHERE w.owner = d.owner AND w.heartbeat_at >= ?)`),
      takeOver: db.prepare<[string, number, number, string], ClaimRow>(`UPDATE deliveries
        SET owner = ?, claimed_at = ?, attempts = attempts + 1
        WHERE id = ? AND owner = ? AND state = 'claimed' RETURNING *`),
      finish: db.prepare(
        "UPDATE deliveries SET state = ?, finished_at = ?, error = ? WHERE id = ? AND state = 'claimed'",
      ),
      saveState: db.prepare('UPDATE subscriptions SET fact_state = ? WHERE platform = ? AND channel_id = ?'),
      claimKey: db.prepare<[number], ClaimRow>('SELECT * FROM deliveries WHERE id = ?'),
      gone: db.prepare(
        "UPDATE subscriptions SET status = 'gone', gone_reason = ? WHERE platform = ? AND channel_id = ?",
      ),
      last: db.prepare<[string, string], ClaimRow>(
        'SELECT * FROM deliveries WHERE platform = ? AND channel_id = ? ORDER BY local_date DESC, id DESC LIMIT 1',
      ),
      count: db.prepare<[], { status: SubscriptionStatus; n: number }>(
        'SELECT status, COUNT(*) AS n FROM subscriptions GROUP BY status',
      ),
      seen: db.prepare<
        [string, number, number],
        { event_id: string }
      >(`INSERT INTO seen_events (event_id, expires_at)
        VALUES (?, ?) ON CONFLICT (event_id) DO UPDATE SET expires_at = excluded.expires_at
        WHERE seen_events.expires_at <= ? RETURNING event_id`),
      forget: db.prepare('DELETE FROM seen_events WHERE expires_at <= ?'),
    };
  }

  async subscribe(
    input: NewSubscription,
    now: Date,
  ): Promise<{ subscription: Subscription; created: boolean }> {
    return this.db
      .transaction(() => {
        const created = this.q.get.get(input.platform, input.channelId) === undefined;
        const firstDate = firstDueDate(now, input.time, input.timeZone);
        this.q.upsert.run({ ...input, createdAt: now.getTime(), firstDate, lang: input.lang ?? 'en' });
        return { subscription: toSubscription(this.q.get.get(input.platform, input.channelId)!), created };
      })
      .immediate();
  }

  async unsubscribe(key: ChannelKey): Promise<boolean> {
    return this.q.delete.run(key.platform, key.channelId).changes > 0;
  }

  async get(key: ChannelKey): Promise<Subscription | null> {
    const row = this.q.get.get(key.platform, key.channelId);
    return row ? toSubscription(row) : null;
  }

  async listDue(now: Date, opts: ListDueOptions = {}): Promise<DueSubscription[]> {
    const due: DueSubscription[] = [];
    const platforms = opts.platforms ? JSON.stringify(opts.platforms) : null;
    const after = opts.after;
    let left = opts.limit ?? Number.MAX_SAFE_INTEGER;
    const zones = this.q.zones
      .all()
      .map((z) => z.time_zone)
      .sort(byCodePoint);
    for (const time_zone of zones) {
      if (left <= 0) break;
      if (after && time_zone < after.timeZone) continue;
      const [afterPlatform, afterChannel] =
        after && time_zone === after.timeZone ? [after.platform, after.channelId] : ['', ''];
      const local = localClock(now, time_zone);
      const rows = this.q.dueInZone.all(
        time_zone,
        afterPlatform,
        afterChannel,
        local.hhmm,
        local.date,
        local.date,
        platforms,
        platforms,
        left,
      );
      for (const row of rows) due.push({ subscription: toSubscription(row), localDate: local.date });
      left -= rows.length;
    }
    return due;
  }

  async claim(key: ChannelKey, localDate: string, owner: string, now: Date): Promise<Claim | null> {
    const row = this.q.claim.get(key.platform, key.channelId, localDate, owner, now.getTime());
    return row ? toClaim(row) : null;
  }

  async heartbeat(owner: string, now: Date): Promise<void> {
    this.q.heartbeat.run(owner, now.getTime());
  }

  async reclaimStale(
    owner: string,
    now: Date,
    staleMs: number,
    platforms?: readonly Platform[],
  ): Promise<Claim[]> {
    const cutoff = now.getTime() - staleMs;
    return this.db
      .transaction(() =>
        this.q.stale
          .all(cutoff, owner, cutoff)
          .filter((r) => !platforms || platforms.includes(r.platform))
          .flatMap((r) => this.q.takeOver.all(owner, now.getTime(), Number(r.id), r.owner).map(toClaim)),
      )
      .immediate();
  }

  async markSent(claimId: number, factState: DigestState, now: Date): Promise<void> {
    this.db
      .transaction(() => {
        const row = this.q.claimKey.get(claimId);
        if (!row || this.q.finish.run('sent', now.getTime(), null, claimId).changes === 0) return;
        this.q.saveState.run(JSON.stringify(factState), row.platform, row.channel_id);
      })
      .immediate();
  }

  async markFailed(claimId: number, error: string, now: Date): Promise<void> {
    this.q.finish.run('failed', now.getTime(), error, claimId);
  }

  async markExpired(claimId: number, reason: string, now: Date): Promise<void> {
    this.q.finish.run('expired', now.getTime(), reason, claimId);
  }

  async markChannelGone(key: ChannelKey, reason: string, now: Date, claimId?: number): Promise<void> {
    this.db
      .transaction(() => {
        this.q.gone.run(reason, key.platform, key.channelId);
        if (claimId !== undefined) this.q.finish.run('gone', now.getTime(), reason, claimId);
      })
      .immediate();
  }

  async lastDelivery(key: ChannelKey): Promise<Claim | null> {
    const row = this.q.last.get(key.platform, key.channelId);
    return row ? toClaim(row) : null;
  }

  async getFactState(key: ChannelKey): Promise<DigestState> {
    return (await this.get(key))?.factState ?? EMPTY_DIGEST_STATE;
  }

  async setFactState(key: ChannelKey, state: DigestState): Promise<void> {
    this.q.saveState.run(JSON.stringify(state), key.platform, key.channelId);
  }

  async count(): Promise<{ active: number; gone: number }> {
    const counts = { active: 0, gone: 0 };
    for (const r of this.q.count.all()) counts[r.status] = r.n;
    return counts;
  }

  async firstSeen(eventId: string, now: Date, ttlMs: number): Promise<boolean> {
    const t = now.getTime();
    // Expired ids are cleared now and then rather than on every event.
    if (++this.seenSinceSweep >= 1_000) {
      this.seenSinceSweep = 0;
      this.q.forget.run(t);
    }
    return this.q.seen.get(eventId, t + ttlMs, t) !== undefined;
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
