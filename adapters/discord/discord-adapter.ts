/**
 * discord.js wiring: a Client with the three intents Plenary needs (no privileged ones: mentions and DMs carry
 * their content without MessageContent), /votes interactions and autocomplete, mentions and DMs. Translation lives
 * in commands.ts, to-question.ts and render.ts; this file only moves payloads and logs what the connection does.
 * discord.js resumes or re-identifies after gateway drops and retries REST 429s; both are logged here.
 */
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type Message,
  MessageFlags,
  type MessageReplyOptions,
  Partials,
  RESTEvents,
} from 'discord.js';
import type { Answer } from '../../src/answer.ts';
import type { Logger } from '../../src/logger.ts';
import type { Router } from '../../src/router/router.ts';
import { COMMAND_NAME, type VotesSubcommand, votesSubcommands } from './commands.ts';
import { type DiscordMessage, EPHEMERAL_FLAG, renderAnswer } from './render.ts';
import { questionFromMessage } from './to-question.ts';

export interface DiscordAdapterConfig {
  token: string;
  router: Router;
  log: Logger;
  /** Replaces the REST base URL (DISCORD_API_URL); the gateway URL then comes from its `/gateway/bot`. */
  apiUrl?: string | undefined;
  /** Subcommands added by other parts of Plenary (digest, map); see commands.ts. */
  extraSubcommands?: readonly VotesSubcommand[];
}

export interface DiscordAdapter {
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
  readonly client: Client;
}

export const DISCORD_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

const SORRY = 'Sorry, something went wrong while answering. Please try again in a moment.';

function errorAnswer(code: string): Answer {
  return {
    kind: 'error',
    code,
    intent: 'error',
    confidence: 1,
    summary: SORRY,
    blocks: [],
    citations: [],
    positions: [],
    tallies: [],
    quotes: [],
    suggestions: [],
  };
}

const files = (m: DiscordMessage) =>
  (m.files ?? []).map((f) => ({ attachment: f.path, name: f.name, description: f.description }));

/** The fields every kind of send shares; discord.js writes them as `allowed_mentions: {parse: [], replied_user: false}`. */
const common = (m: DiscordMessage) => ({
  embeds: m.embeds,
  allowedMentions: { parse: [], repliedUser: false },
  ...(m.files && m.files.length > 0 ? { files: files(m) } : {}),
  ...(m.content ? { content: m.content } : {}),
});

const toEditOptions = (m: DiscordMessage): InteractionEditReplyOptions => common(m);

const toReplyOptions = (m: DiscordMessage): InteractionReplyOptions =>
  (m.flags ?? 0) & EPHEMERAL_FLAG ? { ...common(m), flags: MessageFlags.Ephemeral } : common(m);

const toMessageOptions = (m: DiscordMessage): MessageReplyOptions => ({
  ...common(m),
  failIfNotExists: false,
});

/** Interaction and webhook tokens are credentials for 15 minutes: keep them out of logs. */
export const redactTokens = (text: string): string =>
  text.replace(/\/(interactions|webhooks)\/(\d+)\/[^/\s?]+/g, '/$1/$2/[token]');

/** What is safe and useful to log about a failure (discord.js errors carry request URLs and bodies). */
function errorInfo(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: redactTokens(String(err)) };
  const { code, status } = err as { code?: unknown; status?: unknown };
  return { name: err.name, message: redactTokens(err.message), code, status };
}

interface RetryingShard {
  internalConnect: () => Promise<void>;
}

/** The @discordjs/ws shards behind a discord.js Client (private fields; empty if their shape ever changes). */
function gatewayShards(client: Client): RetryingShard[] {
  const ws = (client.ws as unknown as { _ws?: { strategy?: { shards?: Map<number, RetryingShard> } } })._ws;
  const shards = ws?.strategy?.shards;
  return shards instanceof Map
    ? [...shards.values()].filter((s) => typeof s.internalConnect === 'function')
    : [];
}

export function createDiscordAdapter(config: DiscordAdapterConfig): DiscordAdapter {
  const { router, log } = config;
  const knowledge = router.knowledge;
  const subcommands = votesSubcommands(config.extraSubcommands);
  const options: ClientOptions = {
    intents: DISCORD_INTENTS,
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  };
  const client = new Client(options);
  let stopping = false;

  const ask = (question: string, ephemeral = false): DiscordMessage[] =>
    renderAnswer(router.ask(question, { platform: 'discord' }), { ephemeral });

  async function answerInteraction(
    i: ChatInputCommandInteraction,
    messages: DiscordMessage[],
  ): Promise<void> {
    const [first, ...rest] = messages;
    if (!first) return;
    // The router answers in-process in milliseconds, well inside the 3-second deadline; uploads may not be.
    if ((first.files ?? []).length > 0) {
      await i.deferReply((first.flags ?? 0) & EPHEMERAL_FLAG ? { flags: MessageFlags.Ephemeral } : {});
      await i.editReply(toEditOptions(first));
    } else await i.reply(toReplyOptions(first));
    for (const m of rest) await i.followUp(toReplyOptions(m));
  }

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    if (i.commandName !== COMMAND_NAME) return;
    const name = i.options.getSubcommand(false);
    const spec = subcommands.find((s) => s.name === name);
    log.debug({ subcommand: name, user: i.user.id, guild: i.guildId }, 'discord: /votes');
    if (spec?.handle) return spec.handle(i);
    const question = spec?.toQuestion?.(i.options, knowledge) ?? 'help';
    await answerInteraction(i, ask(question, spec?.ephemeral ?? false));
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const spec = subcommands.find((s) => s.name === i.options.getSubcommand(false));
    const focused = i.options.getFocused(true);
    await i.respond(spec?.autocomplete?.(focused.name, String(focused.value), knowledge) ?? []);
  }

  async function onInteraction(i: Interaction): Promise<void> {
    try {
      if (i.isAutocomplete()) await onAutocomplete(i);
      else if (i.isChatInputCommand()) await onCommand(i);
    } catch (err) {
      log.error({ error: errorInfo(err), interaction: i.id }, 'discord: interaction failed');
      if (i.isChatInputCommand() && !i.replied && !i.deferred)
        await i
          .reply(toReplyOptions(renderAnswer(errorAnswer('discord_interaction'), { ephemeral: true })[0]!))
          .catch(() => undefined);
    }
  }

  async function onMessage(m: Message): Promise<void> {
    const botId = client.user?.id;
    if (!botId) return;
    const question = questionFromMessage(
      { content: m.content, authorId: m.author.id, authorIsBot: m.author.bot, inGuild: m.inGuild() },
      botId,
    );
    if (question === null) return;
    log.debug({ user: m.author.id, channel: m.channelId, dm: !m.inGuild() }, 'discord: question');
    try {
      for (const payload of ask(question)) await m.reply(toMessageOptions(payload));
    } catch (err) {
      log.error({ error: errorInfo(err), message: m.id }, 'discord: reply failed');
    }
  }

  client.on(Events.InteractionCreate, (i) => void onInteraction(i));
  client.on(Events.MessageCreate, (m) => void onMessage(m));
  client.on(Events.ShardDisconnect, (e, shard) =>
    log.warn({ shard, code: e.code }, 'discord: gateway closed'),
  );
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) log.warn({ shard }, 'discord: gateway reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) =>
    log.info({ shard, replayed }, 'discord: gateway resumed'),
  );
  client.on(Events.ShardReady, (shard) => log.info({ shard }, 'discord: gateway session ready'));
  client.on(Events.ShardError, (err, shard) =>
    log.error({ error: errorInfo(err), shard }, 'discord: gateway error'),
  );
  client.on(Events.Error, (err) => log.error({ error: errorInfo(err) }, 'discord: client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord: warning'));
  client.on(Events.Debug, (message) => log.trace({ message: redactTokens(message) }, 'discord: debug'));
  // discord.js retries an unexpected 429 after Retry-After and says so only in its REST debug channel (listening
  // to every response instead would clone each one).
  client.rest.on(RESTEvents.Debug, (message) => {
    if (message.includes('429'))
      log.warn({ detail: redactTokens(message) }, 'discord: rate limited (429), retrying');
  });
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn(
      {
        route: redactTokens(info.route),
        method: info.method,
        retryAfterMs: info.retryAfter,
        global: info.global,
      },
      'discord: rate limited, waiting',
    ),
  );

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
      log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: ready');
    },
    async stop() {
      stopping = true;
      const shards = gatewayShards(client);
      await client.destroy();
      // @discordjs/ws 1.2.3: a shard destroyed while it waits to retry an unreachable gateway retries anyway, forever,
      // which keeps the process alive after SIGTERM. Its pending retry calls internalConnect: make that a no-op.
      for (const shard of shards) shard.internalConnect = async () => undefined;
    },
  };
}
