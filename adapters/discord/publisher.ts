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

/** A short, token-free code for any REST failure, for log lines; the metrics count discordMetricKind(code). */
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

/**
 * The `kind` label of plenary_platform_errors_total on Discord: a fixed set, whatever the failure (Discord has
 * hundreds of JSON error codes, each a distinct `api_<code>` from discordErrorKind). Log lines keep that code.
 */
export const DISCORD_ERROR_KINDS = [
  'rate_limited',
  'timeout',
  'network',
  'http_4xx',
  'http_5xx',
  'unknown_channel',
  'unknown_guild',
  'missing_access',
  'missing_permissions',
  'unknown_interaction',
  'interaction_acknowledged',
  'invalid_request',
  'other',
] as const;

export type DiscordErrorKind = (typeof DISCORD_ERROR_KINDS)[number];

const KIND_OF_CODE: Readonly<Record<string, DiscordErrorKind>> = {
  rate_limited: 'rate_limited',
  timeout: 'timeout',
  network: 'network',
  unknown_channel: 'unknown_channel',
  unknown_guild: 'unknown_guild',
  missing_access: 'missing_access',
  missing_permissions: 'missing_permissions',
  // The interaction's token expired: it was not answered within 3 seconds, or answered too late.
  api_10062: 'unknown_interaction',
  api_40060: 'interaction_acknowledged',
  // Discord refused what we sent (Invalid Form Body, empty message): a rendering bug.
  api_50035: 'invalid_request',
  api_50006: 'invalid_request',
};

/** discordErrorKind's code -> the metric's bounded kind. */
export function discordMetricKind(code: string): DiscordErrorKind {
  const known = KIND_OF_CODE[code];
  if (known) return known;
  if (/^http_5\d\d$/.test(code)) return 'http_5xx';
  // Other JSON error codes come with a 4xx status (429s and 5xx are named before a code is read).
  if (/^http_4\d\d$/.test(code) || /^api_\d+$/.test(code)) return 'http_4xx';
  return 'other';
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
  /** Told the code of each failed post (discordErrorKind). */
  onError?: (code: string) => void;
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
