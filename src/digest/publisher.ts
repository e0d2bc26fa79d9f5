import type { Subscription } from '../store/subscription-store.ts';
import type { Digest } from './types.ts';

/**
 * The port each adapter implements to post a digest to one channel. Render with
 * `digestToAnswer(digest)` and the adapter's own renderer. Throw a PublishError to say what went wrong;
 * any other error counts as transient.
 */
export interface Publisher {
  publish(subscription: Subscription, digest: Digest): Promise<void>;
}

/**
 * - `rate_limited`: HTTP 429; retried after `retryAfterMs` (Retry-After) or with backoff.
 * - `transient`: network error, 5xx; retried with backoff.
 * - `gone`: the channel was deleted, archived, or the bot removed / lost access; the channel is marked gone,
 *   never retried until someone subscribes again.
 * - `permanent`: anything else that will not get better by retrying (bad payload); the day is marked failed.
 */
export type PublishErrorKind = 'rate_limited' | 'transient' | 'gone' | 'permanent';

export class PublishError extends Error {
  override readonly name = 'PublishError';
  readonly kind: PublishErrorKind;
  readonly retryAfterMs: number | undefined;

  constructor(
    kind: PublishErrorKind,
    message: string,
    opts: { retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.kind = kind;
    this.retryAfterMs = opts.retryAfterMs;
  }
}

export function toPublishError(err: unknown): PublishError {
  if (err instanceof PublishError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new PublishError('transient', message, { cause: err });
}

/**
 * Posts a digest split over several messages so that a retry after a failure midway resumes where it stopped
 * instead of repeating the parts already posted. Shared by every platform's Publisher.
 */
export function createPartPoster() {
  const posted = new Map<string, number>();
  return async function postParts<M>(
    key: string,
    messages: readonly M[],
    send: (m: M) => Promise<unknown>,
    toPublishError: (err: unknown) => PublishError,
  ): Promise<void> {
    for (let i = posted.get(key) ?? 0; i < messages.length; i++) {
      try {
        await send(messages[i]!);
      } catch (err) {
        const failure = toPublishError(err);
        if (failure.kind === 'gone' || failure.kind === 'permanent') posted.delete(key);
        throw failure;
      }
      posted.set(key, i + 1);
    }
    posted.delete(key);
  };
}
