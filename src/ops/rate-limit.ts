/** Token buckets per user and per channel, each scoped to its workspace or guild so one server cannot starve another. */
export interface RateLimitConfig {
  perUserPerMinute: number;
  perChannelPerMinute: number;
  /** Buckets kept at most; the least recently used are dropped first (they are full again by then). */
  maxBuckets?: number;
  now?: () => number;
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

interface Bucket {
  tokens: number;
  updated: number;
  notified: boolean;
}

export interface RateLimiter {
  check(key: RateKey): RateDecision;
  readonly size: number;
}

export function createRateLimiter(config: RateLimitConfig): RateLimiter {
  const now = config.now ?? Date.now;
  const maxBuckets = config.maxBuckets ?? 50_000;
  const buckets = new Map<string, Bucket>();

  const take = (id: string, perMinute: number): { ok: boolean; bucket: Bucket; retryAfterMs: number } => {
    const t = now();
    const rate = perMinute / 60_000;
    let b = buckets.get(id);
    if (b) {
      buckets.delete(id);
      b.tokens = Math.min(perMinute, b.tokens + (t - b.updated) * rate);
      b.updated = t;
    } else {
      b = { tokens: perMinute, updated: t, notified: false };
      if (buckets.size >= maxBuckets) buckets.delete(buckets.keys().next().value as string);
    }
    buckets.set(id, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      b.notified = false;
      return { ok: true, bucket: b, retryAfterMs: 0 };
    }
    return { ok: false, bucket: b, retryAfterMs: Math.ceil((1 - b.tokens) / rate) };
  };

  return {
    get size() {
      return buckets.size;
    },
    check(key) {
      const scope = `${key.platform}:${key.workspaceId}`;
      const user = take(`${scope}:u:${key.userId}`, config.perUserPerMinute);
      if (!user.ok) return refuse('user', user.bucket, user.retryAfterMs);
      const channel = take(`${scope}:c:${key.channelId}`, config.perChannelPerMinute);
      if (!channel.ok) {
        user.bucket.tokens += 1; // not charged for a question that was not answered
        return refuse('channel', channel.bucket, channel.retryAfterMs);
      }
      return { verdict: 'ok' };
    },
  };
}

function refuse(scope: 'user' | 'channel', b: Bucket, retryAfterMs: number): RateDecision {
  const verdict = b.notified ? 'silent' : 'notify';
  b.notified = true;
  return { verdict, scope, retryAfterMs };
}
