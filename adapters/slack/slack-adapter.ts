/**
 * The Slack adapter: a Bolt App wired to the router. HTTP mode (POST /slack/events through receiver.ts: size
 * limits, signature and timestamp checked on the raw bytes, replays refused, handler errors contained) or Socket
 * Mode when an app-level token is given.
 */
import type { Server } from 'node:http';
import { App, type AppOptions, type BlockAction, type ButtonAction, webApi } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import type { Publisher } from '../../src/digest/index.ts';
import type { Logger } from '../../src/logger.ts';
import { type AnswerService, createAnswerService } from '../../src/ops/answer-service.ts';
import { createInFlight, type InFlight } from '../../src/ops/in-flight.ts';
import type { Metrics } from '../../src/ops/metrics.ts';
import type { Router } from '../../src/router/router.ts';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import { type ApiHealth, createApiHealth } from './api-health.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { runShare, runVotesCommand, type Services } from './commands.ts';
import { createEventDeduper, createStoreDeduper, type DeduperOptions, type EventDeduper } from './dedupe.ts';
import { errorSummary, slackMetricKind } from './deliver.ts';
import { answerInConversation } from './events.ts';
import { createSlackPublisher } from './publisher.ts';
import { SlackHttpReceiver } from './receiver.ts';
import { SHARE_ACTION_ID } from './render.ts';
import { allowedResponseOrigins, createResponder } from './response-url.ts';
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

/** Web API request timeout: a call that has not answered by then fails (and is retried per the retry config). */
export const DEFAULT_API_TIMEOUT_MS = 10_000;

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
  /** Where event ids are remembered; by default in this process's memory (per `dedupe`). */
  deduper?: EventDeduper;
  /** Every question goes through it (rate limits, metrics); defaults to one over `router` with no limits. */
  service?: AnswerService;
  /** Platform errors by kind, adapter up/down. */
  metrics?: Metrics;
  /** Digest subscriptions; without it `/votes digest` says digests are not set up. */
  store?: SubscriptionStore;
  /** DIGEST_DEFAULT_TIME and DIGEST_DEFAULT_TZ. */
  digestDefaults?: { time: string; tz: string };
  /** The clock for digest commands (tests). */
  now?: () => Date;
  /** Web API request timeout (ms). */
  apiTimeoutMs?: number;
  /** response_url post timeout per try (ms). */
  responseTimeoutMs?: number;
  /** Wait before retrying a response_url post (ms; doubled each retry). */
  responseBackoffMs?: number;
  /** Web API health probe period, and its retry period while failing (ms; api-health.ts). */
  apiProbeIntervalMs?: number;
  apiProbeRetryMs?: number;
}

export interface SlackAdapterStarted {
  mode: 'http' | 'socket';
  /** The bound port in HTTP mode. */
  port?: number;
}

export interface SlackAdapter {
  start(): Promise<SlackAdapterStarted>;
  stop(): Promise<void>;
  /** Posts digests for the scheduler (chat.postMessage; errors as PublishError kinds). */
  readonly publisher: Publisher;
  /** Started, and the Web API answers its health probe (api-health.ts). */
  isUp(): boolean;
}

const apiBase = (url: string | undefined) => (url?.endsWith('/') === false ? `${url}/` : url);

function createApp(cfg: SlackAdapterConfig): App {
  const { appToken, signingSecret } = cfg;
  let mode: AppOptions;
  if (appToken !== undefined) mode = { socketMode: true, appToken };
  else if (signingSecret !== undefined)
    mode = { receiver: new SlackHttpReceiver({ signingSecret, path: SLACK_EVENTS_PATH, log: cfg.log }) };
  else
    throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  const apiUrl = apiBase(cfg.apiUrl);
  return new App({
    token: cfg.botToken,
    ...mode,
    logger: toBoltLogger(cfg.log, {
      onRateLimited: () => cfg.metrics?.platformError('slack', 'ratelimited'),
    }),
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
      timeout: cfg.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS,
    },
  });
}

/** Failures that suggest the Web API itself is unreachable: the health probe runs at once. */
const OUTAGE_KINDS = new Set(['network', 'timeout', 'http_5xx', 'server_error']);

/** Counts a failure under its bounded kind (the code itself is in the log line its caller writes). */
function countError(cfg: SlackAdapterConfig, code: string, health: ApiHealth): void {
  const kind = slackMetricKind(code);
  cfg.metrics?.platformError('slack', kind);
  if (OUTAGE_KINDS.has(kind)) health.suspect();
}

/** auth.test with no retries and a short timeout: the Web API health probe. */
function probeFor(cfg: SlackAdapterConfig): () => Promise<unknown> {
  const apiUrl = apiBase(cfg.apiUrl);
  const client = new webApi.WebClient(cfg.botToken, {
    ...(apiUrl !== undefined ? { slackApiUrl: apiUrl } : {}),
    logger: toBoltLogger(cfg.log.child({ component: 'slack-probe' })),
    retryConfig: { retries: 0 },
    timeout: 5_000,
  });
  return () => client.auth.test();
}

/** The digest publisher's own client: no retries and no waiting on 429, as the scheduler owns both. */
function publisherFor(cfg: SlackAdapterConfig, health: ApiHealth): Publisher {
  const apiUrl = apiBase(cfg.apiUrl);
  const client = new webApi.WebClient(cfg.botToken, {
    ...(apiUrl !== undefined ? { slackApiUrl: apiUrl } : {}),
    logger: toBoltLogger(cfg.log.child({ component: 'slack-digest' })),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: cfg.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS,
  });
  return createSlackPublisher({ client, onError: (code) => countError(cfg, code, health) });
}

function servicesFor(cfg: SlackAdapterConfig, health: ApiHealth): Services {
  const { store } = cfg;
  return {
    router: cfg.router,
    service: cfg.service ?? createAnswerService({ router: cfg.router }),
    log: cfg.log.child({ platform: 'slack' }),
    // Every 429 this client sees is already counted as it happens (toBoltLogger's onRateLimited).
    onError: (code) => {
      if (code !== 'ratelimited') countError(cfg, code, health);
    },
    digest:
      store === undefined
        ? undefined
        : {
            store,
            defaults: cfg.digestDefaults ?? { time: '09:00', tz: 'UTC' },
            now: cfg.now ?? (() => new Date()),
          },
  };
}

/** How long stop() lets answers already being written finish. */
const DRAIN_MS = 3_500;

function wire(
  app: App,
  cfg: SlackAdapterConfig,
  work: { inFlight: InFlight; accepting: () => boolean; health: ApiHealth },
): void {
  const services = servicesFor(cfg, work.health);
  // During shutdown nothing new starts; everything that did start is tracked so stop() can let it finish.
  app.use(async ({ next }) => {
    if (!work.accepting()) return;
    await work.inFlight.track(next());
  });
  const responseOpts = {
    allowed: allowedResponseOrigins(cfg.apiUrl),
    ...(cfg.responseTimeoutMs !== undefined ? { timeoutMs: cfg.responseTimeoutMs } : {}),
    ...(cfg.responseBackoffMs !== undefined ? { backoffMs: cfg.responseBackoffMs } : {}),
  };
  const memory = createEventDeduper(cfg.dedupe);
  const deduper: EventDeduper = cfg.deduper ?? { firstSeen: async (id) => memory.firstSeen(id) };

  // Events arrive already acknowledged; a repeat of an event id (a Slack retry) stops here, quietly.
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await deduper.firstSeen(eventId))) {
      services.log.debug(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        'duplicate event',
      );
      return;
    }
    await next();
  });

  app.command(VOTES_COMMAND, async ({ command, ack, client }) => {
    await ack();
    await runVotesCommand(services, {
      text: command.text,
      userId: command.user_id,
      userName: command.user_name || command.user_id,
      channelId: command.channel_id,
      teamId: command.team_id,
      respond: createResponder(command.response_url, responseOpts),
      client,
    });
  });

  app.action<BlockAction<ButtonAction>>(SHARE_ACTION_ID, async ({ ack, body, action, client }) => {
    await ack();
    await runShare(services, {
      value: action.value,
      userId: body.user.id,
      userName: body.user.name ?? body.user.id,
      channelId: body.channel?.id ?? body.container?.channel_id,
      teamId: body.team?.id ?? body.user.team_id,
      respond: createResponder(body.response_url, responseOpts),
      client,
    });
  });

  const self = (context: { botUserId?: string; botId?: string }): BotIdentity => ({
    userId: context.botUserId,
    botId: context.botId,
  });

  app.event('app_mention', async ({ event, body, context, client }) => {
    const incoming = questionFromMention(event as SlackMessageEvent, self(context));
    if (incoming)
      await answerInConversation(services, client, incoming, {
        source: 'mention',
        eventId: body.event_id,
        teamId: body.team_id,
      });
  });

  app.event('message', async ({ event, body, context, client }) => {
    const incoming = questionFromDirectMessage(event as SlackMessageEvent, self(context));
    if (incoming)
      await answerInConversation(services, client, incoming, {
        source: 'dm',
        eventId: body.event_id,
        teamId: body.team_id,
      });
  });

  app.error(async (err) => {
    services.log.error({ error: errorSummary(err) }, 'unhandled error in a Slack listener');
  });
}

export function createSlackAdapter(cfg: SlackAdapterConfig): SlackAdapter {
  const app = createApp(cfg);
  const inFlight = createInFlight();
  let running = false;
  const health = createApiHealth({
    probe: probeFor(cfg),
    log: cfg.log.child({ platform: 'slack' }),
    ...(cfg.apiProbeIntervalMs !== undefined ? { intervalMs: cfg.apiProbeIntervalMs } : {}),
    ...(cfg.apiProbeRetryMs !== undefined ? { retryMs: cfg.apiProbeRetryMs } : {}),
  });
  wire(app, cfg, { inFlight, accepting: () => running, health });
  const socket = cfg.appToken !== undefined;
  let server: Server | undefined;
  const up = (isUp: boolean) => cfg.metrics?.adapterUp('slack', isUp);

  return {
    publisher: publisherFor(cfg, health),
    isUp: () => running && health.isUp(),
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
        up(true);
        health.start();
        cfg.log.info('Slack adapter connected (Socket Mode)');
        return { mode: 'socket' };
      }
      server = (await app
        .start({ port: cfg.port, ...(cfg.host !== undefined ? { host: cfg.host } : {}) })
        .catch((err: unknown) => {
          throw new Error(`could not listen on SLACK_PORT ${cfg.port} (${errorSummary(err).message})`);
        })) as Server;
      running = true;
      up(true);
      health.start();
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : cfg.port;
      cfg.log.info({ port, path: SLACK_EVENTS_PATH }, 'Slack adapter listening (HTTP mode)');
      return { mode: 'http', port };
    },
    async stop() {
      if (!running) return;
      running = false;
      up(false);
      health.stop();
      const drained = await inFlight.drain(DRAIN_MS);
      if (!drained)
        cfg.log.warn(
          { pending: inFlight.size, graceMs: DRAIN_MS },
          'Slack: stopping with answers unfinished',
        );
      server?.closeIdleConnections();
      await app.stop();
      cfg.log.info('Slack adapter stopped');
    },
  };
}

/** What main.ts shares with the adapter besides the config: the store, the answer service, the metrics. */
export interface SlackAdapterDeps {
  store?: SubscriptionStore | undefined;
  service?: AnswerService | undefined;
  metrics?: Metrics | undefined;
}

/** The adapter's settings from the parsed config (main.ts calls this only when `slackEnabled(config)`). */
export function slackAdapterConfig(
  config: Config,
  router: Router,
  log: Logger,
  deps: SlackAdapterDeps = {},
): SlackAdapterConfig {
  if (config.SLACK_BOT_TOKEN === undefined) throw new Error('SLACK_BOT_TOKEN is not set');
  return {
    router,
    log,
    ...(deps.store
      ? {
          store: deps.store,
          // Retries of one event may reach different instances: they meet in the store's seen_events table.
          deduper: createStoreDeduper(deps.store, { log }),
        }
      : {}),
    ...(deps.service ? { service: deps.service } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    digestDefaults: { time: config.DIGEST_DEFAULT_TIME, tz: config.DIGEST_DEFAULT_TZ },
    botToken: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    port: config.SLACK_PORT,
    apiUrl: config.SLACK_API_URL,
  };
}
