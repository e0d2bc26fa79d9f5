/**
 * Slack payloads -> the question Plenary asks its router. Pure: decides what to answer and where, nothing else.
 */

/** The fields of an `app_mention` or `message` event that decide whether and where to answer. */
export interface SlackMessageEvent {
  type: string;
  subtype?: string | undefined;
  channel: string;
  channel_type?: string | undefined;
  user?: string | undefined;
  bot_id?: string | undefined;
  text?: string | undefined;
  ts: string;
  thread_ts?: string | undefined;
  edited?: unknown;
  hidden?: boolean | undefined;
}

/** Who the bot is, from auth.test (Bolt keeps it in `context`). */
export interface BotIdentity {
  userId?: string | undefined;
  botId?: string | undefined;
}

export interface IncomingQuestion {
  question: string;
  channel: string;
  user: string;
  /** Where to reply: a thread's ts, or undefined for the top level of the conversation. */
  threadTs: string | undefined;
}

/** Message subtypes that carry a new question from a person; every other subtype (edits, deletions, joins, bots) is ignored. */
const ANSWERABLE_SUBTYPES = new Set<string | undefined>([undefined, 'thread_broadcast', 'file_share']);

/** Removes the bot's own mention (`<@U123>` or `<@U123|plenary>`); with no known id, a leading mention. */
export function stripBotMention(text: string, botUserId?: string): string {
  const mention = botUserId
    ? new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/gi, '')}(?:\\|[^>]*)?>`, 'g')
    : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/** The event's text; anything else a payload may carry there (null, a number) reads as no text. */
const textOf = (event: SlackMessageEvent): string => (typeof event.text === 'string' ? event.text : '');

/** True for messages the bot must not answer: its own, other bots', edits, deletions and system messages. */
export function isIgnored(event: SlackMessageEvent, self: BotIdentity): boolean {
  if (!ANSWERABLE_SUBTYPES.has(event.subtype)) return true;
  if (event.hidden === true || event.edited !== undefined) return true;
  if (event.bot_id !== undefined) return true;
  if (event.user === undefined) return true;
  return self.userId !== undefined && event.user === self.userId;
}

/**
 * A mention in a channel: answered in a thread under it (the mention's thread, or a new one on the mention).
 * Mentions in a DM are left to the DM handler, which receives the same message as `message.im`.
 */
export function questionFromMention(event: SlackMessageEvent, self: BotIdentity): IncomingQuestion | null {
  if (event.type !== 'app_mention' || isIgnored(event, self) || event.channel.startsWith('D')) return null;
  return {
    question: stripBotMention(textOf(event), self.userId),
    channel: event.channel,
    user: event.user!,
    threadTs: event.thread_ts ?? event.ts,
  };
}

/** A direct message: answered in the DM, inside the thread when the question was asked in one. */
export function questionFromDirectMessage(
  event: SlackMessageEvent,
  self: BotIdentity,
): IncomingQuestion | null {
  if (event.type !== 'message' || event.channel_type !== 'im' || isIgnored(event, self)) return null;
  return {
    question: stripBotMention(textOf(event), self.userId),
    channel: event.channel,
    user: event.user!,
    threadTs: event.thread_ts,
  };
}

/** `/votes <text>`: a subcommand name (first word, lower-cased) and its arguments, or a question. */
export interface ParsedCommand {
  word: string;
  rest: string;
  text: string;
}

export function parseCommandText(text: string): ParsedCommand {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const space = trimmed.indexOf(' ');
  const word = (space === -1 ? trimmed : trimmed.slice(0, space)).toLowerCase();
  return { word, rest: space === -1 ? '' : trimmed.slice(space + 1), text: trimmed };
}

/** The question a Share button carries (see render.ts `shareValue`); null when the value is not ours. */
export function questionFromShareValue(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
