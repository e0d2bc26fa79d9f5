/**
 * The digest Publisher for Slack: chat.postMessage to the subscribed channel, rendered like any answer.
 *
 * It uses its own WebClient that neither retries nor waits on a 429: the scheduler owns retries and pacing, so
 * a 429 becomes PublishError('rate_limited') carrying Retry-After, and 5xx, timeouts and network failures become
 * 'transient'. A channel that is gone (deleted, archived, bot removed, app uninstalled) is 'gone': the scheduler
 * marks it and stops. The scheduler logs each outcome with its context, so this module does not log.
 */
import type { webApi } from '@slack/bolt';
import {
  createPartPoster,
  type Digest,
  digestToAnswer,
  PublishError,
  type Publisher,
} from '../../src/digest/index.ts';
import type { Subscription } from '../../src/store/subscription-store.ts';
import { type ErrorSink, slackErrorCode } from './deliver.ts';
import { renderAnswer } from './render.ts';

/** Web API errors that mean the channel (or the whole install) will not take posts again. */
export const GONE_CODES: ReadonlySet<string> = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'token_revoked',
  'team_access_not_granted',
  'team_not_found',
]);

/** Errors that may pass: Slack's own trouble, timeouts and the network. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'timeout',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** Maps any failure of a Slack call to the scheduler's kinds. */
export function toSlackPublishError(err: unknown): PublishError {
  const code = slackErrorCode(err);
  const message = `Slack chat.postMessage failed: ${code}`;
  if (code === 'ratelimited' || code === 'http_429') {
    const seconds = (err as { retryAfter?: unknown }).retryAfter;
    return new PublishError('rate_limited', message, {
      ...(typeof seconds === 'number' ? { retryAfterMs: seconds * 1000 } : {}),
    });
  }
  if (GONE_CODES.has(code)) return new PublishError('gone', message);
  if (TRANSIENT_CODES.has(code) || /^http_5\d\d$/.test(code) || code === 'slack_webapi_request_error')
    return new PublishError('transient', message);
  return new PublishError('permanent', message);
}

export interface SlackPublisherOptions {
  /** A client with `retryConfig: { retries: 0 }` and `rejectRateLimitedCalls: true` (see slack-adapter.ts). */
  client: webApi.WebClient;
  /**
   * The bot token of the subscription's workspace, when the client has none of its own (one per installed
   * workspace); throws a PublishError when there is none.
   */
  tokenFor?: (subscription: Subscription) => Promise<string>;
  onError?: ErrorSink;
}

export function createSlackPublisher(opts: SlackPublisherOptions): Publisher {
  const postParts = createPartPoster();
  return {
    async publish(subscription: Subscription, digest: Digest): Promise<void> {
      const token = await opts.tokenFor?.(subscription);
      await postParts(
        `${subscription.channelId} ${digest.date}`,
        renderAnswer(digestToAnswer(digest)),
        (m) =>
          opts.client.chat.postMessage({
            ...(token !== undefined ? { token } : {}),
            channel: subscription.channelId,
            text: m.text,
            blocks: m.blocks,
            unfurl_links: false,
            unfurl_media: false,
          }),
        (err) => {
          opts.onError?.(slackErrorCode(err));
          return toSlackPublishError(err);
        },
      );
    },
  };
}
