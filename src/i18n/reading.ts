/**
 * How the router reads a question's language: the text it routes (English, or the pre-pass's English for the
 * supported languages), the language to answer in, and a note when it answers in English for a reason.
 */
import { detectLanguage } from './detect.ts';
import { type Lang, languageName } from './lang.ts';
import type { Translator } from './to-english.ts';

export interface LanguageReading {
  /** What the router reads: the question itself in English, else its rendering in English cue words. */
  text: string;
  /** The language to answer in. */
  lang: Lang;
  /** Said in English when the answer is in English for a reason (a mix of languages, an unsupported one). */
  note: string | null;
}

const SUPPORTED = 'Arabic, Chinese, English, French, German, Russian, Spanish and Ukrainian';

export function readLanguage(t: Translator, question: string, fallback: Lang = 'en'): LanguageReading {
  const d = detectLanguage(question);
  if (d.kind === 'one') {
    if (d.lang === 'en')
      return {
        text: question,
        lang: d.lang === 'en' && fallback !== 'en' && !hasWords(question) ? fallback : 'en',
        note: null,
      };
    return { text: t.toEnglish(d.lang, question), lang: d.lang, note: null };
  }
  if (d.kind === 'mixed') {
    const [a, b] = d.langs.map((l) => languageName(l));
    return {
      text: d.read ? t.toEnglish(d.read, question, true) : question,
      lang: 'en',
      note: `Your question mixes ${a} and ${b}, so I have answered in English.`,
    };
  }
  return {
    text: question,
    lang: 'en',
    note: `I answer in ${SUPPORTED}. Your question looks like ${languageName(d.lang)}, so I have answered in English.`,
  };
}

/** A question with no words of any language (a country name, a symbol) takes the conversation's language. */
const hasWords = (q: string) => /\b(?:how|what|who|which|did|the|vote|voted)\b/i.test(q);
