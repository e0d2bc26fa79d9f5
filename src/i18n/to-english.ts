/**
 * The pre-pass: a question in one of the supported languages is rewritten as the English words the router
 * already understands ("Qui a voté contre la résolution ukrainienne ?" -> "who voted against the ukraine
 * resolution"), keeping names, symbols and numbers. Every intent benefits at once, and English questions never
 * go through it. Words it does not know are left out, except names (capitalised, not first) and symbols.
 */
import type { Knowledge } from '../knowledge/model.ts';
import { countryPhrases } from './country-names.ts';
import { type Token, tokenize } from './fold.ts';
import type { ForeignLang } from './lang.ts';
import { LEXICONS } from './lexicon/index.ts';
import { compilePhrase, PhraseMatcher } from './phrase-matcher.ts';

const LATIN_LANGS = new Set<ForeignLang>(['fr', 'es', 'de']);

/** Built once per fact base: a matcher per language over its lexicon and its members' names. */
export class Translator {
  private readonly matchers = new Map<ForeignLang, PhraseMatcher>();

  constructor(private readonly k: Knowledge) {}

  private matcher(lang: ForeignLang): PhraseMatcher {
    let m = this.matchers.get(lang);
    if (!m) {
      const lexicon = LEXICONS[lang].phrases.map(([p, en]) => compilePhrase(lang, p, en));
      m = new PhraseMatcher(lang, [...lexicon, ...countryPhrases(this.k, lang)]);
      this.matchers.set(lang, m);
    }
    return m;
  }

  /** Builds every language's matcher now (at load), not on the first question in it. */
  warm(langs: readonly ForeignLang[]): void {
    for (const l of langs) this.matcher(l);
  }

  /** `mixed`: the question mixes in English, so unknown words are kept as typed. */
  toEnglish(lang: ForeignLang, question: string, mixed = false): string {
    const tokens = tokenize(lang, question);
    const matcher = this.matcher(lang);
    const out: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      const p = matcher.at(tokens, i);
      if (p) {
        out.push(p.en);
        i += p.words.length;
        continue;
      }
      const t = tokens[i] as Token;
      if (mixed ? t.latin : keep(lang, t, i)) out.push(t.raw);
      i += 1;
    }
    return out.join(' ');
  }
}

/** An unknown word is kept when it is a symbol or number, a Latin name in another script, or a name mid-sentence. */
function keep(lang: ForeignLang, t: Token, i: number): boolean {
  if (/\d/.test(t.raw)) return true;
  if (!LATIN_LANGS.has(lang)) return t.latin;
  return i > 0 && /^\p{Lu}/u.test(t.raw);
}
