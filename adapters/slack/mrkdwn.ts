/**
 * Text safety and splitting for Slack mrkdwn. Pure; no Slack types.
 *
 * Slack reads `&`, `<` and `>` as control characters: `<!everyone>`, `<@U123>`, `<!subteam^S1>` and
 * `<https://x|label>` are all written with them, so escaping the three (Slack's own rule) is what stops text a
 * user typed from pinging anyone. Plain `@here`/`@channel`/`@everyone` do not notify when `link_names` is off
 * and texts are `verbatim`, which is how we send them; a word joiner after the `@` keeps that true even where a
 * client parses mentions loosely, and is invisible.
 */

const WORD_JOINER = '\u2060';
const BROADCAST_WORDS = /@(everyone|here|channel)\b/gi;

/** Escapes mrkdwn control characters and defuses broadcast words. Use on every piece of text we did not write. */
export function escapeMrkdwn(s: string): string {
  // Most texts need nothing: skip the four replaces (this runs on every string of every answer).
  if (!NEEDS_ESCAPE.test(s)) return s;
  return defuseBroadcasts(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
const NEEDS_ESCAPE = /[&<>@]/;

/** For plain_text objects (headers, buttons): nothing to escape, but broadcast words are still defused. */
export function defuseBroadcasts(s: string): string {
  return s.includes('@') ? s.replace(BROADCAST_WORDS, `@${WORD_JOINER}$1`) : s;
}

/** The text Slack displays for escaped mrkdwn (used by tests and the contract harness). */
export function unescapeMrkdwn(s: string): string {
  if (!s.includes('&') && !s.includes(WORD_JOINER)) return s;
  return s.replaceAll(WORD_JOINER, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A mrkdwn link whose label is escaped and whose URL cannot break out of the `<url|label>` form. Only http(s)
 * URLs are linked: `<@U123|x>` or `<!here|x>` would be a mention, so anything else shows as its label alone.
 */
export function mrkdwnLink(url: string, label: string): string {
  if (!/^https?:\/\/\S/i.test(url)) return escapeMrkdwn(label);
  const safeUrl = url
    .replace(/&/g, '&amp;')
    .replace(/\|/g, '%7C')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\s/g, '%20');
  return `<${safeUrl}|${escapeMrkdwn(label)}>`;
}

const MENTION_MARKUP = /<[!@#](?:everyone|channel|here|subteam\^|[UWB][A-Z0-9])[^>]*>/i;
const LOOSE_BROADCAST = /@(everyone|here|channel)\b/i;

/** Every string in a payload that would notify someone if Slack displayed it; empty when the payload is safe. */
export function pingsIn(value: unknown): string[] {
  const found: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (MENTION_MARKUP.test(v) || LOOSE_BROADCAST.test(v)) found.push(v);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return found;
}

/** Where to cut `s` (escaped mrkdwn) at or before `max`: at a line or word break, never inside an entity. */
function cutPoint(s: string, max: number): number {
  let cut = Math.max(s.lastIndexOf('\n', max), s.lastIndexOf(' ', max));
  if (cut < max / 2) cut = max;
  const amp = s.lastIndexOf('&', cut - 1);
  if (amp >= 0 && cut - amp < 6 && s.indexOf(';', amp) >= cut) cut = amp;
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return Math.max(cut, 1);
}

/** Splits one text into pieces of at most `max` characters, at breaks where it can. */
export function splitText(s: string, max: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]/, '');
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}

/** One piece of a message: its escaped mrkdwn and the plain text it stands for (for the fallback `text`). */
export interface Piece {
  md: string;
  plain: string;
}

/** A piece with no markup of ours: its plain text is what Slack would display. */
export const plainPiece = (md: string): Piece => ({ md, plain: unescapeMrkdwn(md) });

/**
 * Packs pieces joined by `sep` into as few pieces of at most `max` characters of mrkdwn as keep every piece
 * whole; a piece longer than `max` on its own is split at line or word breaks.
 */
export function packPieces(pieces: Piece[], sep: string, max: number): Piece[] {
  const out: Piece[] = [];
  let current: Piece | null = null;
  const parts = pieces
    .filter((p) => p.md.trim() !== '')
    .flatMap((p) => (p.md.length <= max ? [p] : splitText(p.md, max).map(plainPiece)));
  for (const part of parts) {
    if (current === null) current = { ...part };
    else if (current.md.length + sep.length + part.md.length <= max)
      current = { md: current.md + sep + part.md, plain: current.plain + sep + part.plain };
    else {
      out.push(current);
      current = { ...part };
    }
  }
  if (current !== null) out.push(current);
  return out;
}
