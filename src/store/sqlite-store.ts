import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { addDays, localTime, minutesOf } from '../digest/time.ts';
import { type DigestState, EMPTY_DIGEST_STATE } from '../digest/types.ts';
import { migrate } from './migrations.ts';
import type {
  ChannelKey,
  Claim,
  ClaimState,
  DueSubscription,
  ListDueOptions,
  NewSubscription,
  Platform,
  Subscription,
  SubscriptionStatus,
  SubscriptionStore,
} from './subscription-store.ts';

export interface SqliteStoreOptions {
  /** How long a write waits for another process's lock before failing (ms). */
  busyTimeoutMs?: number;
  /**
   * Caps the file at this many pages for this connection; writes past it fail with SQLITE_FULL, as on a full
   * disk (tests use it to inject that fault; an operator may use it to bound the file).
   */
  maxPageCount?: number;
}

interface SubscriptionRow {
  platform: string;
  channel_id: string;
  workspace_id: string | null;
  time: string;
  time_zone: string;
  created_by: string;
  created_at: number;
  first_date: string;
  status: SubscriptionStatus;
  gone_reason: string | null;
  fact_state: string;
}

interface ClaimRow {
  id: number;
  platform: string;
  channel_id: string;
  local_date: string;
  state: ClaimState;
  owner: string;
  claimed_at: number;
  attempts: number;
  error: string | null;
}

function parseState(json: string): DigestState {
  try {
    const v = JSON.parse(json) as Partial<DigestState>;
    return Array.isArray(v.shownFactIds) ? { shownFactIds: v.shownFactIds.map(String) } : EMPTY_DIGEST_STATE;
  } catch {
    return EMPTY_DIGEST_STATE;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

const toSubscription = (r: SubscriptionRow): Subscription => ({
  platform: r.platform,
  channelId: r.channel_id,
  workspaceId: r.workspace_id,
  time: r.time,
  timeZone: r.time_zone,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  firstDate: r.first_date,
  status: r.status,
  goneReason: r.gone_reason,
  factState: parseState(r.fact_state),
});

const toClaim = (r: ClaimRow): Claim => ({
  id: r.id,
  platform: r.platform,
  channelId: r.channel_id,
  localDate: r.local_date,
  state: r.state,
  owner: r.owner,
  claimedAt: new Date(r.claimed_at),
  attempts: r.attempts,
  error: r.error,
});

/** The first local date due for a subscription made at `now`: today if its time is still ahead, else tomorrow. */
export function firstDueDate(now: Date, time: string, timeZone: string): string {
  const local = localTime(now, timeZone);
  return local.minutes < minutesOf(time) ? local.date : addDays(local.date, 1);
}

/**
 * The SQLite store (better-sqlite3, WAL). Several processes may share the file: the UNIQUE key on
 * (platform, channel, local date) makes claiming a single atomic write, and busy_timeout makes writers wait.
 */
export function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): SubscriptionStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  if (opts.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.floor(opts.maxPageCount)}`);
  return new SqliteStore(db);
}

class SqliteStore implements SubscriptionStore {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    this.q = {
      upsert: db.prepare(`INSERT INTO subscriptions
          (platform, channel_id, workspace_id, time, time_zone, created_by, created_at, first_date, status, gone_reason)
        VALUES (@platform, @channelId, @workspaceId, @time, @timeZone, @createdBy, @createdAt, @firstDate, 'active', NULL)
        ON CONFLICT (platform, channel_id) DO UPDATE SET workspace_id = excluded.workspace_id, time = excluded.time,
          time_zone = excluded.time_zone, created_by = excluded.created_by, first_date = excluded.first_date,
          status = 'active', gone_reason = NULL`),
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
    };
  }

  subscribe(input: NewSubscription, now: Date): { subscription: Subscription; created: boolean } {
    return this.db
      .transaction(() => {
        const created = this.q.get.get(input.platform, input.channelId) === undefined;
        const firstDate = firstDueDate(now, input.time, input.timeZone);
        this.q.upsert.run({ ...input, createdAt: now.getTime(), firstDate });
        return { subscription: this.get(input)!, created };
      })
      .immediate();
  }

  unsubscribe(key: ChannelKey): boolean {
    return this.q.delete.run(key.platform, key.channelId).changes > 0;
  }

  get(key: ChannelKey): Subscription | null {
    const row = this.q.get.get(key.platform, key.channelId);
    return row ? toSubscription(row) : null;
  }

  listDue(now: Date, opts: ListDueOptions = {}): DueSubscription[] {
    const due: DueSubscription[] = [];
    const platforms = opts.platforms ? JSON.stringify(opts.platforms) : null;
    const after = opts.after;
    let left = opts.limit ?? Number.MAX_SAFE_INTEGER;
    for (const { time_zone } of this.q.zones.all()) {
      if (left <= 0) break;
      if (after && time_zone < after.timeZone) continue;
      const [afterPlatform, afterChannel] =
        after && time_zone === after.timeZone ? [after.platform, after.channelId] : ['', ''];
      const local = localTime(now, time_zone);
      const hhmm = `${pad(Math.floor(local.minutes / 60))}:${pad(local.minutes % 60)}`;
      const rows = this.q.dueInZone.all(
        time_zone,
        afterPlatform,
        afterChannel,
        hhmm,
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

  claim(key: ChannelKey, localDate: string, owner: string, now: Date): Claim | null {
    const row = this.q.claim.get(key.platform, key.channelId, localDate, owner, now.getTime());
    return row ? toClaim(row) : null;
  }

  heartbeat(owner: string, now: Date): void {
    this.q.heartbeat.run(owner, now.getTime());
  }

  reclaimStale(owner: string, now: Date, staleMs: number, platforms?: readonly Platform[]): Claim[] {
    const cutoff = now.getTime() - staleMs;
    return this.db
      .transaction(() =>
        this.q.stale
          .all(cutoff, owner, cutoff)
          .filter((r) => !platforms || platforms.includes(r.platform))
          .flatMap((r) => this.q.takeOver.all(owner, now.getTime(), r.id, r.owner).map(toClaim)),
      )
      .immediate();
  }

  markSent(claimId: number, factState: DigestState, now: Date): void {
    this.db
      .transaction(() => {
        const row = this.q.claimKey.get(claimId);
        if (!row || this.q.finish.run('sent', now.getTime(), null, claimId).changes === 0) return;
        this.q.saveState.run(JSON.stringify(factState), row.platform, row.channel_id);
      })
      .immediate();
  }

  markFailed(claimId: number, error: string, now: Date): void {
    this.q.finish.run('failed', now.getTime(), error, claimId);
  }

  markExpired(claimId: number, reason: string, now: Date): void {
    this.q.finish.run('expired', now.getTime(), reason, claimId);
  }

  markChannelGone(key: ChannelKey, reason: string, now: Date, claimId?: number): void {
    this.db
      .transaction(() => {
        this.q.gone.run(reason, key.platform, key.channelId);
        if (claimId !== undefined) this.q.finish.run('gone', now.getTime(), reason, claimId);
      })
      .immediate();
  }

  lastDelivery(key: ChannelKey): Claim | null {
    const row = this.q.last.get(key.platform, key.channelId);
    return row ? toClaim(row) : null;
  }

  getFactState(key: ChannelKey): DigestState {
    return this.get(key)?.factState ?? EMPTY_DIGEST_STATE;
  }

  setFactState(key: ChannelKey, state: DigestState): void {
    this.q.saveState.run(JSON.stringify(state), key.platform, key.channelId);
  }

  count(): { active: number; gone: number } {
    const counts = { active: 0, gone: 0 };
    for (const r of this.q.count.all()) counts[r.status] = r.n;
    return counts;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
