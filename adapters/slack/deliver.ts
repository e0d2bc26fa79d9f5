/**
 * Sending rendered messages: chat.postMessage for mentions and DMs, response_url for slash commands and
 * buttons. Failures are logged with their context and, where someone is waiting, explained to them.
 * Rate limits (HTTP 429) never reach this code: the WebClient waits Retry-After and retries (see slack-adapter.ts).
 */
import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import { MAX_RESPONSE_URL_USES } from './limits.ts';
import { ERROR_EXPLANATIONS, MESSAGES } from './messages.ts';
import type { SlackMessage } from './render.ts';

/** A short code for any failure on the way to Slack: the Web API's `error`, an HTTP status, or a network code. */
export function slackErrorCode(err: unknown): string {
  const e = err as {
    code?: unknown;
    data?: { error?: unknown };
    statusCode?: unknown;
    response?: { status?: unknown };
    original?: { code?: unknown };
  };
  if (typeof e?.data?.error === 'string') return e.data.error;
  if (typeof e?.statusCode === 'number') return `http_${e.statusCode}`;
  if (typeof e?.response?.status === 'number') return `http_${e.response.status}`;
  if (typeof e?.original?.code === 'string') return e.original.code;
  if (typeof e?.code === 'string') return e.code;
  return 'unknown_error';
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

/** Posts the messages in order; on failure logs the Slack error with its context and stops. Returns the code. */
export async function postMessages(
  client: webApi.WebClient,
  target: ConversationTarget,
  messages: SlackMessage[],
  log: Logger,
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
  for (const m of messages.slice(0, MAX_RESPONSE_URL_USES))
    await respond({ ...extra, text: m.text, blocks: m.blocks } as RespondArguments);
}

/** Tells the user, ephemerally in the channel, that their answer could not be delivered. Never throws. */
export async function tellUserEphemeral(
  client: webApi.WebClient,
  where: { channel: string; user: string },
  text: string,
  log: Logger,
): Promise<void> {
  try {
    await client.chat.postEphemeral({ channel: where.channel, user: where.user, text });
  } catch (err) {
    const code = slackErrorCode(err);
    log.warn({ error: errorSummary(err), code, ...where }, `chat.postEphemeral failed too: ${code}`);
  }
}
