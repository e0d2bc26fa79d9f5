/**
 * `/votes ask | country | resolution | quote | help` received on the Interactions Endpoint URL, answered without
 * discord.js. discord.js builds an Interaction (its user, channel and options) and a MessagePayload for every
 * reply, which was most of a cached answer's CPU after the signature check and the response write (bench:roundtrip
 * with --cpu-prof). These commands read a few options and answer with one rendered message, so this reads the raw
 * interaction, asks the AnswerService as the adapter's onCommand does (same question, same language, same rate
 * limits), renders the same messages and writes the reply body discord.js would write (reply-body.ts) as the HTTP
 * response; long answers' follow-ups go to the same webhook route through the same REST client.
 *
 * Anything else goes to discord.js as before: other subcommands and interaction types, options of unexpected
 * types (discord.js would throw), an answer with pictures (a deferral, then a multipart edit), and an answer that
 * comes after the endpoint has already sent Discord a deferral (edited in; see discord-adapter.ts `viaDiscordJs`).
 */
import type { Answer } from '../../src/answer.ts';
import { type Lang, langOfLocale } from '../../src/i18n/lang.ts';
import type { Knowledge } from '../../src/knowledge/model.ts';
import type { Logger } from '../../src/logger.ts';
import type { ServiceReply } from '../../src/ops/answer-service.ts';
import {
  COMMAND_NAME,
  HELP_SUBCOMMAND,
  PUBLIC_OPTION,
  type VotesSubcommand,
  withDiscordCommands,
} from './commands.ts';
import type { Where } from './components.ts';
import { slowDownAnswer } from './messages.ts';
import { renderAnswer } from './render.ts';
import { followUpData, type MessageData, replyBody } from './reply-body.ts';

/** Discord's numbers: interaction type, command type, option types. */
const APPLICATION_COMMAND = 2;
const CHAT_INPUT = 1;
const SUB_COMMAND = 1;
const STRING = 3;
const BOOLEAN = 5;

/** A `/votes <subcommand>` interaction, read from its raw JSON. */
export interface VotesCommand {
  id: string;
  token: string;
  applicationId: string;
  guildId: string | null;
  channelId: string;
  userId: string;
  locale: string | undefined;
  subcommand: string;
  strings: ReadonlyMap<string, string>;
  booleans: ReadonlyMap<string, boolean>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The subcommand's options by type, or null when one is of a type (or shape) these commands never take. */
function readOptions(
  options: unknown,
): { strings: Map<string, string>; booleans: Map<string, boolean> } | null {
  const strings = new Map<string, string>();
  const booleans = new Map<string, boolean>();
  if (options === undefined) return { strings, booleans };
  if (!Array.isArray(options)) return null;
  for (const o of options) {
    if (!isObject(o) || typeof o.name !== 'string' || strings.has(o.name) || booleans.has(o.name))
      return null;
    if (o.type === STRING && typeof o.value === 'string') strings.set(o.name, o.value);
    else if (o.type === BOOLEAN && typeof o.value === 'boolean') booleans.set(o.name, o.value);
    else return null;
  }
  return { strings, booleans };
}

/** A `/votes <subcommand>` chat-input command with string and boolean options only, else null. */
export function readVotesCommand(raw: unknown): VotesCommand | null {
  if (!isObject(raw) || raw.type !== APPLICATION_COMMAND || !isObject(raw.data)) return null;
  const { data } = raw;
  if (data.type !== CHAT_INPUT || data.name !== COMMAND_NAME || !Array.isArray(data.options)) return null;
  const [sub, ...others] = data.options as unknown[];
  if (others.length > 0 || !isObject(sub) || sub.type !== SUB_COMMAND || typeof sub.name !== 'string')
    return null;
  const read = readOptions(sub.options);
  const user = isObject(raw.member) && isObject(raw.member.user) ? raw.member.user : raw.user;
  const id = str(raw.id);
  const token = str(raw.token);
  const applicationId = str(raw.application_id);
  const channelId = isObject(raw.channel) ? str(raw.channel.id) : undefined;
  const userId = isObject(user) ? str(user.id) : undefined;
  const guildId = raw.guild_id === undefined ? null : str(raw.guild_id);
  if (!read || !id || !token || !applicationId || !channelId || !userId || guildId === undefined) return null;
  return {
    id,
    token,
    applicationId,
    guildId,
    channelId,
    userId,
    locale: str(raw.locale),
    subcommand: sub.name,
    ...read,
  };
}

/** Where an interaction asks from, with the user's locale: as the adapter's `whereOf`. */
export type AskWhere = Where & { lang?: Lang | undefined; langIsTheUsers?: boolean };

export interface ReplyOpts {
  ephemeral: boolean;
  share: boolean;
}

export interface DirectCommandDeps {
  subcommands: readonly VotesSubcommand[];
  knowledge: Knowledge;
  log: Pick<Logger, 'debug' | 'isLevelEnabled'>;
  ask(where: AskWhere, text: string): Promise<ServiceReply>;
  /** False while stopping: the interaction then goes to discord.js, which ignores it as before. */
  accepting(): boolean;
  /** Tracks the work for stop(). */
  track(work: Promise<void>): void;
  /**
   * Answers through discord.js instead (pictures; `deferred`: Discord has had a private deferral already, so the
   * answer is edited in), then sends the follow-ups, as the adapter's answerInteraction does.
   */
  viaDiscordJs(raw: unknown, answer: Answer, opts: ReplyOpts & { deferred: boolean }): Promise<void>;
  /** POSTs a follow-up message to the interaction's webhook (`?wait=true`, as discord.js's followUp). */
  followUp(command: VotesCommand, body: MessageData): Promise<unknown>;
  /** Logs and counts a failure as the adapter's onInteraction does ('discord: interaction failed'). */
  failed(err: unknown, command: VotesCommand): void;
  /** The private apology for an error (rendered once). */
  sorry: Answer;
}

/**
 * The endpoint's hook: takes a raw interaction it can answer (and returns true), writing the first response with
 * `respond` (false when the endpoint has already sent a deferral); otherwise returns false for discord.js.
 */
export type DirectInteraction = (raw: unknown, respond: (body: string) => boolean) => boolean;

export function directVotesCommands(deps: DirectCommandDeps): DirectInteraction {
  const where = (c: VotesCommand, typed: boolean): AskWhere => ({
    guildId: c.guildId,
    channelId: c.channelId,
    userId: c.userId,
    lang: langOfLocale(c.locale),
    langIsTheUsers: !typed,
  });
  // A method, not an arrow property: under tsx each arrow property is renamed (Object.defineProperty) as it is made.
  const reader = (c: VotesCommand) => ({
    getString(name: string) {
      return c.strings.get(name) ?? null;
    },
  });

  /** The answer and how to show it: the adapter's onCommand, and help's own handler. */
  async function answerFor(c: VotesCommand, spec: VotesSubcommand): Promise<[Answer, ReplyOpts]> {
    if (spec === HELP_SUBCOMMAND) {
      const reply = await deps.ask(where(c, false), 'help');
      if (reply.type === 'silent')
        return [slowDownAnswer(reply.retryAfterMs), { ephemeral: true, share: false }];
      return [withDiscordCommands(reply), { ephemeral: true, share: false }];
    }
    const question = spec.toQuestion?.(reader(c), deps.knowledge) ?? 'help';
    const reply = await deps.ask(where(c, c.subcommand === 'ask'), question);
    if (reply.type === 'silent')
      return [slowDownAnswer(reply.retryAfterMs), { ephemeral: true, share: false }];
    const open = spec.privateByDefault === true && c.booleans.get(PUBLIC_OPTION) === true;
    const ephemeral =
      reply.type === 'limited' || spec.ephemeral === true || (spec.privateByDefault === true && !open);
    return [
      reply.answer,
      { ephemeral, share: reply.type === 'answer' && spec.privateByDefault === true && !open },
    ];
  }

  async function run(
    raw: unknown,
    c: VotesCommand,
    spec: VotesSubcommand,
    respond: (body: string) => boolean,
  ) {
    let responded = false;
    try {
      // The line the adapter's onCommand writes, its object made only when debug lines are written.
      if (deps.log.isLevelEnabled('debug'))
        deps.log.debug({ subcommand: c.subcommand, user: c.userId, guild: c.guildId }, 'discord: /votes');
      const [answer, opts] = await answerFor(c, spec);
      const [first, ...rest] = renderAnswer(answer, opts);
      if (!first) return;
      if ((first.files ?? []).length > 0 || !respond(replyBody(first))) {
        // From here discord.js answers (and sends the follow-ups); a deferral may have gone out already.
        responded = true;
        return await deps.viaDiscordJs(raw, answer, { ...opts, deferred: (first.files ?? []).length === 0 });
      }
      responded = true;
      for (const m of rest) await deps.followUp(c, followUpData(m));
    } catch (err) {
      deps.failed(err, c);
      if (responded) return;
      const sorry = renderAnswer(deps.sorry, { ephemeral: true })[0]!;
      if (!respond(replyBody(sorry)))
        await deps
          .viaDiscordJs(raw, deps.sorry, { ephemeral: true, share: false, deferred: true })
          .catch(() => undefined);
    }
  }

  return (raw, respond) => {
    const c = readVotesCommand(raw);
    if (c === null || !deps.accepting()) return false;
    const spec = deps.subcommands.find((s) => s.name === c.subcommand);
    if (!spec || spec.serverOnly || (spec.handle && spec !== HELP_SUBCOMMAND)) return false;
    deps.track(run(raw, c, spec, respond));
    return true;
  };
}
