import pg from 'pg';
import type { DigestState } from '../digest/types.ts';
import { EMPTY_DIGEST_STATE } from '../digest/types.ts';
import { DelegatesInstallations } from './installation-delegate.ts';
import { pgInstallations } from './pg-installations.ts';
import { migratePostgres } from './pg-migrate.ts';
import {
  byCodePoint,
  type ClaimRow,
  firstDueDate,
  localClock,
  type SubscriptionRow,
  toClaim,
  toSubscription,
} from './rows.ts';
import type {
  ChannelKey,
  Claim,
  DueSubscription,
  InstallationStorage,
  ListDueOptions,
  NewSubscription,
  Platform,
  Subscription,
  SubscriptionStore,
} from './subscription-store.ts';

export interface PgStoreOptions {
  /** Connections at most (default 10). */
  max?: number;
  /** A connection attempt that takes longer fails (default 2 s): a database that is down fails fast. */
  connectTimeoutMs?: number;
  /** Each statement is cancelled after this long (default 5 s). */
  statementTimeoutMs?: number;
  /** Errors of idle connections (the server restarting); the pool replaces them. */
  onIdleError?: (err: Error) => void;
}

/** A pool for DATABASE_URL with timeouts, whose idle-connection errors are reported instead of crashing. */
export function createPgPool(url: string, opts: PgStoreOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 2_000,
    statement_timeout: opts.statementTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', (err) => opts.onIdleError?.(err));
  return pool;
}

/**
 * Migrates the database behind `pool` and returns the store over it. The store owns the pool: close() ends it.
 * Pass a pool (createPgPool) to share it with the rate limits; a URL opens one.
 */
export async function openPgStore(
  target: string | pg.Pool,
  opts: PgStoreOptions = {},
): Promise<SubscriptionStore> {
  const pool = typeof target === 'string' ? createPgPool(target, opts) : target;
  try {
    await migratePostgres(pool);
  } catch (err) {
    if (typeof target === 'string') await pool.end().catch(() => undefined);
    throw err;
  }
  return new PgStore(pool);
}

const SWEEP_EVERY = 1_000;

/**
 * The Postgres store. Every write that must happen once is one statement: a claim is an insert under the
 * UNIQUE (platform, channel, local date) key, a takeover an UPDATE over rows locked FOR UPDATE SKIP LOCKED.
 */
class PgStore extends DelegatesInstallations implements SubscriptionStore {
  readonly backend = 'postgres' as const;
  private seenSinceSweep = 0;

  protected readonly installations: InstallationStorage;

  constructor(readonly pool: pg.Pool) {
    super();
    this.installations = pgInstallations(pool);
  }

  private async rows<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    return (await this.pool.query<R>(text, values)).rows;
  }

  async subscribe(
    input: NewSubscription,
    now: Date,
  ): Promise<{ subscription: Subscription; created: boolean }> {
    const firstDate = firstDueDate(now, input.time, input.timeZone);
    const [row] = await this.rows<SubscriptionRow & { created: boolean }>(
      `INSERT INTO subscriptions
          (platform, channel_id, workspace_id, time, time_zone, created_by, created_at, first_date, status, gone_reason,
           lang)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', NULL, $9)
        ON CONFLICT (platform, channel_id) DO UPDATE SET workspace_id = excluded.workspace_id, time = excluded.time,
          time_zone = excluded.time_zone, created_by = excluded.created_by, first_date = excluded.first_date,
          status = 'active', gone_reason = NULL, lang = excluded.lang
        RETURNING *, (xmax = 0) AS created`,
      [
        input.platform,
        input.channelId,
        input.workspaceId,
        input.time,
        input.timeZone,
        input.createdBy,
        now.getTime(),
        firstDate,
        input.lang ?? 'en',
      ],
    );
    return { subscription: toSubscription(row!), created: row!.created };
  }

  async unsubscribe(key: ChannelKey): Promise<boolean> {
    const r = await this.pool.query('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2', [
      key.platform,
      key.channelId,
    ]);
    return (r.rowCount ?? 0) > 0;
  }

  async get(key: ChannelKey): Promise<Subscription | null> {
    const [row] = await this.rows<SubscriptionRow>(
      'SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2',
      [key.platform, key.channelId],
    );
    return row ? toSubscription(row) : null;
  }

  async listDue(now: Date, opts: ListDueOptions = {}): Promise<DueSubscription[]> {
    const due: DueSubscription[] = [];
    const after = opts.after;
    let left = opts.limit ?? Number.MAX_SAFE_INTEGER;
    const zones = (
      await this.rows<{ time_zone: string }>(
        "SELECT DISTINCT time_zone FROM subscriptions WHERE status = 'active'",
      )
    )
      .map((z) => z.time_zone)
      .sort(byCodePoint);
    for (const zone of zones) {
      if (left <= 0) break;
      if (after && zone < after.timeZone) continue;
      const [afterPlatform, afterChannel] =
        after && zone === after.timeZone ? [after.platform, after.channelId] : ['', ''];
      const local = localClock(now, zone);
      const rows = await this.rows<SubscriptionRow>(
        `SELECT s.* FROM subscriptions s
        WHERE s.status = 'active' AND s.time_zone = $1 AND (s.platform, s.channel_id) > ($2, $3)
          AND s.time <= $4 AND s.first_date <= $5
          AND NOT EXISTS (SELECT 1 FROM deliveries d
            WHERE d.platform = s.platform AND d.channel_id = s.channel_id AND d.local_date = $5)
          AND ($6::text[] IS NULL OR s.platform = ANY($6))
        ORDER BY s.platform, s.channel_id
        LIMIT $7`,
        [zone, afterPlatform, afterChannel, local.hhmm, local.date, opts.platforms ?? null, left],
      );
      for (const row of rows) due.push({ subscription: toSubscription(row), localDate: local.date });
      left -= rows.length;
    }
    return due;
  }

  async claim(key: ChannelKey, localDate: string, owner: string, now: Date): Promise<Claim | null> {
    const [row] = await this.rows<ClaimRow>(
      `INSERT INTO deliveries (platform, channel_id, local_date, state, owner, claimed_at)
        VALUES ($1, $2, $3, 'claimed', $4, $5)
        ON CONFLICT (platform, channel_id, local_date) DO NOTHING RETURNING *`,
      [key.platform, key.channelId, localDate, owner, now.getTime()],
    );
    return row ? toClaim(row) : null;
  }

  async heartbeat(owner: string, now: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO workers (owner, heartbeat_at) VALUES ($1, $2)
        ON CONFLICT (owner) DO UPDATE SET heartbeat_at = excluded.heartbeat_at`,
      [owner, now.getTime()],
    );
  }

  async reclaimStale(
    owner: string,
    now: Date,
    staleMs: number,
    platforms?: readonly Platform[],
  ): Promise<Claim[]> {
    const cutoff = now.getTime() - staleMs;
    const rows = await this.rows<ClaimRow>(
      `UPDATE deliveries SET owner = $1, claimed_at = $2, attempts = attempts + 1
        WHERE id IN (SELECT d.id FROM deliveries d
          WHERE d.state = 'claimed' AND d.claimed_at < $3 AND d.owner <> $1
            AND NOT EXISTS (SELECT 1 FROM workers w WHERE w.owner = d.owner AND w.heartbeat_at >= $3)
            AND ($4::text[] IS NULL OR d.platform = ANY($4))
          FOR UPDATE SKIP LOCKED)
        RETURNING *`,
      [owner, now.getTime(), cutoff, platforms ?? null],
    );
    return rows.map(toClaim);
  }

  async markSent(claimId: number, factState: DigestState, now: Date): Promise<void> {
    await this.pool.query(
      `WITH done AS (UPDATE deliveries SET state = 'sent', finished_at = $2, error = NULL
          WHERE id = $1 AND state = 'claimed' RETURNING platform, channel_id)
        UPDATE subscriptions s SET fact_state = $3 FROM done
        WHERE s.platform = done.platform AND s.channel_id = done.channel_id`,
      [claimId, now.getTime(), JSON.stringify(factState)],
    );
  }

  private async finish(claimId: number, state: string, now: Date, error: string | null): Promise<void> {
    await this.pool.query(
      "UPDATE deliveries SET state = $1, finished_at = $2, error = $3 WHERE id = $4 AND state = 'claimed'",
      [state, now.getTime(), error, claimId],
    );
  }

  markFailed(claimId: number, error: string, now: Date): Promise<void> {
    return this.finish(claimId, 'failed', now, error);
  }

  markExpired(claimId: number, reason: string, now: Date): Promise<void> {
    return this.finish(claimId, 'expired', now, reason);
  }

  async markChannelGone(key: ChannelKey, reason: string, now: Date, claimId?: number): Promise<void> {
    await this.pool.query(
      `WITH done AS (UPDATE deliveries SET state = 'gone', finished_at = $4, error = $1
          WHERE id = $5 AND state = 'claimed' RETURNING id)
        UPDATE subscriptions SET status = 'gone', gone_reason = $1 WHERE platform = $2 AND channel_id = $3`,
      [reason, key.platform, key.channelId, now.getTime(), claimId ?? null],
    );
  }

  async lastDelivery(key: ChannelKey): Promise<Claim | null> {
    const [row] = await this.rows<ClaimRow>(
      `SELECT * FROM deliveries WHERE platform = $1 AND channel_id = $2
        ORDER BY local_date DESC, id DESC LIMIT 1`,
      [key.platform, key.channelId],
    );
    return row ? toClaim(row) : null;
  }

  async getFactState(key: ChannelKey): Promise<DigestState> {
    return (await this.get(key))?.factState ?? EMPTY_DIGEST_STATE;
  }

  async setFactState(key: ChannelKey, state: DigestState): Promise<void> {
    await this.pool.query(
      'UPDATE subscriptions SET fact_state = $1 WHERE platform = $2 AND channel_id = $3',
      [JSON.stringify(state), key.platform, key.channelId],
    );
  }

  async count(): Promise<{ active: number; gone: number }> {
    const counts = { active: 0, gone: 0 };
    const rows = await this.rows<{ status: 'active' | 'gone'; n: string }>(
      'SELECT status, COUNT(*) AS n FROM subscriptions GROUP BY status',
    );
    for (const r of rows) counts[r.status] = Number(r.n);
    return counts;
  }

  async firstSeen(eventId: string, now: Date, ttlMs: number): Promise<boolean> {
    const t = now.getTime();
    if (++this.seenSinceSweep >= SWEEP_EVERY) {
      this.seenSinceSweep = 0;
      await this.pool.query('DELETE FROM seen_events WHERE expires_at <= $1', [t]);
    }
    const r = await this.pool.query(
      `INSERT INTO seen_events (event_id, expires_at) VALUES ($1, $2)
        ON CONFLICT (event_id) DO UPDATE SET expires_at = excluded.expires_at
        WHERE seen_events.expires_at <= $3`,
      [eventId, t + ttlMs, t],
    );
    return (r.rowCount ?? 0) > 0;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
