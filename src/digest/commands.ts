/**
 * Platform-neutral digest subscription commands. Slack passes the text after `/votes digest` to
 * handleDigestCommand; Discord reads its options and calls runDigestCommand with the parsed command. Each passes
 * its DigestSyntax, so replies quote commands as that platform's users type them. Permission checks (Manage
 * Channels on Discord) stay in the adapters.
 */
import { type Answer, emptyAnswer } from '../answer.ts';
import type { Lang } from '../i18n/lang.ts';
import { looksLikeLanguage, parseLang } from '../i18n/parse-lang.ts';
import type { Knowledge } from '../knowledge/model.ts';
import type { Platform, Subscription, SubscriptionStore } from '../store/subscription-store.ts';
import { buildDigest } from './build-digest.ts';
import { digestToAnswer } from './digest-to-answer.ts';
import { type CommandMessages, commandMessages } from './messages.ts';
import type { DigestSyntax } from './syntax.ts';
import { addDays, isIsoDate, localTime, parseTimeOfDay, parseTimeZone, suggestTimeZones } from './time.ts';
import { EMPTY_DIGEST_STATE } from './types.ts';

export interface DigestCommandContext {
  platform: Platform;
  channelId: string;
  workspaceId: string | null;
  userId: string;
  /** The words after "digest": "on 09:00 Europe/Kyiv fr", "off", "status", "preview 2026-02-24", "help". */
  args: string;
  /**
   * DIGEST_DEFAULT_TIME and DIGEST_DEFAULT_TZ from the config, and the language a subscription gets when the
   * command names none (English unless the platform knows better: Discord passes the user's locale).
   */
  defaults: { time: string; tz: string; lang?: Lang };
  now: Date;
  /** How this platform's users type the commands, for the replies that quote them. */
  syntax: DigestSyntax;
}

export type DigestCommand =
  | { action: 'on'; time?: string; timeZone?: string; lang?: Lang }
  | { action: 'off' }
  | { action: 'status' }
  | { action: 'preview'; date?: string; lang?: Lang }
  | { action: 'help' };

export type ParsedCommand = { ok: true; command: DigestCommand } | { ok: false; message: string };

const ACTIONS: Record<string, DigestCommand['action']> = {
  on: 'on',
  subscribe: 'on',
  off: 'off',
  unsubscribe: 'off',
  stop: 'off',
  status: 'status',
  preview: 'preview',
  help: 'help',
};

type OnCommand = Extract<DigestCommand, { action: 'on' }>;

/** One word of `digest on`: a time, a language or a time zone, each at most once. */
function readOnWord(command: OnCommand, word: string, M: CommandMessages): string | null {
  if (/^\d/.test(word)) {
    const time = parseTimeOfDay(word);
    if (!time) return M.badTime(word);
    if (command.time) return M.extraArgs(word);
    command.time = time;
    return null;
  }
  const lang = parseLang(word);
  const zone = lang ? null : parseTimeZone(word);
  if (lang) {
    if (command.lang) return M.extraArgs(word);
    command.lang = lang;
  } else if (zone) {
    if (command.timeZone) return M.extraArgs(word);
    command.timeZone = zone;
  } else if (looksLikeLanguage(word) || (command.timeZone && !word.includes('/'))) {
    return M.unknownLanguage(word);
  } else return M.badZone(word, suggestTimeZones(word, 3));
  return null;
}

function parseOn(words: string[], M: CommandMessages): ParsedCommand {
  const command: OnCommand = { action: 'on' };
  for (const word of words) {
    const problem = readOnWord(command, word, M);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, command };
}

/** `preview [YYYY-MM-DD] [language]`, in either order. */
function parsePreview(words: string[], M: CommandMessages): ParsedCommand {
  const command: Extract<DigestCommand, { action: 'preview' }> = { action: 'preview' };
  for (const word of words) {
    const lang = parseLang(word);
    if (lang && !command.lang) command.lang = lang;
    else if (isIsoDate(word) && !command.date) command.date = word;
    else if (/^\d/.test(word) || words.length > 2) return { ok: false, message: M.badDate(words.join(' ')) };
    else if (looksLikeLanguage(word)) return { ok: false, message: M.unknownLanguage(word) };
    else return { ok: false, message: M.badDate(word) };
  }
  return { ok: true, command };
}

/** Parses the words after "digest". Never throws: bad input is a message with an example in `syntax`. */
export function parseDigestCommand(args: string, syntax: DigestSyntax): ParsedCommand {
  const M = commandMessages(syntax);
  const [first = 'help', ...rest] = args.trim().split(/\s+/).filter(Boolean);
  const action = ACTIONS[first.toLowerCase()];
  if (!action) return { ok: false, message: M.unknownCommand(first) };
  if (action === 'on') return parseOn(rest, M);
  if (action === 'preview') return parsePreview(rest, M);
  if (rest.length > 0) return { ok: false, message: M.extraArgs(rest.join(' ')) };
  return { ok: true, command: { action } };
}

function reply(intent: string, summary: string, lines: string[] = []): Answer {
  const answer = emptyAnswer('answer', intent, summary);
  if (lines.length > 0) answer.blocks.push({ type: 'paragraph', text: lines.join('\n') });
  return answer;
}

function invalid(message: string): Answer {
  return emptyAnswer('no_answer', 'digest_invalid', message);
}

/** Parses and runs one digest command for one channel, returning the reply to show. */
export function handleDigestCommand(
  store: SubscriptionStore,
  knowledge: Knowledge,
  ctx: DigestCommandContext,
): Promise<Answer> {
  const parsed = parseDigestCommand(ctx.args, ctx.syntax);
  return parsed.ok
    ? runDigestCommand(store, knowledge, ctx, parsed.command)
    : Promise.resolve(invalid(parsed.message));
}

/** Runs an already parsed command (for adapters with structured options, such as Discord). */
export async function runDigestCommand(
  store: SubscriptionStore,
  knowledge: Knowledge,
  ctx: Omit<DigestCommandContext, 'args'>,
  command: DigestCommand,
): Promise<Answer> {
  const key = { platform: ctx.platform, channelId: ctx.channelId };
  const M = commandMessages(ctx.syntax);
  switch (command.action) {
    case 'help':
      return { ...reply('digest_help', M.helpTitle), blocks: [{ type: 'bullets', items: [...M.help] }] };
    case 'on': {
      const time = command.time ? parseTimeOfDay(command.time) : parseTimeOfDay(ctx.defaults.time);
      if (!time) return invalid(M.badTime(command.time ?? ctx.defaults.time));
      const timeZone = parseTimeZone(command.timeZone ?? ctx.defaults.tz);
      if (!timeZone) return invalid(M.badZone(command.timeZone ?? ctx.defaults.tz));
      const lang = command.lang ?? ctx.defaults.lang ?? 'en';
      const { created } = await store.subscribe(
        { ...key, workspaceId: ctx.workspaceId, time, timeZone, createdBy: ctx.userId, lang },
        ctx.now,
      );
      return reply(
        'digest_on',
        created ? M.subscribed(time, timeZone, lang) : M.updated(time, timeZone, lang),
      );
    }
    case 'off':
      return (await store.unsubscribe(key))
        ? reply('digest_off', M.unsubscribed)
        : reply('digest_off', M.notSubscribed);
    case 'status':
      return statusAnswer(store, ctx, M);
    case 'preview': {
      const sub = await store.get(key);
      const date = command.date ?? localTime(ctx.now, sub?.timeZone ?? ctx.defaults.tz).date;
      const lang = command.lang ?? sub?.lang ?? ctx.defaults.lang ?? 'en';
      const state = sub?.factState ?? EMPTY_DIGEST_STATE;
      const answer = digestToAnswer(buildDigest(knowledge, date, state, lang));
      return { ...answer, intent: 'digest_preview' };
    }
  }
}

async function statusAnswer(
  store: SubscriptionStore,
  ctx: Omit<DigestCommandContext, 'args'>,
  M: CommandMessages,
): Promise<Answer> {
  const key = { platform: ctx.platform, channelId: ctx.channelId };
  const sub = await store.get(key);
  if (!sub) return reply('digest_status', M.notSubscribed);
  const last = await store.lastDelivery(key);
  const lines = [last ? M.lastDelivery(last.localDate, last.state) : M.noDeliveryYet];
  const answer =
    sub.status === 'gone'
      ? reply('digest_status', M.statusGone(sub.goneReason ?? 'unknown'), [M.writtenIn(sub.lang), ...lines])
      : reply('digest_status', M.statusActive(sub.time, sub.timeZone, sub.lang), [
          M.nextDelivery(nextDate(sub, last?.localDate, ctx.now), sub.time, sub.timeZone),
          ...lines,
        ]);
  answer.blocks.push({ type: 'user', label: M.createdBy, userId: sub.createdBy });
  return answer;
}

/** The local date of the next digest: the first date, else today unless today's is done. */
function nextDate(sub: Subscription, lastDate: string | undefined, now: Date): string {
  const today = localTime(now, sub.timeZone).date;
  if (sub.firstDate > today) return sub.firstDate;
  return lastDate === today ? addDays(today, 1) : today;
}

export { type DigestSyntax, textDigestSyntax } from './syntax.ts';
export { isTimeOfDay, isTimeZone, parseTimeOfDay, parseTimeZone, suggestTimeZones } from './time.ts';
