/**
 * Greedy longest-match of phrases over tokens. A phrase is a list of word patterns: a folded word, a prefix
 * ("abstenu*"), or a stem that takes a case ending (country names in Russian and Ukrainian, a German genitive
 * "s"). Where several phrases start at a word, the one covering most words wins, then the longest spelled.
 */
import { cyrillicStem, foldWord, type Token } from './fold.ts';
import type { ForeignLang } from './lang.ts';

export interface WordPattern {
  lit: string;
  /** The word as written in the phrase, folded: an exact hit on it beats a stem's. */
  full: string;
  /** `prefix`: any word starting with `lit`; `inflected`: `lit` plus a case ending of the language. */
  mode: 'exact' | 'prefix' | 'inflected';
}

export interface Phrase {
  words: WordPattern[];
  /** What the phrase becomes in the English the router reads. */
  en: string;
  /** The spelled length, to break ties between phrases covering as many words. */
  size: number;
  /** Lower first among equals: a language's own names (ICU, lexicon) before names in other languages. */
  rank: number;
}

const ENDINGS: Partial<Record<ForeignLang, RegExp>> = {
  ru: /^[аяоеиыуюьмхв]{0,3}$/,
  uk: /^[аяоеиіуюьмхвєї]{0,3}$/,
  de: /^s?$/,
};

/** Compiles "résolution ukrainienne" or "abstenu*" into patterns; names inflect where the language does. */
export function compilePhrase(
  lang: ForeignLang,
  text: string,
  en: string,
  inflect = false,
  rank = 0,
): Phrase {
  const parts = lang === 'zh' ? [...text.replace(/\s+/g, '')] : text.split(/\s+/).filter((w) => w.length > 0);
  const words = parts.map((p): WordPattern => {
    if (p.endsWith('*')) {
      const lit = foldWord(lang, p.slice(0, -1));
      return { lit, full: lit, mode: 'prefix' };
    }
    const full = foldWord(lang, p);
    if (inflect && (lang === 'ru' || lang === 'uk'))
      return { lit: cyrillicStem(full), full, mode: 'inflected' };
    return { lit: full, full, mode: inflect && lang === 'de' ? 'inflected' : 'exact' };
  });
  return { words, en, size: words.reduce((n, w) => n + w.lit.length, 0), rank };
}

function wordMatches(lang: ForeignLang, p: WordPattern, key: string): boolean {
  if (p.mode === 'exact') return key === p.lit;
  if (!key.startsWith(p.lit)) return false;
  if (p.mode === 'prefix') return true;
  const ending = ENDINGS[lang];
  return ending ? ending.test(key.slice(p.lit.length)) : key === p.lit;
}

function better(p: Phrase, exact: number, q: Phrase, qExact: number): boolean {
  if (p.words.length !== q.words.length) return p.words.length > q.words.length;
  if (exact !== qExact) return exact > qExact;
  if (p.rank !== q.rank) return p.rank < q.rank;
  return p.size > q.size;
}

export class PhraseMatcher {
  private readonly byFirst = new Map<string, Phrase[]>();

  constructor(
    private readonly lang: ForeignLang,
    phrases: Phrase[],
  ) {
    for (const p of phrases) {
      const first = p.words[0];
      if (!first || first.lit.length === 0) continue;
      const key = first.lit.slice(0, lang === 'zh' ? 1 : 2);
      const list = this.byFirst.get(key) ?? [];
      list.push(p);
      this.byFirst.set(key, list);
    }
  }

  /**
   * The best phrase starting at token `i`, or null: the most words, then the most words typed exactly as
   * written ("Нігерія" is Nigeria's name, a case of Niger's stem only by accident), then the language's own
   * names, then the longest.
   */
  at(tokens: Token[], i: number): Phrase | null {
    const key = tokens[i]?.key ?? '';
    let best: { p: Phrase; exact: number } | null = null;
    for (const p of this.byFirst.get(key.slice(0, this.lang === 'zh' ? 1 : 2)) ?? []) {
      if (i + p.words.length > tokens.length) continue;
      if (!p.words.every((w, j) => wordMatches(this.lang, w, tokens[i + j]?.key ?? ''))) continue;
      const exact = p.words.filter((w, j) => tokens[i + j]?.key === w.full).length;
      if (!best || better(p, exact, best.p, best.exact)) best = { p, exact };
    }
    return best?.p ?? null;
  }
}
