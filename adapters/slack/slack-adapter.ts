/**
 * The Slack adapter: a Bolt App wired to the router. HTTP mode (POST /slack/events, every request verified
 * with the signing secret; bad or stale signatures get 401 from Bolt before anything runs) or Socket Mode when
 * an app-level token is given.
 */
import type { Server } from 'node:http';
import { App, type AppOptions, type BlockAction, type ButtonAction, type webApi } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/logger.ts';
import type { Router } from '../../src/router/router.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { runShare, runVotesCommand, type Services } from './commands.ts';
import { createEventDeduper, type DeduperOptions } from './dedupe.ts';
import { errorSummary } from './deliver.ts';
import { answerInConversation } from './events.ts';
import { SHARE_ACTION_ID } from './render.ts';
import {
  type BotIdentity,
  questionFromDirectMessage,
  questionFromMention,
  type SlackMessageEvent,
} from './to-question.ts';

export const SLACK_EVENTS_PATH = '/slack/events';
export const VOTES_COMMAND = '/votes';

/**
 * Web API retries: a 429 makes the WebClient wait the Retry-After seconds and try again (up to `retries`
 * times); network errors and 5xx back off from `minTimeout`. An answer older than a minute is of little use,
 * so this gives up far sooner than the client's default (ten retries over about thirty minutes).
 */
export const DEFAULT_RETRY_CONFIG: webApi.RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 250,
  maxTimeout: 5_000,
  randomize: true,
};

const REJECTED_TOKEN_CODES = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

export interface SlackAdapterConfig {
  router: Router;
  log: Logger;
  /** xoxb-… */
  botToken: string;
  /** Verifies HTTP requests; required unless `appToken` is set. */
  signingSecret?: string | undefined;
  /** xapp-…: Socket Mode instead of HTTP. */
  appToken?: string | undefined;
  /** HTTP mode port; 0 picks a free one. */
  port: number;
  /** HTTP mode bind address; all interfaces when unset. */
  host?: string | undefined;
  /** Replaces https://slack.com/api/ (tests, proxies). */
  apiUrl?: string | undefined;
  retryConfig?: webApi.RetryOptions;
  dedupe?: DeduperOptions;
}

export interface SlackAdapterStarted {
  mode: 'http' | 'socket';
  /** The bound port in HTTP mode. */
  port?: number;
}

export interface SlackAdapter {
  start(): Promise<SlackAdapterStarted>;
  stop(): Promise<void>;
}

function createApp(cfg: SlackAdapterConfig): App {
  const { appToken, signingSecret } = cfg;
  let mode: AppOptions;
  if (appToken !== undefined) mode = { socketMode: true, appToken };
  else if (signingSecret !== undefined)
    mode = { signingSecret, endpoints: SLACK_EVENTS_PATH, processBeforeResponse: false };
  else
    throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  const apiUrl = cfg.apiUrl?.endsWith('/') === false ? `${cfg.apiUrl}/` : cfg.apiUrl;
  return new App({
    token: cfg.botToken,
    ...mode,
    logger: toBoltLogger(cfg.log),
    ignoreSelf: true,
    // No conversation state is used; skipping Bolt's store saves a middleware pass per request.
    convoStore: false,
    // auth.test runs in start() where a failure is reported cleanly; left to the constructor, a failure becomes an
    // unhandled rejection whose dump includes the request headers, bot token and all.
    deferInitialization: true,
    clientOptions: {
      ...(apiUrl !== undefined ? { slackApiUrl: apiUrl } : {}),
      retryConfig: cfg.retryConfig ?? DEFAULT_RETRY_CONFIG,
      rejectRateLimitedCalls: false,
    },
  });
}

function wire(app: App, cfg: SlackAdapterConfig): void {
  const services: Services = { router: cfg.router, log: cfg.log.child({ platform: 'slack' }) };
  const deduper = createEventDeduper(cfg.dedupe);

  // Events arrive already acknowledged; a repeat of an event id (a Slack retry) stops here, quietly.
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !deduper.firstSeen(eventId)) {
      services.log.debug(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        'duplicate event',
      );
      return;
    }
    await next();
  });

  app.command(VOTES_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    await runVotesCommand(services, {
      text: command.text,
      userId: command.user_id,
      channelId: command.channel_id,
      teamId: command.team_id,
      respond,
      client,
    });
  });

  app.action<BlockAction<ButtonAction>>(SHARE_ACTION_ID, async ({ ack, body, action, respond }) => {
    await ack();
    await runShare(services, { value: action.value, userName: body.user.name ?? body.user.id, respond });
  });

  const self = (context: { botUserId?: string; botId?: string }): BotIdentity => ({
    userId: context.botUserId,
    botId: context.botId,
  });

  app.event('app_mention', async ({ event, body, context, client }) => {
    const incoming = questionFromMention(event as SlackMessageEvent, self(context));
    if (incoming) await answerInConversation(services, client, incoming, 'mention', body.event_id);
  });

  app.event('message', async ({ event, body, context, client }) => {
    const incoming = questionFromDirectMessage(event as SlackMessageEvent, self(context));
    if (incoming) await answerInConversation(services, client, incoming, 'dm', body.event_id);
  });

  app.error(async (err) => {
    services.log.error({ error: errorSummary(err) }, 'unhandled error in a Slack listener');
  });
}

export function createSlackAdapter(cfg: SlackAdapterConfig): SlackAdapter {
  const app = createApp(cfg);
  wire(app, cfg);
  const socket = cfg.appToken !== undefined;
  let running = false;
  let server: Server | undefined;

  return {
    async start() {
      try {
        await app.init();
      } catch (err) {
        const { code } = errorSummary(err);
        throw new Error(
          REJECTED_TOKEN_CODES.has(code)
            ? `Slack rejected SLACK_BOT_TOKEN (${code})`
            : `could not reach the Slack Web API for auth.test (${code}); check the network or SLACK_API_URL`,
        );
      }
      if (socket) {
        await app.start().catch((err: unknown) => {
          throw new Error(`Socket Mode could not connect (${errorSummary(err).code}); check SLACK_APP_TOKEN`);
        });
        running = true;
        cfg.log.info('Slack adapter connected (Socket Mode)');
        return { mode: 'socket' };
      }
      server = (await app
        .start({ port: cfg.port, ...(cfg.host !== undefined ? { host: cfg.host } : {}) })
        .catch((err: unknown) => {
          throw new Error(`could not listen on SLACK_PORT ${cfg.port} (${errorSummary(err).message})`);
        })) as Server;
      running = true;
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : cfg.port;
      cfg.log.info({ port, path: SLACK_EVENTS_PATH }, 'Slack adapter listening (HTTP mode)');
      return { mode: 'http', port };
    },
    async stop() {
      if (!running) return;
      running = false;
      server?.closeIdleConnections();
      await app.stop();
      cfg.log.info('Slack adapter stopped');
    },
  };
}

/** The adapter's settings from the parsed config (main.ts calls this only when `slackEnabled(config)`). */
export function slackAdapterConfig(config: Config, router: Router, log: Logger): SlackAdapterConfig {
  if (config.SLACK_BOT_TOKEN === undefined) throw new Error('SLACK_BOT_TOKEN is not set');
  return {
    router,
    log,
    botToken: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    port: config.SLACK_PORT,
    apiUrl: config.SLACK_API_URL,
  };
}
