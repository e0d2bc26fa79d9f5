/**
 * Composition root: the only place that reads process.env. Parses the config once, loads the knowledge,
 * and starts every adapter whose variables are set; with none set, opens the console chat.
 */
import { existsSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, discordEnabled, parseConfig, slackEnabled } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createConsoleAdapter } from './console/console-adapter.ts';
import { createCore } from './core.ts';
import { createDiscordAdapter } from './discord/discord-adapter.ts';
import { createSlackAdapter, slackAdapterConfig } from './slack/slack-adapter.ts';

if (existsSync('.env')) loadDotenv({ path: '.env', quiet: true });

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
    config.DISCORD_TOKEN,
  ];
  const log = createLogger({
    level: config.LOG_LEVEL,
    pretty: process.stderr.isTTY === true,
    secrets: secrets.filter((s): s is string => s !== undefined),
  });
  const { knowledge, router } = createCore({
    maxChars: config.MAX_QUESTION_CHARS,
    databasePath: config.DATABASE_PATH,
  });

  const platforms: string[] = [];
  if (slackEnabled(config)) platforms.push('slack');
  if (discordEnabled(config)) platforms.push('discord');
  if (platforms.length === 0) {
    log.debug({ version: knowledge.version }, 'no platform tokens set: console chat');
    const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
    await createConsoleAdapter({ router, input: process.stdin, output: process.stdout, interactive }).run();
    return 0;
  }
  const running: { name: string; stop(): Promise<void> }[] = [];
  if (slackEnabled(config)) {
    const slack = createSlackAdapter(slackAdapterConfig(config, router, log));
    await slack.start();
    running.push({ name: 'slack', stop: () => slack.stop() });
  }
  if (discordEnabled(config) && config.DISCORD_TOKEN) {
    const discord = createDiscordAdapter({
      token: config.DISCORD_TOKEN,
      apiUrl: config.DISCORD_API_URL,
      router,
      log,
    });
    await discord.start();
    running.push({ name: 'discord', stop: () => discord.stop() });
  }
  if (running.length === 0) {
    log.error({ platforms }, 'platform adapters are not wired yet');
    return 1;
  }
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log.info({ signal }, 'stopping');
  const results = await Promise.allSettled(running.map((a) => a.stop()));
  results.forEach((r, i) => {
    if (r.status === 'rejected')
      log.error({ err: r.reason, adapter: running[i]?.name }, 'adapter did not stop cleanly');
  });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`plenary: failed to start: ${(err as Error).message}`);
    process.exit(1);
  },
);
