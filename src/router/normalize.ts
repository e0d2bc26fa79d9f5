/** Longest question the router reads; the rest is ignored and the answer says so. */
export const DEFAULT_MAX_CHARS = 500;

export interface NormalizedQuestion {
  /** The question as shown back to people: cleaned, capped, mentions and markup removed. */
  display: string;
  /** Lower-case, accent-free, punctuation folded to spaces: what the matchers read. */
  text: string;
  /** `text` split into words. */
  words: string[];
  truncated: boolean;
}

const CONTROL_OR_ZERO_WIDTH =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;
/** Slack mentions and links (<@U123>, <!channel>, <#C1|name>, <https://x|label>), Discord mentions (<@123>, <@&1>, <#1>). */
const PLATFORM_MARKUP = /<(?:[@#!][^>\s]*|https?:[^>\s]*)>/g;
const AT_MENTIONS = /@(?:everyone|here|channel)\b/gi;

function cleanQuestion(
  raw: string,
  maxChars: number = DEFAULT_MAX_CHARS,
): { display: string; truncated: boolean } {
  let s = raw.normalize('NFKC').replace(CONTROL_OR_ZERO_WIDTH, ' ');
  const truncated = s.length > maxChars;
  if (truncated) s = s.slice(0, maxChars);
  s = s
    .replace(PLATFORM_MARKUP, ' ')
    .replace(AT_MENTIONS, ' ')
    .replace(/[`*_~|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { display: s, truncated };
}

/** Folds case, accents, apostrophes and punctuation so "Côte d’Ivoire?" reads as "cote d ivoire". */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\w)['’]s\b/g, '$1')
    .replace(/\bst\.?\s/g, 'saint ')
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}/.\- ]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])[.\-/]+|[.\-/]+(?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function normalizeQuestion(raw: string, maxChars: number = DEFAULT_MAX_CHARS): NormalizedQuestion {
  const { display, truncated } = cleanQuestion(raw, maxChars);
  const text = foldText(display);
  return { display, text, words: text.length > 0 ? text.split(' ') : [], truncated };
}
