/**
 * Finds vote figures and fact sentences in the string literals of TypeScript source, where knowledge:check cannot
 * see them. Comments are not literals, so they are never read. Used by no-facts-in-src.test.ts.
 */
import ts from 'typescript';

export interface Finding {
  file: string;
  rule: 'figure' | 'claim' | 'duplicate';
  text: string;
}

/** The static text of every string and template literal (template parts joined with "…"). */
export function literalsOf(code: string, file = 'x.ts'): string[] {
  const src = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    else if (ts.isTemplateExpression(n))
      out.push([n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' … '));
    else ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Names, not figures: dates, years and resolution numbers, vote and draft symbols. */
const NAMES = new RegExp(
  [
    `\\b\\d{1,2} (?:${MONTHS})(?: \\d{4})?\\b`,
    `\\b(?:${MONTHS}) \\d{4}\\b`,
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b(?:A\\/RES\\/)?ES-11\\/\\d+\\b',
    '\\b(?:A\\/ES-11\\/)?L\\.\\d+\\b',
    '\\b\\d{4}\\b',
  ].join('|'),
  'gi',
);
const TALLY = /\b\d{1,3}\s?[-–]\s?\d{1,3}\s?[-–]\s?\d{1,3}\b/;
const THOUSANDS = /\b\d{1,3}(?:,\d{3})+\b/;
const VOTE_WORD =
  '(?:votes?|voted|voting|in favou?r|against|abstain\\w*|abstentions?|members?|states|countries|nations|civilians|killed|children|yes|no|tally)';
/** A number of two or more digits within three words of a vote word, either side. */
const COUNTED = new RegExp(
  `\\b\\d{2,}\\b(?:\\W+\\w+){0,3}?\\W+${VOTE_WORD}\\b|\\b${VOTE_WORD}(?:\\W+\\w+){0,3}?\\W+\\d{2,}\\b`,
  'i',
);
const CLAIM_VERB =
  /\b(vetoed|abstained|voted (?:against|in favou?r|for|yes|no)|opposed|sponsored|was adopted|were adopted|passed|failed)\b/;

export function figureIn(text: string): string | null {
  const t = text.replace(NAMES, ' ');
  return TALLY.exec(t)?.[0] ?? THOUSANDS.exec(t)?.[0] ?? COUNTED.exec(t)?.[0] ?? null;
}

/** A past-tense claim about a named member ("Russia vetoed …"): `names` are member names and aliases. */
export function claimIn(text: string, names: RegExp): string | null {
  // A question ("Who voted against Ukraine’s resolution?") claims nothing.
  if (/\?\s*$/.test(text)) return null;
  const verb = CLAIM_VERB.exec(text);
  const who = names.exec(text);
  return verb && who ? `${who[0]} … ${verb[0]}` : null;
}

/** The words of a text, without dates and symbols (shared by every text about the votes). */
const words = (s: string) =>
  s
    .replace(NAMES, ' ')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? [];
/** Every run of `n` words in the texts. */
export function shingles(texts: string[], n = 7): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    const w = words(t);
    for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  }
  return out;
}

/** The first run of seven words the text shares with the knowledge, if any. */
export function duplicateIn(text: string, known: Set<string>, n = 7): string | null {
  const w = words(text);
  for (let i = 0; i + n <= w.length; i++) {
    const s = w.slice(i, i + n).join(' ');
    if (known.has(s)) return s;
  }
  return null;
}
