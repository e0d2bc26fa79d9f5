/**
 * The /votes slash command: its definition (registered by register.ts) and, for each subcommand, the question it
 * asks the router and its autocomplete. Adding a subcommand (digest, map) means appending one VotesSubcommand to
 * the list passed to buildVotesCommand and to createDiscordAdapter: see `extraSubcommands` below.
 */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  type ChatInputCommandInteraction,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
  type SlashCommandSubcommandGroupBuilder,
} from 'discord.js';
import type { Answer } from '../../src/answer.ts';
import type { Knowledge } from '../../src/knowledge/model.ts';
import type { ServiceReply } from '../../src/ops/answer-service.ts';
import { deepFreeze } from '../../src/render-memo.ts';
import { type Choice, countryChoices, resolveCountry, speakerChoices, voteChoices } from './autocomplete.ts';
import { type DigestSetup, digestSubcommand } from './digest-command.ts';
import { CHOICES_MAX } from './limits.ts';
import { localizeCommand } from './locales.ts';
import { mapSubcommand } from './map-command.ts';
import { DISCORD_MESSAGES as M, slowDownAnswer } from './messages.ts';

export { voteChoices } from './autocomplete.ts';

export const COMMAND_NAME = 'votes';
/** The message context-menu command: checks what a message says. */
export const FACT_CHECK_COMMAND = 'Fact-check with Plenary';
/** The option that answers in the open instead of privately. */
export const PUBLIC_OPTION = 'public';

/** Where the commands may be used: servers, the bot's DM, and (installed to a user's account) any DM or group DM. */
export const COMMAND_CONTEXTS = [
  InteractionContextType.Guild,
  InteractionContextType.BotDM,
  InteractionContextType.PrivateChannel,
];
/** Installed to a server, or to a user's account. */
export const INTEGRATION_TYPES = [
  ApplicationIntegrationType.GuildInstall,
  ApplicationIntegrationType.UserInstall,
];

/** `public: true` answers in the open; by default only the asker sees the answer, with a Share button. */
const PUBLIC_DESCRIPTION = 'Post the answer for everyone in the channel (default: only you see it)';

/** What a subcommand reads from the interaction's options (ChatInputCommandInteraction['options'] fits). */
export interface OptionReader {
  getString(name: string): string | null;
}

/** What the adapter lends a subcommand that answers the interaction itself. */
export interface HandlerContext {
  knowledge: Knowledge;
  /** Digest subscriptions, or null when the bot has no store. */
  digest: DigestSetup | null;
  /** Sends a question through the AnswerService (rate limits, metrics) for this interaction's user and channel. */
  ask(interaction: ChatInputCommandInteraction, question: string): Promise<ServiceReply>;
  /** Answers the interaction (replies, or edits a deferred reply), pictures attached, long answers followed up. */
  reply(
    interaction: ChatInputCommandInteraction,
    answer: Answer,
    opts?: { ephemeral?: boolean; followUp?: boolean },
  ): Promise<void>;
  /** Runs `work` (a store call, say); on a throw logs it once with the interaction's context and returns undefined. */
  safely<T>(interaction: ChatInputCommandInteraction, work: () => T | Promise<T>): Promise<T | undefined>;
}

export interface VotesSubcommand {
  name: string;
  /** Registers a subcommand (`/votes map`). */
  define?(sub: SlashCommandSubcommandBuilder, knowledge: Knowledge): SlashCommandSubcommandBuilder;
  /** Registers a subcommand group instead (`/votes digest subscribe`). */
  defineGroup?(
    group: SlashCommandSubcommandGroupBuilder,
    knowledge: Knowledge,
  ): SlashCommandSubcommandGroupBuilder;
  /** The question this use of the subcommand asks the router. */
  toQuestion?(options: OptionReader, knowledge: Knowledge): string;
  /** Subcommands that do more than ask the router (digest, map) answer the interaction themselves. */
  handle?(interaction: ChatInputCommandInteraction, ctx: HandlerContext): Promise<void>;
  autocomplete?(option: string, typed: string, knowledge: Knowledge): Choice[];
  /** Only the user who ran it sees the answer. */
  ephemeral?: boolean;
  /** Private by default with a Share button; `public: true` answers in the open (the question subcommands). */
  privateByDefault?: boolean;
  /** Needs the app installed in the server (digests post there later): a user install gets a clear reply. */
  serverOnly?: boolean;
}

const ask: VotesSubcommand = {
  name: 'ask',
  define: (s) =>
    s
      .setName('ask')
      .setDescription('Ask anything about the 24 February 2025 UN votes on Ukraine')
      .addStringOption((o) =>
        o
          .setName('question')
          .setDescription('For example: how did Brazil vote on A/RES/ES-11/8?')
          .setRequired(true)
          .setMaxLength(500),
      )
      .addBooleanOption((o) => o.setName(PUBLIC_OPTION).setDescription(PUBLIC_DESCRIPTION)),
  toQuestion: (o) => o.getString('question') ?? 'help',
  privateByDefault: true,
};

const country: VotesSubcommand = {
  name: 'country',
  define: (s) =>
    s
      .setName('country')
      .setDescription('How a UN member voted on each resolution and amendment')
      .addStringOption((o) =>
        o
          .setName('name')
          .setDescription('A UN member, e.g. Germany, USA, Côte d’Ivoire')
          .setRequired(true)
          .setAutocomplete(true),
      )
      .addBooleanOption((o) => o.setName(PUBLIC_OPTION).setDescription(PUBLIC_DESCRIPTION)),
  privateByDefault: true,
  toQuestion: (o, k) => {
    const typed = o.getString('name') ?? '';
    return `how did ${resolveCountry(k, typed) ?? typed} vote?`;
  },
  autocomplete: (_option, typed, k) => countryChoices(k, typed),
};

const resolution: VotesSubcommand = {
  name: 'resolution',
  define: (s, k) =>
    s
      .setName('resolution')
      .setDescription('A resolution, amendment or motion: tally, lists and sources')
      .addStringOption((o) => {
        o.setName('which').setDescription('The vote').setRequired(true);
        const choices = voteChoices(k);
        // Discord allows 25 fixed choices; past that the same list is offered through autocomplete.
        return choices.length <= CHOICES_MAX ? o.addChoices(...choices) : o.setAutocomplete(true);
      })
      .addBooleanOption((o) => o.setName(PUBLIC_OPTION).setDescription(PUBLIC_DESCRIPTION)),
  privateByDefault: true,
  toQuestion: (o, k) => {
    const which = o.getString('which') ?? '';
    return `tell me about ${k.voteById.get(which)?.symbol ?? which}`;
  },
  autocomplete: (_option, typed, k) => {
    const t = typed.toLowerCase();
    return voteChoices(k)
      .filter((c) => c.name.toLowerCase().includes(t))
      .slice(0, CHOICES_MAX);
  },
};

const quote: VotesSubcommand = {
  name: 'quote',
  define: (s) =>
    s
      .setName('quote')
      .setDescription('What a speaker said, verbatim and sourced')
      .addStringOption((o) =>
        o
          .setName('speaker')
          .setDescription('A speaker or a country, e.g. Dorothy Shea')
          .setRequired(true)
          .setAutocomplete(true),
      )
      .addBooleanOption((o) => o.setName(PUBLIC_OPTION).setDescription(PUBLIC_DESCRIPTION)),
  privateByDefault: true,
  toQuestion: (o) => `what did ${o.getString('speaker') ?? ''} say?`,
  autocomplete: (_option, typed, k) => speakerChoices(k, typed),
};

const help: VotesSubcommand = {
  name: 'help',
  define: (s) =>
    s.setName('help').setDescription('What Plenary knows and example questions (only you see it)'),
  toQuestion: () => 'help',
  ephemeral: true,
  // The router's help, then the Discord commands (the router knows no platform).
  async handle(i, ctx) {
    const reply = await ctx.ask(i, 'help');
    if (reply.type === 'silent') return ctx.reply(i, slowDownAnswer(reply.retryAfterMs), { ephemeral: true });
    await ctx.reply(i, withDiscordCommands(reply), { ephemeral: true });
  },
};

/** `/votes help`, which direct-command.ts also answers (the same way: withDiscordCommands). */
export const HELP_SUBCOMMAND: VotesSubcommand = help;

/**
 * The help made from a cached (frozen) router answer, kept and frozen beside it, so that its rendered messages are
 * kept too (render.ts keeps them for frozen answers only; a help built anew each time was rendered each time).
 */
const helpOf = new WeakMap<Answer, Answer>();

/** The router's help with the Discord commands after it (a notice over the rate limit as it is). */
export function withDiscordCommands(reply: Exclude<ServiceReply, { type: 'silent' }>): Answer {
  if (reply.type !== 'answer') return reply.answer;
  if (!Object.isFrozen(reply.answer)) return withCommands(reply.answer);
  let kept = helpOf.get(reply.answer);
  if (!kept) {
    kept = deepFreeze(withCommands(reply.answer));
    helpOf.set(reply.answer, kept);
  }
  return kept;
}

function withCommands(answer: Answer): Answer {
  return {
    ...answer,
    blocks: [
      ...answer.blocks,
      { type: 'paragraph' as const, text: M.helpCommandsTitle },
      { type: 'bullets' as const, items: [...M.helpCommands] },
    ],
  };
}

/** The built-in subcommands, in the order Discord shows them. */
export const BUILTIN_SUBCOMMANDS: readonly VotesSubcommand[] = [
  ask,
  country,
  resolution,
  quote,
  mapSubcommand,
  digestSubcommand,
  help,
];

/**
 * Built-in subcommands plus any a later feature adds: pass them here and to createDiscordAdapter's
 * `extraSubcommands` so registration and handling agree.
 */
export function votesSubcommands(extraSubcommands: readonly VotesSubcommand[] = []): VotesSubcommand[] {
  return [...BUILTIN_SUBCOMMANDS, ...extraSubcommands];
}

/** The registration payload of /votes. The builders reject names and descriptions beyond Discord's limits. */
export function buildVotesCommand(
  knowledge: Knowledge,
  subcommands: readonly VotesSubcommand[] = BUILTIN_SUBCOMMANDS,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription('Cited answers about the UN votes on Ukraine of 24 February 2025')
    .setContexts(...COMMAND_CONTEXTS)
    .setIntegrationTypes(...INTEGRATION_TYPES);
  for (const sub of subcommands) {
    const { define, defineGroup } = sub;
    if (defineGroup) builder.addSubcommandGroup((g) => defineGroup(g, knowledge));
    else if (define) builder.addSubcommand((s) => define(s, knowledge));
  }
  return localizeCommand(builder.toJSON());
}

/** "Fact-check with Plenary" on any message (Apps menu): the same contexts and installs as /votes. */
export function buildFactCheckCommand(): RESTPostAPIApplicationCommandsJSONBody {
  const builder = new ContextMenuCommandBuilder()
    .setName(FACT_CHECK_COMMAND)
    .setType(ApplicationCommandType.Message)
    .setContexts(...COMMAND_CONTEXTS)
    .setIntegrationTypes(...INTEGRATION_TYPES);
  return localizeCommand(builder.toJSON());
}

/** Every application command Plenary registers. */
export const buildCommands = (
  knowledge: Knowledge,
  subcommands: readonly VotesSubcommand[] = BUILTIN_SUBCOMMANDS,
): RESTPostAPIApplicationCommandsJSONBody[] => [
  buildVotesCommand(knowledge, subcommands),
  buildFactCheckCommand(),
];

/** The router question for one use of /votes, or null when the subcommand is unknown or answers by itself. */
export function questionFromCommand(
  subcommand: string,
  options: OptionReader,
  knowledge: Knowledge,
  subcommands: readonly VotesSubcommand[] = BUILTIN_SUBCOMMANDS,
): string | null {
  const spec = subcommands.find((s) => s.name === subcommand);
  return spec?.toQuestion ? spec.toQuestion(options, knowledge) : null;
}
