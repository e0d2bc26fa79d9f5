/**
 * The Slack adapter: a Bolt App wired to the router. HTTP mode (POST /slack/events through receiver.ts: size
 * limits, signature and timestamp checked on the raw bytes, replays refused, handler errors contained) or Socket
 * Mode when an app-level token is given.
 */
import type { Server } from 'node:http';
import { App, type AppOptions, type webApi } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import type { Publisher } from '../../src/digest/index.ts';
import type { Logger } from '../../src/logger.ts';
import type { AnswerService } from '../../src/ops/answer-service.ts';
import { createInFlight } from '../../src/ops/in-flight.ts';
import type { Metrics } from '../../src/ops/metrics.ts';
import type { Router } from '../../src/router/router.ts';
import { createSecretBox, parseKey } from '../../src/store/secret-box.ts';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import { createApiHealth } from './api-health.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { apiBase, DEFAULT_API_TIMEOUT_MS, probeFor, publisherFor, type TokenFor } from './clients.ts';
import { createStoreDeduper, type DeduperOptions, type EventDeduper } from './dedupe.ts';
import { errorSummary } from './deliver.ts';
import type { CommandAuthorize } from './direct-command.ts';
import { createInstallationStore } from './installation-store.ts';
import { countError, VOTES_COMMAND, wire } from './listeners.ts';
import { createSlackOAuth, type SlackOAuth } from './oauth.ts';
import { SlackHttpReceiver } from './receiver.ts';

export const SLACK_EVENTS_PATH = '/slack/events';
export { VOTES_COMMAND };

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

/** Installing into any workspace (HTTP mode only): SLACK_CLIENT_ID, …_SECRET, SLACK_STATE_SECRET, SLACK_TOKEN_KEY. */
export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** 32 bytes: seals each installation (its bot token) in the store. */
  tokenKey: Buffer;
  /** The public address of /slack/oauth_redirect, when the app lists more than one redirect URL. */
  redirectUri?: string | undefined;
}

export interface SlackAdapterConfig {
  router: Router;
  log: Logger;
  /** xoxb-…: the one workspace's token. Exactly one of `botToken` and `oauth`. */
  botToken?: string | undefined;
  /** Installed by any workspace through OAuth (needs `store`): each request and digest uses its workspace's token. */
  oauth?: SlackOAuthSettings | undefined;
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

/** OAuth when configured: the installer, over the store, sealing with SLACK_TOKEN_KEY. */
function oauthFor(cfg: SlackAdapterConfig): SlackOAuth | undefined {
  const { oauth, store } = cfg;
  if (oauth === undefined) return undefined;
  if (store === undefined) throw new Error('installing into workspaces (SLACK_CLIENT_ID) needs the database');
  if (cfg.appToken !== undefined)
    throw new Error('SLACK_CLIENT_ID works in HTTP mode: unset SLACK_APP_TOKEN');
  return createSlackOAuth({
    ...oauth,
    store: createInstallationStore(
      store,
      createSecretBox(oauth.tokenKey),
      cfg.log.child({ platform: 'slack' }),
    ),
    apiUrl: apiBase(cfg.apiUrl),
    log: cfg.log,
  });
}

function createApp(
  cfg: SlackAdapterConfig,
  oauth: SlackOAuth | undefined,
  receiver: SlackHttpReceiver | undefined,
): App {
  const { appToken, signingSecret } = cfg;
  let mode: AppOptions;
  if (appToken !== undefined) mode = { socketMode: true, appToken };
  else if (signingSecret !== undefined && receiver !== undefined) mode = { receiver };
  else
    throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  if ((cfg.botToken === undefined) === (oauth === undefined))
    throw new Error('set exactly one of SLACK_BOT_TOKEN (one workspace) and SLACK_CLIENT_ID (any workspace)');
  const apiUrl = apiBase(cfg.apiUrl);
  return new App({
    ...(oauth ? { authorize: oauth.authorize } : { token: cfg.botToken }),
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

/** A workspace's bot token: the one token, or its installation's. */
function tokenResolver(cfg: SlackAdapterConfig, oauth: SlackOAuth | undefined): TokenFor {
  const { botToken } = cfg;
  if (oauth === undefined) return async () => botToken ?? null;
  return async (workspaceId) => (workspaceId === null ? null : oauth.store.botToken(workspaceId));
}

/** How long stop() lets answers already being written finish. */
const DRAIN_MS = 3_500;

/** HTTP mode's receiver (receiver.ts), unless Socket Mode is configured. */
function receiverFor(cfg: SlackAdapterConfig, oauth: SlackOAuth | undefined): SlackHttpReceiver | undefined {
  if (cfg.appToken !== undefined || cfg.signingSecret === undefined) return undefined;
  return new SlackHttpReceiver({
    signingSecret: cfg.signingSecret,
    path: SLACK_EVENTS_PATH,
    log: cfg.log,
    ...(oauth ? { routes: oauth.handle } : {}),
  });
}

/** What Bolt's `authorize` gives a slash command: the one bot token, or the workspace installation's. */
function commandAuthorize(cfg: SlackAdapterConfig, oauth: SlackOAuth | undefined): CommandAuthorize {
  const { botToken } = cfg;
  if (oauth === undefined) return async () => botToken;
  return async (teamId, userId, channelId) =>
    (
      await oauth.authorize({
        teamId,
        enterpriseId: undefined,
        userId,
        conversationId: channelId,
        isEnterpriseInstall: false,
      })
    ).botToken;
}

export function createSlackAdapter(cfg: SlackAdapterConfig): SlackAdapter {
  const oauth = oauthFor(cfg);
  const receiver = receiverFor(cfg, oauth);
  const app = createApp(cfg, oauth, receiver);
  const inFlight = createInFlight();
  let running = false;
  const health = createApiHealth({
    probe: probeFor(cfg, cfg.botToken),
    log: cfg.log.child({ platform: 'slack' }),
    ...(cfg.apiProbeIntervalMs !== undefined ? { intervalMs: cfg.apiProbeIntervalMs } : {}),
    ...(cfg.apiProbeRetryMs !== undefined ? { retryMs: cfg.apiProbeRetryMs } : {}),
  });
  const direct = wire(app, cfg, {
    inFlight,
    accepting: () => running,
    health,
    ...(receiver ? { authorize: commandAuthorize(cfg, oauth) } : {}),
  });
  if (receiver && direct) receiver.handleDirectly(direct);
  const socket = cfg.appToken !== undefined;
  let server: Server | undefined;
  const up = (isUp: boolean) => cfg.metrics?.adapterUp('slack', isUp);

  return {
    publisher: publisherFor(cfg, tokenResolver(cfg, oauth), (code) => countError(cfg, code, health)),
    isUp: () => running && health.isUp(),
    async start() {
      try {
        await oauth?.store.checkKey();
      } catch (err) {
        throw new Error(
          `SLACK_TOKEN_KEY does not open the Slack installations stored in the database (${(err as Error).message}); set the key they were saved with`,
        );
      }
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
  if (config.SLACK_BOT_TOKEN === undefined && config.SLACK_CLIENT_ID === undefined)
    throw new Error('SLACK_BOT_TOKEN is not set');
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
    oauth: oauthSettings(config),
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    port: config.SLACK_PORT,
    apiUrl: config.SLACK_API_URL,
  };
}

/** SLACK_CLIENT_ID and the rest, when set (parseConfig has checked that they come together and the key's length). */
function oauthSettings(config: Config): SlackOAuthSettings | undefined {
  const { SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, SLACK_TOKEN_KEY } = config;
  if (!SLACK_CLIENT_ID || !SLACK_CLIENT_SECRET || !SLACK_STATE_SECRET || !SLACK_TOKEN_KEY) return undefined;
  return {
    clientId: SLACK_CLIENT_ID,
    clientSecret: SLACK_CLIENT_SECRET,
    stateSecret: SLACK_STATE_SECRET,
    tokenKey: parseKey(SLACK_TOKEN_KEY),
    redirectUri: config.SLACK_REDIRECT_URI,
  };
}
