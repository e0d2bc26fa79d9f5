/**
 * Answer -> Discord message payloads (the REST JSON body), pure. Embeds carry the summary, paragraphs, tallies and
 * other fields, complete country lists, quotes with speaker and role, and the citations with links. Everything is
 * split across fields, embeds and messages to stay within the limits in limits.ts: nothing is ever cut.
 * Every message pings nobody, whatever the text says: a `user` block shows as a mention (`<@id>`), which
 * `allowed_mentions` keeps silent.
 */
import type { APIEmbed } from 'discord.js';
import type { Answer, AnswerImage, AnswerKind, Block, Citation } from '../../src/answer.ts';
import { type Headings, headings } from '../../src/i18n/headings.ts';
import { memoRender } from '../../src/render-memo.ts';
import { type ButtonRow, readingsRow, shareRow } from './buttons.ts';
import {
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_TITLE_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  EMBEDS_TOTAL_MAX,
} from './limits.ts';

export interface NoPings {
  parse: [];
  replied_user: false;
}

export interface DiscordFile {
  path: string;
  name: string;
  description: string;
}

/** One message as sent to Discord (the JSON body of a message, reply, interaction response or follow-up). */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: NoPings;
  flags?: number;
  files?: DiscordFile[];
  /** Button rows (buttons.ts): Share, the readings of a question with several. */
  components?: ButtonRow[];
}

export interface RenderOptions {
  /** Only the asker sees the reply (slash commands such as help). */
  ephemeral?: boolean;
  /** A Share button under the answer, which posts it for everyone in the channel. */
  share?: boolean;
}

export const EPHEMERAL_FLAG = 1 << 6;
export const noPings = (): NoPings => ({ parse: [], replied_user: false });

const COLOR: Record<AnswerKind, number> = {
  answer: 0x1f6feb,
  clarify: 0xd29922,
  no_answer: 0x8b949e,
  error: 0xda3633,
};

/**
 * Escapes Discord markdown (emphasis, code, spoilers, headings, lists, block quotes, masked links) and defuses
 * mention syntax, so text from users and sources shows as typed. The same rules as discord.js `escapeMarkdown`
 * with every option on, in five passes instead of a dozen: rendering is on the interaction's 3-second path.
 * Pings are prevented by `allowed_mentions` in any case.
 */
export function escapeText(s: string): string {
  const cached = escaped.get(s);
  if (cached !== undefined) return cached;
  if (escaped.size >= ESCAPE_CACHE_MAX) escaped.clear();
  const out = escapeUncached(s);
  escaped.set(s, out);
  return out;
}

/** Answers repeat the same knowledge strings: remember their escaped form (bounded). */
const escaped = new Map<string, string>();
const ESCAPE_CACHE_MAX = 20_000;

function escapeUncached(s: string): string {
  return s
    .replace(/[\\*_~`|]/g, '\\$&')
    .replace(/^([ \t]*)(#{1,3} |-# |- |\+ |>)/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)\. /gm, '$1\\. ')
    .replace(/\[(?=[^\]\n]*\]\()/g, '\\[')
    .replace(/<(?=[@#][!&]?\w)/g, '\\<')
    .replace(/@(everyone|here)/gi, '@\u200b$1');
}

type Piece = { kind: 'text'; text: string } | { kind: 'field'; name: string; value: string; inline: boolean };

/** Greedily joins units with `sep` into chunks of at most `max` characters; each unit must fit on its own. */
function packUnits(units: string[], sep: string, max: number): string[] {
  const chunks: string[] = [];
  let current: string | null = null;
  for (const unit of units) {
    if (current !== null && current.length + sep.length + unit.length <= max) current += sep + unit;
    else {
      if (current !== null) chunks.push(current);
      current = unit;
    }
  }
  if (current !== null) chunks.push(current);
  return chunks;
}

const hardSplit = (s: string, max: number): string[] =>
  Array.from({ length: Math.ceil(s.length / max) }, (_, i) => s.slice(i * max, (i + 1) * max));

/** Splits a list into chunks of at most `max` characters without breaking an item (unless one alone is longer). */
export function splitList(items: string[], sep: string, max: number): string[] {
  return packUnits(
    items.flatMap((i) => (i.length <= max ? [i] : hardSplit(i, max))),
    sep,
    max,
  );
}

/** Splits text into chunks of at most `max` characters: at line ends, then at spaces, then anywhere. */
export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const lines = text
    .split('\n')
    .flatMap((line) => (line.length <= max ? [line] : splitList(line.split(' '), ' ', max)));
  return packUnits(lines, '\n', max);
}

function fieldPieces(name: string, value: string | string[], inline: boolean): Piece[] {
  let label = name.trim() === '' ? '\u200b' : name;
  let items = (Array.isArray(value) ? value : [value]).filter((v) => v.trim() !== '');
  if (items.length === 0) items = ['\u200b'];
  if (label.length > EMBED_FIELD_NAME_MAX) {
    items = [label, ...items];
    label = 'Details';
  }
  // A list keeps its items whole; one text value splits at lines and words.
  const parts = Array.isArray(value)
    ? splitList(items, ', ', EMBED_FIELD_VALUE_MAX)
    : splitText(items.join('\n'), EMBED_FIELD_VALUE_MAX);
  return parts.map((part, i) => ({
    kind: 'field',
    name:
      parts.length === 1 ? label : `${label.slice(0, EMBED_FIELD_NAME_MAX - 12)} (${i + 1}/${parts.length})`,
    value: part,
    inline: inline && parts.length === 1,
  }));
}

function sourceRef(sourceId: string, citations: Citation[]): string {
  const i = citations.findIndex((c) => c.id === sourceId);
  return i >= 0 ? `[${i + 1}]` : `[${escapeText(sourceId)}]`;
}

/** A snowflake: all digits, so it can form no other markup. */
const SNOWFLAKE = /^\d{1,25}$/;

/** `<@id>` for a Discord user id (it pings nobody: every message sets allowed_mentions), escaped text otherwise. */
function userMention(userId: string): string {
  return SNOWFLAKE.test(userId) ? `<@${userId}>` : escapeText(userId);
}

function blockPieces(block: Block, citations: Citation[], h: Headings): Piece[] {
  switch (block.type) {
    case 'paragraph':
      return [{ kind: 'text', text: escapeText(block.text) }];
    case 'note':
      return [{ kind: 'text', text: `*${h.note}:* ${escapeText(block.text)}` }];
    case 'bullets':
      return [{ kind: 'text', text: block.items.map((i) => `• ${escapeText(i)}`).join('\n') }];
    case 'fields':
      return block.fields.flatMap((f) => fieldPieces(escapeText(f.label), escapeText(f.value), true));
    case 'quote': {
      const quoted = `“${escapeText(block.text)}”`.replace(/^/gm, '> ');
      const who = `— **${escapeText(block.speaker)}**, ${escapeText(block.role)} (${escapeText(block.forum)})`;
      return [{ kind: 'text', text: `${quoted}\n${who} ${sourceRef(block.sourceId, citations)}` }];
    }
    case 'countries': {
      const list = block.countries.length > 0 ? block.countries.map(escapeText) : ['none'];
      return fieldPieces(`${escapeText(block.label)} (${block.countries.length})`, list, false);
    }
    case 'user':
      return [{ kind: 'text', text: `${escapeText(block.label)} ${userMention(block.userId)}` }];
  }
}

function citationLine(c: Citation, i: number): string {
  const title = escapeText(c.title).replace(/[[\]]/g, '\\$&');
  const linked = c.url ? `[${title}](<${c.url}>)` : title;
  return `[${i + 1}] ${linked}, ${escapeText(c.publisher)}`;
}

function answerPieces(answer: Answer, summaryInTitle: boolean): Piece[] {
  const pieces: Piece[] = [];
  const h = headings(answer.lang);
  if (!summaryInTitle) pieces.push({ kind: 'text', text: `**${escapeText(answer.summary)}**` });
  for (const b of answer.blocks) pieces.push(...blockPieces(b, answer.citations, h));
  if (answer.citations.length > 0)
    pieces.push({ kind: 'text', text: `**${h.sources}**\n${answer.citations.map(citationLine).join('\n')}` });
  if (answer.suggestions.length > 0)
    pieces.push({
      kind: 'text',
      text: `**${h.suggestions}**\n${answer.suggestions.map((s) => `• ${escapeText(s)}`).join('\n')}`,
    });
  return pieces.flatMap((p) =>
    p.kind === 'text'
      ? splitText(p.text, EMBED_DESCRIPTION_MAX).map((text): Piece => ({ kind: 'text', text }))
      : [p],
  );
}

const embedSize = (e: APIEmbed): number =>
  (e.title ?? '').length +
  (e.description ?? '').length +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Packs pieces, in order, into embeds and messages within every limit. */
function pack(pieces: Piece[], first: APIEmbed, color: number): APIEmbed[][] {
  const messages: APIEmbed[][] = [[first]];
  let embed = first;
  let total = embedSize(first);
  const open = (size: number) => {
    let msg = messages[messages.length - 1]!;
    if (msg.length >= EMBEDS_PER_MESSAGE_MAX || total + size > EMBEDS_TOTAL_MAX) {
      msg = [];
      messages.push(msg);
      total = 0;
    }
    embed = { color };
    msg.push(embed);
  };
  for (const p of pieces) {
    if (p.kind === 'text') {
      const sep = embed.description ? 2 : 0;
      const fits =
        (embed.fields ?? []).length === 0 &&
        (embed.description ?? '').length + sep + p.text.length <= EMBED_DESCRIPTION_MAX &&
        total + sep + p.text.length <= EMBEDS_TOTAL_MAX;
      if (!fits) open(p.text.length);
      const before = embedSize(embed);
      embed.description = embed.description ? `${embed.description}\n\n${p.text}` : p.text;
      total += embedSize(embed) - before;
    } else {
      const size = p.name.length + p.value.length;
      if ((embed.fields ?? []).length >= EMBED_FIELDS_MAX || total + size > EMBEDS_TOTAL_MAX) open(size);
      embed.fields = [...(embed.fields ?? []), { name: p.name, value: p.value, inline: p.inline }];
      total += size;
    }
  }
  return messages;
}

/** Answer -> one or more messages, in order. The first carries any pictures. */
function renderFresh(answer: Answer, opts: RenderOptions): DiscordMessage[] {
  const color = COLOR[answer.kind];
  const title = escapeText(answer.summary);
  const summaryInTitle = title.length > 0 && title.length <= EMBED_TITLE_MAX;
  const first: APIEmbed = summaryInTitle ? { title, color } : { color };
  const messages = pack(answerPieces(answer, summaryInTitle), first, color).map(
    (embeds): DiscordMessage => ({
      embeds,
      allowed_mentions: noPings(),
      ...(opts.ephemeral ? { flags: EPHEMERAL_FLAG } : {}),
    }),
  );
  const first0 = messages[0];
  if (first0) attachImages(first0, answer.images ?? [], color);
  const last = messages[messages.length - 1];
  const rows = [...readingsRow(answer), ...(opts.share ? [shareRow()] : [])];
  if (last && rows.length > 0) last.components = rows;
  return messages;
}

/**
 * Pictures ride on the first message as attachments, each shown inside an embed (`attachment://<name>`): the
 * first in the answer's own embed, the others in embeds of their own while the message has room for them.
 */
function attachImages(m: DiscordMessage, images: readonly AnswerImage[], color: number): void {
  if (images.length === 0) return;
  m.files = images.map((img, i) => ({
    path: img.path,
    name: `${img.vote.replace(/[^\w-]+/g, '_')}-${i + 1}.png`,
    description: img.alt,
  }));
  const [head, ...more] = m.files;
  const firstEmbed = m.embeds[0];
  if (head && firstEmbed) firstEmbed.image = { url: `attachment://${head.name}` };
  const room = EMBEDS_PER_MESSAGE_MAX - m.embeds.length;
  const extra = more
    .slice(0, room)
    .map((f): APIEmbed => ({ color, image: { url: `attachment://${f.name}` } }));
  m.embeds.splice(1, 0, ...extra);
}

/** Everything a message displays, as plain lines: notification fallback, logs and tests. */
export function messageText(m: DiscordMessage): string {
  const parts: string[] = m.content ? [m.content] : [];
  for (const e of m.embeds) {
    if (e.title) parts.push(e.title);
    if (e.description) parts.push(e.description);
    for (const f of e.fields ?? []) parts.push(`${f.name}: ${f.value}`);
    if (e.footer?.text) parts.push(e.footer.text);
  }
  for (const f of m.files ?? []) parts.push(`[picture: ${f.description}]`);
  return parts.join('\n');
}

const renderKept = memoRender(renderFresh, (opts: RenderOptions) => JSON.stringify(opts));

/**
 * Answer -> messages. Pure: the same answer and options give the same messages, so for an answer from the router's
 * answer cache (frozen) the messages made the first time are given again, frozen (src/render-memo.ts).
 */
export const renderAnswer = (answer: Answer, opts: RenderOptions = {}): DiscordMessage[] =>
  renderKept(answer, opts);
