/**
 * Remembers Slack event ids for a while so a retried event (same `event_id`, `X-Slack-Retry-Num` > 0) is
 * answered once. Slack retries a delivery up to three times: almost at once, after 1 minute and after 5 minutes;
 * the default TTL of one hour covers that with room to spare. In memory for one process (bounded: the oldest ids
 * go first when full), or in the store's `seen_events` table so that a retry landing on another instance is
 * recognised too.
 */
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';

export interface EventDeduper {
  /** True the first time an id is seen within the TTL; false for a repeat. */
  firstSeen(eventId: string): Promise<boolean>;
}

/** The in-process one answers at once (the receiver's replay guard uses it on the request path). */
export interface MemoryDeduper {
  firstSeen(eventId: string): boolean;
  readonly size: number;
}

export interface DeduperOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export const DEFAULT_DEDUPE_TTL_MS = 60 * 60 * 1000;
export const DEFAULT_DEDUPE_MAX_ENTRIES = 50_000;

export function createEventDeduper(opts: DeduperOptions = {}): MemoryDeduper {
  const ttl = opts.ttlMs ?? DEFAULT_DEDUPE_TTL_MS;
  const max = opts.maxEntries ?? DEFAULT_DEDUPE_MAX_ENTRIES;
  const now = opts.now ?? Date.now;
  /** id -> time first seen; Map keeps insertion order, so the oldest entries come first. */
  const seen = new Map<string, number>();
  /**
   * The time of the first entry (while there is one), so that a call with nothing to evict makes no iterator: the
   * receiver's replay guard asks twice per request. Only evict() removes entries, and only from the front.
   */
  let firstAt = 0;

  const evict = (t: number): void => {
    for (const [id, at] of seen) {
      if (t - at < ttl && seen.size <= max) {
        firstAt = at;
        return;
      }
      seen.delete(id);
    }
  };
  /** Whether evict(t) would remove anything: the first entry has expired, or there are too many. */
  const due = (t: number): boolean => seen.size > 0 && (t - firstAt >= ttl || seen.size > max);

  return {
    firstSeen(eventId: string): boolean {
      const t = now();
      if (due(t)) evict(t);
      const at = seen.get(eventId);
      if (at !== undefined && t - at < ttl) return false;
      if (seen.size === 0) firstAt = t;
      seen.set(eventId, t);
      if (seen.size > max) evict(t);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}

/**
 * Event ids in the shared store: an insert that conflicts with a live row means another delivery was answered
 * first, on whichever instance. When the store fails (the database is down) this falls back to memory: a
 * retry landing on the same instance is still caught, and an event is answered rather than dropped.
 */
export function createStoreDeduper(
  store: Pick<SubscriptionStore, 'firstSeen'>,
  opts: DeduperOptions & { log?: { warn(obj: object, msg: string): void } } = {},
): EventDeduper {
  const ttl = opts.ttlMs ?? DEFAULT_DEDUPE_TTL_MS;
  const now = opts.now ?? Date.now;
  const memory = createEventDeduper(opts);
  // While the store is down every event fails the same way: one line a minute says so.
  let warnedAt = Number.NEGATIVE_INFINITY;
  const storeFailed = (err: unknown) => {
    if (now() - warnedAt < 60_000) return;
    warnedAt = now();
    opts.log?.warn(
      { err: (err as Error).message },
      'event dedupe: store unreachable; this instance only meanwhile',
    );
  };
  return {
    async firstSeen(eventId) {
      const local = memory.firstSeen(eventId);
      try {
        return (await store.firstSeen(eventId, new Date(now()), ttl)) && local;
      } catch (err) {
        storeFailed(err);
        return local;
      }
    },
  };
}
