/**
 * Answers in the question's language. The router answers in English with its structured data (positions,
 * tallies, quotes); `localize` rebuilds the summary and the position and tally lines of the main kinds of
 * answer from that data, with the target language's catalogue. Quotes stay verbatim, labelled with their
 * language; citations and structured data are untouched; any sentence it cannot rebuild stays in English and
 * the answer says so. Kinds it does not know stay in English, with a note in the target language.
 */
import type { Answer, Block } from '../answer.ts';
import type { Knowledge } from '../knowledge/model.ts';
import type { Lang } from './lang.ts';
import { Messages } from './messages.ts';
import type { LanguageReading } from './reading.ts';
import { REBUILDERS } from './rebuild.ts';

export interface LocalizeContext {
  k: Knowledge;
  m: Messages;
}

/** A rebuilt answer, and whether any of its sentences stayed in English. */
export interface Rebuilt {
  answer: Answer;
  partlyEnglish: boolean;
}

const note = (a: Answer, text: string): Answer => ({
  ...a,
  blocks: [...a.blocks, { type: 'note', text } as Block],
});

/** Questions to ask next, in the language: the help examples of the other kinds (English ones would not fit). */
function suggestions(m: Messages, a: Answer): string[] {
  if (a.suggestions.length === 0) return [];
  const own = { country_vote: 'country', list: 'list', tally: 'tally', quote: 'quote' }[a.intent];
  const kinds = (['country', 'list', 'tally', 'quote'] as const).filter((x) => x !== own);
  return kinds.slice(0, 2).map((x) => m.t(`help.example.${x}`));
}

export function localize(k: Knowledge, a: Answer, reading: LanguageReading): Answer {
  const out = reading.lang === 'en' ? a : translate(k, a, reading.lang);
  return reading.note ? note(out, reading.note) : out;
}

function translate(k: Knowledge, a: Answer, lang: Lang): Answer {
  const m = new Messages(lang);
  const rebuild = REBUILDERS[a.intent];
  const r = rebuild ? rebuild(a, { k, m }) : null;
  if (!r) return { ...note(a, m.t('note.english')), lang };
  const answer: Answer = { ...r.answer, lang, suggestions: suggestions(m, a) };
  return r.partlyEnglish || m.fellBack ? note(answer, m.t('note.partlyEnglish')) : answer;
}
