/**
 * Per-user and per-channel limits, each scoped to its workspace or guild so one server cannot starve another,
 * on rate-limiter-flexible: in memory for one instance, in Postgres (`rate_limits`) when instances share
 * DATABASE_URL, so a user over the limit is limited whichever instance they reach. Each limit is a window of
 * 60 s from a key's first question (e.g. 20 questions per user per minute).
 */
import type { Pool } from 'pg';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';

export interface RateLimitConfig {
  perUserPerMinute: number;
  perChannelPerMinute: number;
  /** Shares the limits through this database (migrated by openPgStore first); memory when absent. */
  pool?: Pool;
  /** Called once when the database cannot be reached; the limits then hold per instance until it is back. */
  onStoreError?: (err: Error) => void;
}

export interface RateKey {
  platform: string;
  workspaceId: string;
  channelId: string;
  userId: string;
}

/** ok: answer. notify: over the limit, tell the person once. silent: still over, say nothing until refilled. */
export type RateDecision =
  | { verdict: 'ok' }
  | { verdict: 'notify' | 'silent'; scope: 'user' | 'channel'; retryAfterMs: number };

export interface RateLimiter {
  check(key: RateKey): Promise<RateDecision>;
}

const WINDOW_S = 60;
export const RATE_LIMIT_TABLE = 'rate_limits';

function limiterFor(points: number, prefix: string, config: RateLimitConfig): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ points, duration: WINDOW_S, keyPrefix: prefix });
  if (!config.pool) return memory;
  return new RateLimiterPostgres(
    {
      storeClient: config.pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      // Created by the store's migrations (migration 4): open the store before asking.
      tableCreated: true,
      points,
      duration: WINDOW_S,
      keyPrefix: prefix,
      // While the database is down each instance limits on its own instead of failing the question.
      insuranceLimiter: memory,
    },
    (err?: Error) => {
      if (err) config.onStoreError?.(err);
    },
  );
}

type Taken = { ok: true } | { ok: false; res: RateLimiterRes };

async function take(limiter: RateLimiterAbstract, key: string): Promise<Taken> {
  try {
    await limiter.consume(key);
    return { ok: true };
  } catch (err) {
    if (err instanceof RateLimiterRes) return { ok: false, res: err };
    throw err;
  }
}

export function createRateLimiter(config: RateLimitConfig): RateLimiter {
  const user = limiterFor(config.perUserPerMinute, 'u', config);
  const channel = limiterFor(config.perChannelPerMinute, 'c', config);
  // The first refusal in a window is the one that gets a notice: its count is exactly one over the limit.
  const refuse = (scope: 'user' | 'channel', res: RateLimiterRes, points: number): RateDecision => ({
    verdict: res.consumedPoints === points + 1 ? 'notify' : 'silent',
    scope,
    retryAfterMs: res.msBeforeNext,
  });
  return {
    async check(key) {
      const scope = `${key.platform}:${key.workspaceId}`;
      const userKey = `${scope}:${key.userId}`;
      const u = await take(user, userKey);
      if (!u.ok) return refuse('user', u.res, config.perUserPerMinute);
      const c = await take(channel, `${scope}:${key.channelId}`);
      if (!c.ok) {
        // Not charged for a question that was not answered.
        await user.reward(userKey, 1).catch(() => undefined);
        return refuse('channel', c.res, config.perChannelPerMinute);
      }
      return { verdict: 'ok' };
    },
  };
}
