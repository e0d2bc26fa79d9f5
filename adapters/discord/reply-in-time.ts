/**
 * Discord gives an interaction three seconds for its first callback. discord.js would wait out a 429's
 * Retry-After on the callback route however long it is, and a reply that lands after the window is lost
 * ("Unknown interaction"). The Client is told to reject rate-limited callbacks at once (CALLBACK_ROUTE in
 * `rejectOnRateLimit`), and this decides: a short wait that still fits in the deadline is waited out and the
 * reply sent; otherwise the interaction is deferred now (a "thinking…" callback, retried briefly) and the answer
 * edited in afterwards, through the webhook route, which has fifteen minutes.
 */
import { RateLimitError } from 'discord.js';

/** The @discordjs/rest bucket route of every interaction callback. */
export const CALLBACK_ROUTE = '/interactions/:id/:token/callback';
/** Reply or defer by then, counted from when the interaction arrived (Discord allows 3 s). */
export const CALLBACK_DEADLINE_MS = 2_000;
/** A deferral refused with 429 is tried again this often until DEFER_GIVE_UP_MS. */
const DEFER_RETRY_MS = 150;
const DEFER_GIVE_UP_MS = 2_800;

export interface TimedCallbacks {
  /** performance.now() when the interaction arrived. */
  receivedAt: number;
  reply(): Promise<unknown>;
  defer(): Promise<unknown>;
  edit(): Promise<unknown>;
  /** Called once per 429 met on the callback route (logs and metrics). */
  onRateLimited(retryAfterMs: number, then: 'wait' | 'defer'): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const elapsed = (since: number) => performance.now() - since;

export async function replyInTime(c: TimedCallbacks): Promise<void> {
  for (;;) {
    try {
      await c.reply();
      return;
    } catch (err) {
      if (!(err instanceof RateLimitError)) throw err;
      if (elapsed(c.receivedAt) + err.retryAfter > CALLBACK_DEADLINE_MS) {
        c.onRateLimited(err.retryAfter, 'defer');
        break;
      }
      c.onRateLimited(err.retryAfter, 'wait');
      await sleep(err.retryAfter);
    }
  }
  await deferInTime(c);
  await c.edit();
}

/** Sends the deferral, retrying a 429 briefly while the window is still open. */
export async function deferInTime(c: Pick<TimedCallbacks, 'receivedAt' | 'defer'>): Promise<void> {
  for (;;) {
    try {
      await c.defer();
      return;
    } catch (err) {
      if (!(err instanceof RateLimitError) || elapsed(c.receivedAt) + DEFER_RETRY_MS > DEFER_GIVE_UP_MS)
        throw err;
      await sleep(Math.min(DEFER_RETRY_MS, err.retryAfter));
    }
  }
}
