/**
 * `npm run discord:register`: puts the /votes command on one guild (DISCORD_GUILD_ID, instant) or globally.
 * A PUT replaces the whole command list, so running it again changes nothing. A CLI entry point: it reads
 * process.env through parseConfig, like adapters/main.ts.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { type Config, ConfigError, parseConfig } from '../../src/config.ts';
import type { Knowledge } from '../../src/knowledge/model.ts';
import { buildCommands, type VotesSubcommand, votesSubcommands } from './commands.ts';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  guildId?: string | undefined;
  apiUrl?: string | undefined;
  extraSubcommands?: readonly VotesSubcommand[];
}

/** PUTs every command; resolves with the route used and how many commands Discord now holds. */
export async function registerCommands(
  knowledge: Knowledge,
  opts: RegisterOptions,
): Promise<{ route: string; count: number }> {
  const rest = new REST(opts.apiUrl ? { api: opts.apiUrl } : {}).setToken(opts.token);
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId)
    : Routes.applicationCommands(opts.applicationId);
  const body = buildCommands(knowledge, votesSubcommands(opts.extraSubcommands));
  const result = (await rest.put(route, { body })) as unknown[];
  return { route, count: result.length };
}

async function main(): Promise<number> {
  if (existsSync('.env')) loadDotenv({ path: '.env', quiet: true });
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`discord:register: ${err.message}. See .env.example.`);
      return 2;
    }
    throw err;
  }
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    console.error('discord:register: set DISCORD_TOKEN and DISCORD_APPLICATION_ID. See .env.example.');
    return 2;
  }
  const { loadKnowledge } = await import('../../src/knowledge/load.ts');
  const { route, count } = await registerCommands(loadKnowledge(), {
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
  });
  const where = config.DISCORD_GUILD_ID ? `guild ${config.DISCORD_GUILD_ID}` : 'all guilds (global)';
  console.log(`discord:register: ${count} command(s) registered for ${where} (PUT ${route})`);
  return 0;
}

const isEntryPoint =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntryPoint) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`discord:register: failed: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
