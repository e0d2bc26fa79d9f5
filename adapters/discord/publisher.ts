/**
 * The digest Publisher for Discord: POST /channels/:id/messages, rendered by render.ts like any answer, pinging
 * nobody. It uses its own REST client that neither retries nor waits on a 429: the scheduler owns retries and
 * pacing, so a 429 becomes PublishError('rate_limited') with Retry-After; 5xx, timeouts and network failures are
 * 'transient'; Unknown Channel (10003), Missing Access (50001) and Missing Permissions (50013) are 'gone'.
 * The scheduler logs each outcome with its context, so this module does not log.
 */
import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes } from 'discord.js';
import {
  createPartPoster,
  type Digest,
  digestToAnswer,
  PublishError,
  type Publisher,
} from '../../src/digest/index.ts';
import type { Subscription } from '../../src/store/subscription-store.ts';
import { type DiscordMessage, noPings, renderAnswer } from './render.ts';

/** Discord error codes meaning the bot cannot post to this channel again until someone fixes it. */
export const GONE_CODES: ReadonlyMap<number, string> = new Map([
  [10003, 'unknown_channel'],
  [10004, 'unknown_guild'],
  [50001, 'missing_access'],
  [50013, 'missing_permissions'],
]);

/** What `/votes digest status` shows for a gone channel. */
const GONE_WORDS: Readonly<Record<string, string>> = {
  unknown_channel: 'Discord: Unknown Channel, code 10003; the channel was deleted',
  unknown_guild: 'Discord: Unknown Guild, code 10004; the bot left the server',
  missing_access: 'Discord: Missing Access, code 50001; the bot cannot see the channel',
  missing_permissions:
    'Discord: Missing Permissions, code 50013; the bot needs Send Messages and Embed Links there',
};

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);

/** A short, token-free label for any REST failure: metrics labels and log context. */
export function discordErrorKind(err: unknown): string {
  if (err instanceof RateLimitError) return 'rate_limited';
  if (err instanceof DiscordAPIError) {
    if (err.status === 429) return 'rate_limited';
    if (err.status >= 500) return `http_${err.status}`;
    const code = typeof err.code === 'number' ? err.code : Number(err.code);
    return GONE_CODES.get(code) ?? `api_${err.code}`;
  }
  if (err instanceof HTTPError) return `http_${err.status}`;
  if (err instanceof Error && err.name === 'AbortError') return 'timeout';
  const code =
    (err as { code?: unknown; cause?: { code?: unknown } } | null)?.cause?.code ??
    (err as { code?: unknown })?.code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return 'network';
  return 'unknown';
}

/** Maps any failure of a post to the scheduler's kinds. */
export function toDiscordPublishError(err: unknown): PublishError {
  const kind = discordErrorKind(err);
  const message = `Discord POST /channels/:id/messages failed: ${kind}`;
  if (err instanceof RateLimitError)
    return new PublishError('rate_limited', message, { retryAfterMs: err.retryAfter, cause: err });
  if (kind === 'rate_limited') return new PublishError('rate_limited', message, { cause: err });
  const gone = GONE_WORDS[kind];
  if (gone) return new PublishError('gone', gone);
  if (/^http_5\d\d$/.test(kind) || kind === 'timeout' || kind === 'network' || kind === 'unknown')
    return new PublishError('transient', message, { cause: err });
  return new PublishError('permanent', message, { cause: err });
}

export interface DiscordPublisherOptions {
  token: string;
  /** DISCORD_API_URL (tests). */
  apiUrl?: string | undefined;
  /** Request timeout (ms); a timeout is transient. */
  timeoutMs?: number;
  onError?: (kind: string) => void;
}

/** The JSON body of one digest post: no flags, no files, nobody pinged. */
const postBody = (m: DiscordMessage) => ({
  ...(m.content ? { content: m.content } : {}),
  embeds: m.embeds,
  allowed_mentions: noPings(),
});

export function createDiscordPublisher(opts: DiscordPublisherOptions): Publisher {
  const rest = new REST({
    ...(opts.apiUrl ? { api: opts.apiUrl } : {}),
    retries: 0,
    rejectOnRateLimit: () => true,
    timeout: opts.timeoutMs ?? 15_000,
  }).setToken(opts.token);
  const postParts = createPartPoster();
  return {
    async publish(subscription: Subscription, digest: Digest): Promise<void> {
      await postParts(
        `${subscription.channelId} ${digest.date}`,
        renderAnswer(digestToAnswer(digest)),
        (m) => rest.post(Routes.channelMessages(subscription.channelId), { body: postBody(m) }),
        (err) => {
          opts.onError?.(discordErrorKind(err));
          return toDiscordPublishError(err);
        },
      );
    },
  };
}
