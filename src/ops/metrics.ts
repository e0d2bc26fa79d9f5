import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics for GET /metrics. One registry per process (tests make their own). */
export interface Metrics {
  registry: Registry;
  questionAnswered(platform: string, intent: string, seconds: number): void;
  /**
   * One failed platform call. `kind` comes from the adapter's small fixed set (slackMetricKind,
   * discordMetricKind), never a raw error code: that goes in the log line.
   */
  platformError(platform: string, kind: string): void;
  rateLimited(platform: string, scope: string): void;
  /** A question answered from the router's answer cache (`hit`) or worked out though it could have been kept (`miss`). */
  answerCache(platform: string, result: 'hit' | 'miss'): void;
  digest(platform: string, result: 'sent' | 'failed' | 'gone'): void;
  adapterUp(platform: string, up: boolean): void;
}

/**
 * The most `kind` values counted per platform; any further one counts as `other`. Adapters map their codes to
 * fixed sets well under this: it only keeps a mapping bug from growing the series without bound.
 */
export const MAX_ERROR_KINDS = 32;

/** `kind`, or `other` once `seen` already holds MAX_ERROR_KINDS other values. */
function boundedKind(seen: Set<string>, kind: string): string {
  if (seen.has(kind)) return kind;
  if (seen.size >= MAX_ERROR_KINDS) return 'other';
  seen.add(kind);
  return kind;
}

/**
 * Counts of a two-label counter kept in plain numbers and added to the counter when it is read: prom-client's
 * `inc` hashes and checks the labels on every call, and the counters below are counted on every question. `flush`
 * is the counter's `collect` hook, which prom-client runs before every read of the counter (`get`, and so
 * `registry.metrics()`), so every read sees every count; label sets appear in the order they were first counted,
 * as with `inc`. One entry per label set, as the counter itself keeps.
 */
function tally<A extends string, B extends string>(a: A, b: B) {
  const pending = new Map<string, { labels: Record<A | B, string>; n: number }>();
  return {
    count(x: string, y: string): void {
      const key = `${x}\u0000${y}`;
      const entry = pending.get(key);
      if (entry) entry.n++;
      else pending.set(key, { labels: { [a]: x, [b]: y } as Record<A | B, string>, n: 1 });
    },
    flush(counter: Counter<A | B>): void {
      for (const entry of pending.values())
        if (entry.n > 0) {
          counter.inc(entry.labels, entry.n);
          entry.n = 0;
        }
    },
  };
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  const asked = tally('platform', 'intent');
  const questions: Counter<'platform' | 'intent'> = new Counter({
    name: 'plenary_questions_total',
    help: 'Questions answered, by intent and platform',
    labelNames: ['platform', 'intent'] as const,
    registers: [registry],
    collect: () => asked.flush(questions),
  });
  const latency = new Histogram({
    name: 'plenary_answer_seconds',
    help: 'Time to compose an answer, by platform',
    labelNames: ['platform'] as const,
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'plenary_platform_errors_total',
    help: 'Errors from Slack or Discord APIs, by kind',
    labelNames: ['platform', 'kind'] as const,
    registers: [registry],
  });
  const limited = new Counter({
    name: 'plenary_rate_limited_total',
    help: 'Questions refused by the per-user or per-channel rate limit',
    labelNames: ['platform', 'scope'] as const,
    registers: [registry],
  });
  const digests = new Counter({
    name: 'plenary_digests_total',
    help: 'Daily digests by result',
    labelNames: ['platform', 'result'] as const,
    registers: [registry],
  });
  const fromCache = tally('platform', 'result');
  const cached: Counter<'platform' | 'result'> = new Counter({
    name: 'plenary_answer_cache_total',
    help: "Questions the router's answer cache could hold, by platform and whether the answer came from it",
    labelNames: ['platform', 'result'] as const,
    registers: [registry],
    collect: () => fromCache.flush(cached),
  });
  const up = new Gauge({
    name: 'plenary_adapter_up',
    help: '1 when the platform adapter is connected',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  const kindsSeen = new Map<string, Set<string>>();
  const kindsOf = (platform: string): Set<string> => {
    const seen = kindsSeen.get(platform) ?? new Set(['other']);
    kindsSeen.set(platform, seen);
    return seen;
  };
  return {
    registry,
    questionAnswered: (platform, intent, seconds) => {
      asked.count(platform, intent);
      latency.observe({ platform }, seconds);
    },
    platformError: (platform, kind) => errors.inc({ platform, kind: boundedKind(kindsOf(platform), kind) }),
    rateLimited: (platform, scope) => limited.inc({ platform, scope }),
    answerCache: (platform, result) => fromCache.count(platform, result),
    digest: (platform, result) => digests.inc({ platform, result }),
    adapterUp: (platform, isUp) => up.set({ platform }, isUp ? 1 : 0),
  };
}
