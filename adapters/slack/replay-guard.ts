/**
 * Answers each signed request once. Slack signs a retry again with its new timestamp, so a signature seen before
 * is a replay (refused), unless the request says it is a retry (within the same second the signature is the
 * same): then it is acknowledged and not handled again. A body seen before under a new valid
 * signature is Slack retrying something already being handled (slash commands and actions carry a unique
 * trigger_id, events a unique event_id): acknowledged and not handled again. Only verified requests are
 * remembered, so nobody without the signing secret can fill the memory; both sets are bounded.
 */
import { hash } from 'node:crypto';
import { createEventDeduper, type MemoryDeduper } from './dedupe.ts';
import { MAX_CLOCK_SKEW_SECONDS } from './signature.ts';

export type ReplayVerdict = 'new' | 'replay' | 'retry';

export interface ReplayGuard {
  /** `resent`: the request says it is a retry (X-Slack-Retry-Num), which a retry within the same second is. */
  check(signature: string, raw: Buffer, resent: boolean): ReplayVerdict;
}

export interface ReplayGuardOptions {
  maxEntries?: number;
  now?: () => number;
}

/** A timestamp is accepted up to five minutes either side of now, so a request can come back for ten. */
export const REPLAY_WINDOW_MS = 2 * MAX_CLOCK_SKEW_SECONDS * 1000;

export function createReplayGuard(opts: ReplayGuardOptions = {}): ReplayGuard {
  const settings = {
    ttlMs: REPLAY_WINDOW_MS,
    maxEntries: opts.maxEntries ?? 50_000,
    ...(opts.now ? { now: opts.now } : {}),
  };
  const signatures: MemoryDeduper = createEventDeduper(settings);
  const bodies: MemoryDeduper = createEventDeduper(settings);
  return {
    check(signature, raw, resent) {
      if (!signatures.firstSeen(signature)) return resent ? 'retry' : 'replay';
      // One-shot hash: the same digest as createHash(…).update(raw).digest('base64') without a Hash object per request.
      const digest = hash('sha256', raw, 'base64');
      return bodies.firstSeen(digest) ? 'new' : 'retry';
    },
  };
}
