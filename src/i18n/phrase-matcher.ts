/**
 * Greedy longest-match of phrases over tokens. A phrase is a list of word patterns: a folded word, a prefix
 * ("abstenu*"), or a stem that takes a case ending (country names in Russian and Ukrainian, a German genitive
 * "s"). Where several phrases start at a word, the one covering most words wins, then the longest spelled.
 */
import { cyrillicStem, foldWord, type Token } from './fold.ts';
import type { ForeignLang } from './lang.ts';

export interface WordPattern {
  lit: string;
  /** `prefix`: any word starting with `lit`; `inflected`: `lit` plus a case ending of the language. */
  mode: 'exact' | 'prefix' | 'inflected';
}

export interface Phrase {
  words: WordPattern[];
  /** What the phrase becomes in the English the router reads. */
  en: string;
  /** The spelled length, to break ties between phrases covering as many words. */
  size: number;
}

const ENDINGS: Partial<Record<ForeignLang, RegExp>> = {
  ru: /^[аяоеиыуюьмхв]{0,3}$/,
  uk: /^[аяоеиіуюьмхвєї]{0,3}$/,
  de: /^s?$/,
};

/** Compiles "résolution ukrainienne" or "abstenu*" into patterns; names inflect where the language does. */
export function compilePhrase(lang: ForeignLang, text: string, en: string, inflect = false): Phrase {
  const parts = lang === 'zh' ? [...text.replace(/\s+/g, '')] : text.split(/\s+/).filter((w) => w.length > 0);
  const words = parts.map((p): WordPattern => {
    if (p.endsWith('*')) return { lit: foldWord(lang, p.slice(0, -1)), mode: 'prefix' };
    const lit = foldWord(lang, p);
    if (inflect && (lang === 'ru' || lang === 'uk')) return { lit: cyrillicStem(lit), mode: 'inflected' };
    return { lit, mode: inflect && lang === 'de' ? 'inflected' : 'exact' };
  });
  return { words, en, size: words.reduce((n, w) => n + w.lit.length, 0) };
}

function wordMatches(lang: ForeignLang, p: WordPattern, key: string): boolean {
  if (p.mode === 'exact') return key === p.lit;
  if (!key.startsWith(p.lit)) return false;
  if (p.mode === 'prefix') return true;
  const ending = ENDINGS[lang];
  return ending ? ending.test(key.slice(p.lit.length)) : key === p.lit;
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

  /** The best phrase starting at token `i`, or null. */
  at(tokens: Token[], i: number): Phrase | null {
    const key = tokens[i]?.key ?? '';
    let best: Phrase | null = null;
    for (const p of this.byFirst.get(key.slice(0, this.lang === 'zh' ? 1 : 2)) ?? []) {
      if (i + p.words.length > tokens.length) continue;
      if (!p.words.every((w, j) => wordMatches(this.lang, w, tokens[i + j]?.key ?? ''))) continue;
      if (
        !best ||
        p.words.length > best.words.length ||
        (p.words.length === best.words.length && p.size > best.size)
      )
        best = p;
    }
    return best;
  }
}
