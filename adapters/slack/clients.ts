/**
 * The Web API clients besides Bolt's own: the health probe (auth.test with the one bot token; api.test, which
 * needs none, when each workspace has its own) and the digest publisher's client, which posts with the token of
 * the workspace a subscription belongs to.
 */
import { webApi } from '@slack/bolt';
import { PublishError, type Publisher } from '../../src/digest/index.ts';
import type { Logger } from '../../src/logger.ts';
import { toBoltLogger } from './bolt-logger.ts';
import type { ErrorSink } from './deliver.ts';
import { createSlackPublisher } from './publisher.ts';

/** Web API request timeout: a call that has not answered by then fails (and is retried per the retry config). */
export const DEFAULT_API_TIMEOUT_MS = 10_000;

export const apiBase = (url: string | undefined) => (url?.endsWith('/') === false ? `${url}/` : url);

/**
 * The bot token for a workspace: the one SLACK_BOT_TOKEN in single-workspace mode, else its installation's
 * (null when the workspace has not installed the app, or uninstalled it).
 */
export type TokenFor = (workspaceId: string | null) => Promise<string | null>;

export interface ClientSettings {
  apiUrl?: string | undefined;
  log: Logger;
  apiTimeoutMs?: number | undefined;
}

/** The Web API health probe: no retries, a short timeout. */
export function probeFor(cfg: ClientSettings, botToken: string | undefined): () => Promise<unknown> {
  const apiUrl = apiBase(cfg.apiUrl);
  const client = new webApi.WebClient(botToken, {
    ...(apiUrl !== undefined ? { slackApiUrl: apiUrl } : {}),
    logger: toBoltLogger(cfg.log.child({ component: 'slack-probe' })),
    retryConfig: { retries: 0 },
    timeout: 5_000,
  });
  return botToken !== undefined ? () => client.auth.test() : () => client.api.test();
}

/**
 * The digest publisher's own client: no retries and no waiting on 429, as the scheduler owns both. Each post
 * carries its workspace's token; a workspace without one is 'gone' (the scheduler stops posting there).
 */
export function publisherFor(cfg: ClientSettings, tokenFor: TokenFor, onError: ErrorSink): Publisher {
  const apiUrl = apiBase(cfg.apiUrl);
  const client = new webApi.WebClient(undefined, {
    ...(apiUrl !== undefined ? { slackApiUrl: apiUrl } : {}),
    logger: toBoltLogger(cfg.log.child({ component: 'slack-digest' })),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: cfg.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS,
  });
  return createSlackPublisher({
    client,
    onError,
    async tokenFor(subscription) {
      let token: string | null;
      try {
        token = await tokenFor(subscription.workspaceId);
      } catch (err) {
        throw new PublishError('transient', `Slack installation not readable: ${(err as Error).message}`);
      }
      if (token === null) throw new PublishError('gone', 'Slack app not installed in the workspace');
      return token;
    },
  });
}
