/**
 * Composition root: the only place that reads process.env. Parses the config once, loads the knowledge,
 * and starts every adapter whose variables are set; with none set, opens the console chat.
 */
import { existsSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, discordEnabled, parseConfig, slackEnabled } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createAnswerService } from '../src/ops/answer-service.ts';
import { createConsoleAdapter } from './console/console-adapter.ts';
import { guardProcess } from './crash-guard.ts';
import { createRuntime, type PlatformName, publisherOf } from './runtime.ts';

if (existsSync('.env')) loadDotenv({ path: '.env', quiet: true });

/** The advisory lock key of the Discord gateway leader ('disc'). */
const DISCORD_GATEWAY_LOCK = 0x64697363;

/** After shutdown, nothing left holding the event loop (an open stdin, a library's socket) keeps us alive. */
const EXIT_AFTER_MS = 200;
/** Under systemd's TimeoutStopSec=10: if shutdown itself hangs, exit anyway. */
const HARD_STOP_MS = 9_000;

/** Resolves with the first SIGINT/SIGTERM; a second one while stopping exits at once. */
function stopSignal(log: { warn(obj: object, msg: string): void }): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) {
        log.warn({ signal }, 'second signal while stopping: exiting now');
        process.exit(1);
      }
      received = true;
      setTimeout(() => {
        log.warn({ signal, afterMs: HARD_STOP_MS }, 'shutdown did not finish in time: exiting');
        process.exit(0);
      }, HARD_STOP_MS).unref();
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** The password in a postgres:// URL, redacted from logs like the tokens. */
function databasePassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`plenary: ${err.message}. See .env.example.`);
      return 2;
    }
    throw err;
  }
  const secrets = [
    config.SLACK_BOT_TOKEN,
    config.SLACK_APP_TOKEN,
    config.SLACK_SIGNING_SECRET,
    config.SLACK_CLIENT_SECRET,
    config.SLACK_STATE_SECRET,
    config.SLACK_TOKEN_KEY,
    config.DISCORD_TOKEN,
    config.DATABASE_URL,
    databasePassword(config.DATABASE_URL),
  ];
  const log = createLogger({
    level: config.LOG_LEVEL,
    pretty: process.stderr.isTTY === true,
    secrets: secrets.filter((s): s is string => s !== undefined),
  });
  // The knowledge, router and chart modules load while the console already shows its prompt.
  const coreReady = import('./core.ts').then(({ createCore }) =>
    createCore({
      maxChars: config.MAX_QUESTION_CHARS,
      databasePath: config.DATABASE_PATH,
      chartCacheMaxFiles: config.CHART_CACHE_MAX_FILES,
      answerCacheEntries: config.ANSWER_CACHE_ENTRIES,
      onChartPrune: (report) => {
        const problem = report.error !== undefined || report.failed > 0;
        const level = problem ? 'warn' : report.removed + report.leftovers > 0 ? 'info' : 'debug';
        log[level]({ ...report, maxFiles: config.CHART_CACHE_MAX_FILES }, 'chart cache pruned');
      },
    }),
  );
  const platforms: PlatformName[] = [];
  if (slackEnabled(config)) platforms.push('slack');
  if (discordEnabled(config)) platforms.push('discord');
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const chat =
    platforms.length === 0
      ? createConsoleAdapter({
          router: coreReady.then((c) => c.router),
          input: process.stdin,
          output: process.stdout,
          interactive,
        })
      : null;
  const chatDone = chat?.run().then(() => 'end of input' as const);
  const { knowledge, router, charts } = await coreReady;
  // Trims the picture folder left by earlier runs in the background: nothing waits for it.
  void charts.prune();
  const runtime = createRuntime({ config, log, knowledge, enabled: platforms });
  // One answer service for every platform: rate limits per user and channel within a workspace, metrics.
  const service = createAnswerService({
    router,
    limiter: await runtime.rateLimiter(),
    metrics: runtime.metrics,
  });
  const stopped = stopSignal(log);
  await runtime.startHealth();
  if (chatDone) {
    log.debug({ version: knowledge.version }, 'no platform tokens set: console chat');
    const reason = await Promise.race([chatDone, stopped]);
    if (reason !== 'end of input') log.info({ signal: reason }, 'stopping');
    await runtime.shutdown.run(reason);
    return 0;
  }
  // Platform libraries load only when their platform is enabled: a config error or the console starts in
  // half the time.
  if (slackEnabled(config)) {
    const { createSlackAdapter, slackAdapterConfig } = await import('./slack/slack-adapter.ts');
    // `/votes digest` reads and writes subscriptions; the one store is closed after the adapters and scheduler.
    const store = await runtime.openStore();
    const slack = createSlackAdapter(
      slackAdapterConfig(config, router, log, { store, service, metrics: runtime.metrics }),
    );
    await slack.start();
    runtime.adapterStarted({
      name: 'slack',
      stop: () => slack.stop(),
      isUp: () => slack.isUp(),
      publisher: publisherOf(slack),
    });
  }
  // A platform that refuses us for good while running (Discord's 4004: bad token) ends the process with exit 2.
  let onFatal: (err: Error) => void = () => {};
  const fatal = new Promise<Error>((resolve) => {
    onFatal = resolve;
  });
  if (discordEnabled(config) && config.DISCORD_TOKEN) {
    const startDiscord = async (): Promise<Error | null> => {
      const { createDiscordAdapter, discordAdapterConfig } = await import('./discord/discord-adapter.ts');
      const discord = createDiscordAdapter(
        discordAdapterConfig(config, router, log, {
          store: await runtime.openStore(),
          service,
          metrics: runtime.metrics,
          onFatal,
        }),
      );
      const refused = await discord.start().then(
        () => null,
        (err: unknown) => {
          if ((err as Error).name === 'GatewayFatalError') return err as Error;
          throw err;
        },
      );
      if (refused) return refused;
      runtime.adapterStarted({
        name: 'discord',
        stop: () => discord.stop(),
        isUp: () => discord.isUp(),
        publisher: publisherOf(discord),
      });
      return null;
    };
    // Interactions over HTTP: every instance answers /votes (Discord then sends none over the gateway).
    if (config.DISCORD_PUBLIC_KEY !== undefined) {
      const { startHttpInteractions } = await import('./discord/http-mode.ts');
      const endpoint = await startHttpInteractions(config, router, log, {
        store: await runtime.openStore(),
        service,
        metrics: runtime.metrics,
      });
      runtime.shutdown.onClose('discord interactions endpoint', () => endpoint.stop());
    }
    // Every gateway session receives every mention: with instances sharing Postgres, one of them holds the
    // gateway (an advisory lock), the others stand by and take over within seconds when it dies.
    if (config.DATABASE_URL)
      runtime.whenLeader(
        'discord',
        DISCORD_GATEWAY_LOCK,
        async () => {
          const refused = await startDiscord();
          if (refused) onFatal(refused);
        },
        (err) => {
          log.error(
            { err: err.message },
            'discord: gateway lost or not started; stopping so another instance takes over',
          );
          void runtime.shutdown.run('gateway lock lost').then(() => process.exit(1));
        },
      );
    else {
      const refused = await startDiscord();
      if (refused) return exitFatal(refused, runtime);
    }
  }
  await runtime.startDigests();
  // From here on one request's escaped error is logged, not fatal; a failure above still exits 1.
  guardProcess(log);
  const reason = await Promise.race([stopped, fatal]);
  if (reason instanceof Error) return exitFatal(reason, runtime);
  log.info({ signal: reason }, 'stopping');
  await runtime.shutdown.run(reason);
  return 0;
}

/** A setting the platform refuses (the adapter has logged it): stop cleanly, exit 2 (systemd does not restart). */
async function exitFatal(err: Error, runtime: ReturnType<typeof createRuntime>): Promise<number> {
  console.error(`plenary: ${err.message}`);
  await runtime.shutdown.run('fatal');
  return 2;
}

main().then(
  (code) => {
    process.exitCode = code;
    // Output still queued on a slow pipe is written first.
    setTimeout(() => process.stdout.write('', () => process.exit(code)), EXIT_AFTER_MS).unref();
  },
  (err: unknown) => {
    console.error(`plenary: failed to start: ${(err as Error).message}`);
    process.exit(1);
  },
);
