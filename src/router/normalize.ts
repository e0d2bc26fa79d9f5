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
/** The bot addressed by name or slash command before the question: "/plenary help", "Plenary: how did Chad vote". */
const ADDRESSED = /^(?:\/|@)?plenary\b[\s:,]*(?=\S)/i;

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
    .trim()
    .replace(ADDRESSED, '');
  return { display: s, truncated };
}

const REGIONAL_INDICATOR_A = 0x1f1e6;
/** A flag emoji is two regional indicator letters: 🇫🇷 is F + R. */
const FLAG = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu;
const flagLetter = (c: string) => String.fromCharCode(97 + (c.codePointAt(0) ?? 0) - REGIONAL_INDICATOR_A);

/** The emoji flag of a two-letter ISO code ("FR" -> 🇫🇷); foldText reads it back as the word "flag-fr". */
export const flagEmoji = (iso2: string): string =>
  String.fromCodePoint(...[...iso2.toUpperCase()].map((c) => REGIONAL_INDICATOR_A + c.charCodeAt(0) - 65));

/** Folds case, accents, apostrophes and punctuation so "Côte d’Ivoire?" reads as "cote d ivoire", 🇫🇷 as "flag-fr". */
export function foldText(s: string): string {
  return (
    s
      .replace(FLAG, (_, a: string, b: string) => ` flag-${flagLetter(a)}${flagLetter(b)} `)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Ukrainian letters read as their Russian neighbours, so "Іспанія" meets the stored "Испания".
      .replace(/\u0456/g, '\u0438')
      .replace(/\u0454/g, '\u0435')
      .replace(/\u0491/g, '\u0433')
      .replace(/(\w)['’]s\b/g, '$1')
      // "s.korea", "st.lucia": an abbreviation glued to the word after it.
      .replace(/\b([a-z]{1,2})\.(?=[a-z]{3,})/g, '$1 ')
      .replace(/\bst\.?\s/g, 'saint ')
      // "Peoples Republic" typed without its apostrophe reads as the folded "People's".
      .replace(/\bpeoples\b/g, 'people')
      .replace(/['’‘`´]/g, '')
      .replace(/[^\p{L}\p{N}/.\- ]+/gu, ' ')
      .replace(/(?<![\p{L}\p{N}])[.\-/]+|[.\-/]+(?![\p{L}\p{N}])/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Chat spellings of words the router reads ("wat does abstain mean", "3 yrs ago"), as the words. */
const SHORTHAND: Record<string, string> = {
  wat: 'what',
  wut: 'what',
  wht: 'what',
  whta: 'what',
  waht: 'what',
  hw: 'how',
  wich: 'which',
  whch: 'which',
  abt: 'about',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  ppl: 'people',
  govt: 'government',
  yrs: 'years',
  yr: 'year',
  tmrw: 'tomorrow',
  tdy: 'today',
  b4: 'before',
};
const SHORTHAND_WORD = new RegExp(`\\b(?:${Object.keys(SHORTHAND).join('|')})\\b`, 'g');

export function normalizeQuestion(raw: string, maxChars: number = DEFAULT_MAX_CHARS): NormalizedQuestion {
  const { display, truncated } = cleanQuestion(raw, maxChars);
  // Flags name countries in a question ("how did 🇫🇷 vote"); a row of flags and nothing else asks nothing.
  const onlyEmoji = !/[\p{L}\p{N}]/u.test(display.replace(FLAG, ''));
  const text = foldText(onlyEmoji ? display.replace(FLAG, ' ') : display).replace(
    SHORTHAND_WORD,
    (w) => SHORTHAND[w] ?? w,
  );
  return { display, text, words: text.length > 0 ? text.split(' ') : [], truncated };
}
