/**
 * Sending rendered messages: chat.postMessage for mentions and DMs, response_url for slash commands and
 * buttons. Failures are logged with their context and, where someone is waiting, explained to them.
 * Rate limits (HTTP 429) rarely reach this code: the WebClient waits Retry-After and retries (see slack-adapter.ts)
 * and only a 429 that outlasts its retries surfaces, as `ratelimited`.
 */
import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import { serialiseOnce } from '../post-json.ts';
import { MAX_RESPONSE_URL_USES } from './limits.ts';
import { ERROR_EXPLANATIONS, MESSAGES } from './messages.ts';
import type { SlackMessage } from './render.ts';

const TIMEOUT_CODES = new Set([
  'ECONNABORTED',
  'ETIMEDOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * A short code for any failure on the way to Slack: the Web API's `error`, an HTTP status, `ratelimited`,
 * `timeout`, or a network code.
 */
export function slackErrorCode(err: unknown): string {
  const e = err as {
    name?: unknown;
    message?: unknown;
    code?: unknown;
    data?: { error?: unknown };
    statusCode?: unknown;
    response?: { status?: unknown };
    original?: { code?: unknown };
    cause?: { code?: unknown };
  };
  if (typeof e?.data?.error === 'string') return e.data.error;
  if (typeof e?.statusCode === 'number') return `http_${e.statusCode}`;
  if (typeof e?.response?.status === 'number') return `http_${e.response.status}`;
  if (e?.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  // What the WebClient throws once its retries after 429s are used up.
  if (typeof e?.message === 'string' && e.message.startsWith('A rate limit was exceeded'))
    return 'ratelimited';
  if (e?.name === 'TimeoutError') return 'timeout';
  const network = e?.original?.code ?? e?.cause?.code;
  if (typeof network === 'string') return TIMEOUT_CODES.has(network) ? 'timeout' : network;
  if (typeof e?.code === 'string') return e.code;
  return 'unknown_error';
}

/**
 * The `kind` label of plenary_platform_errors_total on Slack: a fixed set, whatever code a failure has (the
 * Web API alone has hundreds of error strings, and HTTP statuses and network codes come on top). Log lines keep
 * the code itself.
 */
export const SLACK_ERROR_KINDS = [
  'ratelimited',
  'timeout',
  'network',
  'http_4xx',
  'http_5xx',
  'server_error',
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'invalid_auth',
  'no_permission',
  'invalid_request',
  'other',
] as const;

export type SlackErrorKind = (typeof SLACK_ERROR_KINDS)[number];

const KIND_OF_CODE: Readonly<Record<string, SlackErrorKind>> = {
  ratelimited: 'ratelimited',
  rate_limited: 'ratelimited',
  http_429: 'ratelimited',
  timeout: 'timeout',
  request_timeout: 'timeout',
  slack_webapi_request_error: 'network',
  internal_error: 'server_error',
  fatal_error: 'server_error',
  service_unavailable: 'server_error',
  not_in_channel: 'not_in_channel',
  channel_not_found: 'channel_not_found',
  is_archived: 'is_archived',
  // The token no longer works: revoked, expired, app uninstalled, workspace gone.
  invalid_auth: 'invalid_auth',
  not_authed: 'invalid_auth',
  account_inactive: 'invalid_auth',
  token_revoked: 'invalid_auth',
  token_expired: 'invalid_auth',
  team_access_not_granted: 'invalid_auth',
  team_not_found: 'invalid_auth',
  // The app may not do this here: a scope missing from the manifest, or a workspace policy.
  missing_scope: 'no_permission',
  no_permission: 'no_permission',
  not_allowed_token_type: 'no_permission',
  restricted_action: 'no_permission',
  ekm_access_denied: 'no_permission',
  // Slack refused what we sent: a rendering bug.
  invalid_blocks: 'invalid_request',
  invalid_blocks_format: 'invalid_request',
  invalid_arguments: 'invalid_request',
  invalid_attachments: 'invalid_request',
  msg_too_long: 'invalid_request',
  no_text: 'invalid_request',
  too_many_attachments: 'invalid_request',
};

/** slackErrorCode's code -> the metric's bounded kind. */
export function slackMetricKind(code: string): SlackErrorKind {
  const known = KIND_OF_CODE[code];
  if (known) return known;
  const status = /^http_(\d{3})$/.exec(code)?.[1];
  if (status) return status.startsWith('5') ? 'http_5xx' : status.startsWith('4') ? 'http_4xx' : 'other';
  // Node and undici name socket failures in capitals (ECONNRESET, UND_ERR_SOCKET); Slack's codes are lower case.
  if (/^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code)) return 'network';
  return 'other';
}

/**
 * What a log line may say about a failure. Never log a Web API or axios error object itself: it carries the
 * request's config, headers included, and so the bot token.
 */
export function errorSummary(err: unknown): { code: string; message: string } {
  return { code: slackErrorCode(err), message: err instanceof Error ? err.message : String(err) };
}

/** Plain words for a waiting user about a failure code. */
export function explainFailure(code: string): string {
  return ERROR_EXPLANATIONS[code] ?? MESSAGES.somethingBroke;
}

export interface ConversationTarget {
  channel: string;
  threadTs: string | undefined;
}

/** A Web API failure, by its code, for the metrics: the adapter counts it under `slackMetricKind(code)`. */
export type ErrorSink = (code: string) => void;

/** Posts the messages in order; on failure logs the Slack error with its context and stops. Returns the code. */
export async function postMessages(
  client: webApi.WebClient,
  target: ConversationTarget,
  messages: SlackMessage[],
  log: Logger,
  onError: ErrorSink = () => {},
): Promise<string | null> {
  for (const m of messages) {
    try {
      await client.chat.postMessage({
        channel: target.channel,
        ...(target.threadTs !== undefined ? { thread_ts: target.threadTs } : {}),
        text: m.text,
        blocks: m.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    } catch (err) {
      const code = slackErrorCode(err);
      onError(code);
      log.error(
        { error: errorSummary(err), code, channel: target.channel, threadTs: target.threadTs },
        `chat.postMessage failed: ${code}`,
      );
      return code;
    }
  }
  return null;
}

/** Sends messages through a response_url (at most the five Slack allows). Throws on the first failure. */
export async function respondAll(
  respond: RespondFn,
  messages: SlackMessage[],
  extra: Omit<RespondArguments, 'text' | 'blocks'>,
  log: Logger,
): Promise<void> {
  if (messages.length > MAX_RESPONSE_URL_USES)
    log.warn(
      { messages: messages.length },
      'answer needs more messages than a response_url allows; sending the first',
    );
  for (const m of messages.slice(0, MAX_RESPONSE_URL_USES)) await respond(responseMessage(m, extra));
}

/** Different `extra`s per message kept at most (ephemeral, in channel…); more are built each time. */
const POSTS_PER_MESSAGE = 4;
const posts = new WeakMap<SlackMessage, Map<string, RespondArguments>>();

/** The keys of frozen `extra`s (commands.ts passes the same two for every answer), made once each. */
const extraKeys = new WeakMap<object, string>();

/** `extra` as a key among a message's kept bodies: its JSON. */
function extraKey(extra: object): string {
  if (!Object.isFrozen(extra)) return JSON.stringify(extra);
  let key = extraKeys.get(extra);
  if (key === undefined) {
    key = JSON.stringify(extra);
    extraKeys.set(extra, key);
  }
  return key;
}

/**
 * The response_url body for a message: `extra` with the message's text and blocks. For a frozen message (a cached
 * answer's, deep-frozen by render.ts) the body is kept and given again, frozen, and post-json.ts keeps its JSON.
 */
export function responseMessage(
  m: SlackMessage,
  extra: Omit<RespondArguments, 'text' | 'blocks'>,
): RespondArguments {
  if (!Object.isFrozen(m) || !Object.isFrozen(m.blocks))
    return { ...extra, text: m.text, blocks: m.blocks } as RespondArguments;
  const key = extraKey(extra);
  const kept = posts.get(m) ?? new Map<string, RespondArguments>();
  const made = kept.get(key);
  if (made) return made;
  const body = serialiseOnce(Object.freeze({ ...extra, text: m.text, blocks: m.blocks }) as RespondArguments);
  if (kept.size === 0) posts.set(m, kept);
  if (kept.size < POSTS_PER_MESSAGE) kept.set(key, body);
  return body;
}

/** Tells the user, ephemerally in the channel (or thread), something they need to know. Never throws. */
export async function tellUserEphemeral(
  client: webApi.WebClient,
  where: { channel: string; user: string; threadTs?: string | undefined },
  text: string,
  log: Logger,
  onError: ErrorSink = () => {},
): Promise<void> {
  try {
    await client.chat.postEphemeral({
      channel: where.channel,
      user: where.user,
      text,
      ...(where.threadTs !== undefined ? { thread_ts: where.threadTs } : {}),
    });
  } catch (err) {
    const code = slackErrorCode(err);
    onError(code);
    log.warn({ error: errorSummary(err), code, ...where }, `chat.postEphemeral failed too: ${code}`);
  }
}
