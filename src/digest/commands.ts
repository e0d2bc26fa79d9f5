/**
 * Platform-neutral digest subscription commands. Slack passes the text after `/votes digest` to
 * handleDigestCommand; Discord reads its options and calls runDigestCommand with the parsed command. Each passes
 * its DigestSyntax, so replies quote commands as that platform's users type them. Permission checks (Manage
 * Channels on Discord) stay in the adapters.
 */
import { type Answer, emptyAnswer } from '../answer.ts';
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
  /** The words after "digest": "on 09:00 Europe/Kyiv", "off", "status", "preview 2026-02-24", "help". */
  args: string;
  /** DIGEST_DEFAULT_TIME and DIGEST_DEFAULT_TZ from the config. */
  defaults: { time: string; tz: string };
  now: Date;
  /** How this platform's users type the commands, for the replies that quote them. */
  syntax: DigestSyntax;
}

export type DigestCommand =
  | { action: 'on'; time?: string; timeZone?: string }
  | { action: 'off' }
  | { action: 'status' }
  | { action: 'preview'; date?: string }
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

function parseOn(words: string[], M: CommandMessages): ParsedCommand {
  const command: { action: 'on'; time?: string; timeZone?: string } = { action: 'on' };
  for (const word of words) {
    if (/^\d/.test(word)) {
      const time = parseTimeOfDay(word);
      if (!time) return { ok: false, message: M.badTime(word) };
      if (command.time) return { ok: false, message: M.extraArgs(word) };
      command.time = time;
    } else {
      const zone = parseTimeZone(word);
      if (!zone) return { ok: false, message: M.badZone(word, suggestTimeZones(word, 3)) };
      if (command.timeZone) return { ok: false, message: M.extraArgs(word) };
      command.timeZone = zone;
    }
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
  if (action === 'preview') {
    if (rest.length > 1) return { ok: false, message: M.badDate(rest.join(' ')) };
    const date = rest[0];
    if (date === undefined) return { ok: true, command: { action } };
    return isIsoDate(date)
      ? { ok: true, command: { action, date } }
      : { ok: false, message: M.badDate(date) };
  }
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
      const { created } = await store.subscribe(
        { ...key, workspaceId: ctx.workspaceId, time, timeZone, createdBy: ctx.userId },
        ctx.now,
      );
      return reply('digest_on', created ? M.subscribed(time, timeZone) : M.updated(time, timeZone));
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
      const answer = digestToAnswer(buildDigest(knowledge, date, sub?.factState ?? EMPTY_DIGEST_STATE));
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
      ? reply('digest_status', M.statusGone(sub.goneReason ?? 'unknown'), lines)
      : reply('digest_status', M.statusActive(sub.time, sub.timeZone), [
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
