/**
 * Answer -> Slack messages (Block Kit `blocks` plus the fallback `text`). Pure: no I/O, no clock.
 * Every limit is a named constant from limits.ts; an answer that does not fit one message is split across
 * several, and nothing is cut: the fallback texts of the messages together carry the whole answer.
 */
import type { types } from '@slack/bolt';
import type { Answer, Block, Citation } from '../../src/answer.ts';
import { type Headings, headings } from '../../src/i18n/headings.ts';
import { memoRender } from '../../src/render-memo.ts';
import { citationToText } from '../../src/render-text.ts';
import {
  MAX_BLOCKS,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_CONTEXT_ELEMENTS,
  MAX_CONTEXT_TEXT,
  MAX_FIELD_TEXT,
  MAX_HEADER_TEXT,
  MAX_MESSAGE_TEXT,
  MAX_SECTION_FIELDS,
  MAX_SECTION_TEXT,
} from './limits.ts';
import { MESSAGES } from './messages.ts';
import { defuseBroadcasts, escapeMrkdwn, mrkdwnLink, type Piece, packPieces, plainPiece } from './mrkdwn.ts';

export type SlackBlock = types.KnownBlock;

/** One message as chat.postMessage, chat.postEphemeral and response_url take it. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export const SHARE_ACTION_ID = 'plenary_share';
/** A button per reading of a question that has several (`clarify`): `plenary_reading_0`, `plenary_reading_1`… */
export const READING_ACTION_PREFIX = 'plenary_reading_';
export const READING_ACTION_ID = /^plenary_reading_\d+$/;
/** Slack's limit on elements in one actions block. */
const MAX_ACTIONS_ELEMENTS = 25;

export interface RenderOptions {
  /** Adds a "Share to channel" button carrying the question, so the answer can be posted for everyone. */
  share?: { question: string };
  /** Says who shared the answer to the channel (their display name, shown as text: it pings nobody). */
  sharedBy?: string;
  /**
   * Shows `user` blocks as mentions (`<@U…>`, displayed as the person's name). Only for a reply that the asker
   * alone sees (ephemeral): Slack has no allowed_mentions, so a mention in a channel message notifies. Without it
   * a `user` block shows the plain id.
   */
  mentionUsers?: boolean;
}

/** A block and the plain text it shows, the unit that messages are packed from. */
interface Atom {
  block: SlackBlock;
  plain: string;
  /** Its part of the fallback `text` when that is more than the escaped plain text (a mention). */
  fallback?: string;
}

const fallbackOf = (a: Atom): string => a.fallback ?? escapeMrkdwn(a.plain);

/** A Slack user or workspace-user id: capitals and digits only, so it can form no other markup. */
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,30}$/;

function userAtoms(b: Extract<Block, { type: 'user' }>, mention: boolean): Atom[] {
  const label = escapeMrkdwn(b.label);
  const md = `${label} <@${b.userId}>`;
  if (mention && SLACK_USER_ID.test(b.userId) && md.length <= MAX_SECTION_TEXT)
    return [{ ...sectionAtom({ md, plain: `${b.label} ${b.userId}` }), fallback: md }];
  return packPieces([plainPiece(`${label} ${escapeMrkdwn(b.userId)}`)], ' ', MAX_SECTION_TEXT).map(
    sectionAtom,
  );
}

const md = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });
const sectionAtom = (p: Piece): Atom => ({ block: { type: 'section', text: md(p.md) }, plain: p.plain });

function summaryAtoms(summary: string): Atom[] {
  if (summary.trim() === '') return [];
  if (summary.length <= MAX_HEADER_TEXT && !/[<>&]/.test(summary))
    return [
      {
        block: { type: 'header', text: { type: 'plain_text', text: defuseBroadcasts(summary) } },
        plain: summary,
      },
    ];
  // Header text is plain_text, which has no escaping we can rely on: markup-bearing or long summaries go in mrkdwn.
  return packPieces([plainPiece(escapeMrkdwn(summary))], ' ', MAX_SECTION_TEXT - 2).map((p) =>
    sectionAtom({ md: `*${p.md}*`, plain: p.plain }),
  );
}

/** Context blocks of at most MAX_CONTEXT_ELEMENTS elements, each at most MAX_CONTEXT_TEXT characters. */
function contextAtoms(pieces: Piece[], sep: string): Atom[] {
  const elements = packPieces(pieces, sep, MAX_CONTEXT_TEXT);
  const atoms: Atom[] = [];
  for (let i = 0; i < elements.length; i += MAX_CONTEXT_ELEMENTS) {
    const group = elements.slice(i, i + MAX_CONTEXT_ELEMENTS);
    atoms.push({
      block: { type: 'context', elements: group.map((e) => md(e.md)) },
      plain: group.map((e) => e.plain).join(sep),
    });
  }
  return atoms;
}

function countriesAtoms(label: string, countries: string[]): Atom[] {
  const head = {
    md: `*${escapeMrkdwn(label)}* (${countries.length})`,
    plain: `${label} (${countries.length})`,
  };
  if (countries.length === 0)
    return [
      sectionAtom({
        md: `${head.md}: ${MESSAGES.noCountries}`,
        plain: `${head.plain}: ${MESSAGES.noCountries}`,
      }),
    ];
  const chunks = packPieces(
    countries.map((c) => plainPiece(escapeMrkdwn(c))),
    ', ',
    MAX_SECTION_TEXT - head.md.length - 1,
  );
  return chunks.map((c, i) =>
    sectionAtom(i === 0 ? { md: `${head.md}\n${c.md}`, plain: `${head.plain}: ${c.plain}` } : c),
  );
}

function fieldsAtoms(fields: { label: string; value: string }[]): Atom[] {
  const pieces = fields.map((f) => ({
    md: `*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`,
    plain: `${f.label}: ${f.value}`,
  }));
  if (pieces.some((p) => p.md.length > MAX_FIELD_TEXT))
    return packPieces(pieces, '\n', MAX_SECTION_TEXT).map(sectionAtom);
  const atoms: Atom[] = [];
  for (let i = 0; i < pieces.length; i += MAX_SECTION_FIELDS) {
    const group = pieces.slice(i, i + MAX_SECTION_FIELDS);
    atoms.push({
      block: { type: 'section', fields: group.map((p) => md(p.md)) },
      plain: group.map((p) => p.plain).join('\n'),
    });
  }
  return atoms;
}

function quoteAtoms(b: Extract<Block, { type: 'quote' }>): Atom[] {
  const attribution = `${b.speaker}, ${b.role} (${b.forum}) [${b.sourceId}]`;
  const by = {
    md: `>— *${escapeMrkdwn(b.speaker)}*, ${escapeMrkdwn(`${b.role} (${b.forum})`)}`,
    plain: attribution,
  };
  const room = MAX_SECTION_TEXT - by.md.length - 64;
  const chunks = packPieces([plainPiece(escapeMrkdwn(b.text))], ' ', room);
  return chunks.map((c, i) => {
    const first = i === 0;
    const last = i === chunks.length - 1;
    const body = `>${first ? '“' : ''}${c.md.replace(/\n/g, '\n>')}${last ? '”' : ''}`;
    return sectionAtom({
      md: last ? `${body}\n${by.md}` : body,
      plain: `${first ? '“' : ''}${c.plain}${last ? `”\n  — ${by.plain}` : ''}`,
    });
  });
}

function blockAtoms(b: Block, opts: RenderOptions, h: Headings): Atom[] {
  switch (b.type) {
    case 'paragraph':
      return packPieces([plainPiece(escapeMrkdwn(b.text))], ' ', MAX_SECTION_TEXT).map(sectionAtom);
    case 'note':
      return contextAtoms(
        [
          {
            md: `*${h.note}:* ${escapeMrkdwn(b.text)}`,
            plain: `${h.note}: ${b.text}`,
          },
        ],
        ' ',
      );
    case 'bullets':
      return packPieces(
        b.items.map((i) => plainPiece(`• ${escapeMrkdwn(i)}`)),
        '\n',
        MAX_SECTION_TEXT,
      ).map(sectionAtom);
    case 'fields':
      return fieldsAtoms(b.fields);
    case 'quote':
      return quoteAtoms(b);
    case 'countries':
      return countriesAtoms(b.label, b.countries);
    case 'user':
      return userAtoms(b, opts.mentionUsers === true);
  }
}

function citationAtoms(citations: Citation[], h: Headings): Atom[] {
  if (citations.length === 0) return [];
  const lines = citations.map((c, i) => ({
    md: `[${i + 1}] ${c.url ? mrkdwnLink(c.url, c.title) : escapeMrkdwn(c.title)}, ${escapeMrkdwn(c.publisher)}`,
    plain: citationToText(c, i),
  }));
  return contextAtoms([{ md: `*${h.sources}*`, plain: `${h.sources}:` }, ...lines], '\n');
}

function suggestionAtoms(suggestions: string[], h: Headings): Atom[] {
  if (suggestions.length === 0) return [];
  const head = { md: `*${h.suggestions}:*`, plain: `${h.suggestions}:` };
  return contextAtoms([head, ...suggestions.map((s) => plainPiece(`• ${escapeMrkdwn(s)}`))], '\n');
}

/** The button value: the question, URI-encoded so it carries no markup, within Slack's value limit. */
export function shareValue(question: string): string {
  let chars = Array.from(question);
  let value = encodeURIComponent(chars.join(''));
  while (value.length > MAX_BUTTON_VALUE) {
    chars = chars.slice(0, Math.floor(chars.length * 0.9));
    value = encodeURIComponent(chars.join(''));
  }
  return value;
}

function shareAtom(question: string): Atom {
  const button: types.Button = {
    type: 'button',
    action_id: SHARE_ACTION_ID,
    text: { type: 'plain_text', text: MESSAGES.shareButton },
    value: shareValue(question),
  };
  return { block: { type: 'actions', elements: [button] }, plain: '' };
}

/** A button with a question as its value: the readings of a clarify answer, the Home tab's examples. */
export function questionButton(actionId: string, question: string): types.Button {
  const label = Array.from(question);
  const text = label.length > MAX_BUTTON_TEXT ? `${label.slice(0, MAX_BUTTON_TEXT - 1).join('')}…` : question;
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text },
    value: shareValue(question),
  };
}

/** "Which one?": each reading of the question as a button that answers it in place. */
function readingsAtom(answer: Answer): Atom[] {
  if (answer.kind !== 'clarify' || answer.suggestions.length === 0) return [];
  const buttons = answer.suggestions
    .slice(0, MAX_ACTIONS_ELEMENTS)
    .map((q, i) => questionButton(`${READING_ACTION_PREFIX}${i}`, q));
  // The fallback text lists the readings, as the suggestions would have.
  const plain = [MESSAGES.suggestionsLabel, ...answer.suggestions.map((q) => `• ${q}`)].join('\n');
  return [{ block: { type: 'actions', elements: buttons }, plain }];
}

/** Packs atoms into messages within MAX_BLOCKS and MAX_MESSAGE_TEXT; each message's text covers its blocks. */
function pack(atoms: Atom[]): SlackMessage[] {
  const groups: { atom: Atom; text: string }[][] = [[]];
  let textLength = 0;
  for (const atom of atoms) {
    const current = groups[groups.length - 1]!;
    const text = fallbackOf(atom);
    const length = text.length + 2;
    if (current.length > 0 && (current.length >= MAX_BLOCKS || textLength + length > MAX_MESSAGE_TEXT)) {
      groups.push([{ atom, text }]);
      textLength = length;
    } else {
      current.push({ atom, text });
      textLength += length;
    }
  }
  return groups.map((g) => {
    const text = g
      .filter((p) => p.atom.plain !== '')
      .map((p) => p.text)
      .join('\n\n');
    return {
      text: text === '' ? escapeMrkdwn(MESSAGES.shareButton) : text,
      blocks: g.map((p) => p.atom.block),
    };
  });
}

/** The Slack messages for one answer: usually one, more when Slack's limits require it. */
function renderFresh(answer: Answer, opts: RenderOptions): SlackMessage[] {
  // Headings in the answer's language: the English ones are the catalogue's, as MESSAGES had them.
  const h = headings(answer.lang);
  const atoms = [
    ...summaryAtoms(answer.summary),
    ...answer.blocks.flatMap((b) => blockAtoms(b, opts, h)),
    ...citationAtoms(answer.citations, h),
    // A question with several readings offers each as a button instead of a list.
    ...(answer.kind === 'clarify' ? readingsAtom(answer) : suggestionAtoms(answer.suggestions, h)),
  ];
  if (opts.sharedBy !== undefined) {
    const by = MESSAGES.sharedBy(opts.sharedBy);
    atoms.push(...contextAtoms([plainPiece(escapeMrkdwn(by))], ' '));
  }
  if (opts.share) atoms.push(shareAtom(opts.share.question));
  return pack(atoms);
}

const renderKept = memoRender(renderFresh, (opts: RenderOptions) => JSON.stringify(opts));

/**
 * Answer -> messages. Pure: the same answer and options give the same messages, so for an answer from the router's
 * answer cache (frozen) the messages made the first time are given again, frozen (src/render-memo.ts).
 */
export const renderAnswer = (answer: Answer, opts: RenderOptions = {}): SlackMessage[] =>
  renderKept(answer, opts);
