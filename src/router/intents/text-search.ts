/** What a question asks a text about ("territorial integrity", "Russia as the aggressor"), and where a text says it. */
import type { Knowledge } from '../../knowledge/model.ts';
import type { TextDocument } from '../../knowledge/schema-v2.ts';
import { STOPWORDS } from '../lexicon.ts';
import { foldText } from '../normalize.ts';

/** The words after "about", "mention", "name", "contain"…: the subject asked about. */
const SUBJECT =
  /\b(?:the word|the words|the phrase|the term|say|says|said|mention|mentions|mentioned|name|names|named|contain|contains|include|includes|refer to|refers to|call for|calls for|call|calls|called|describe|describes|use the words?|talk about|speak about|about|on)\b (.+)$/;
const NOT_SUBJECT = new Set([
  ...STOPWORDS,
  'resolution',
  'resolutions',
  'text',
  'texts',
  'draft',
  'say',
  'says',
  'anything',
  'something',
  'word',
  'words',
  'phrase',
  'as',
  'exactly',
  'actually',
  'specifically',
  'explicitly',
  'us',
  'un',
  'es-11/7',
  'es-11/8',
  '2774',
  'ga',
  'sc',
  'not',
  'any',
  'there',
  'anywhere',
  'mention',
  'mentions',
  'paragraph',
  'paragraphs',
]);

/** Folded stem of a word: long words are cut to six letters ("aggressor" meets "aggression"). */
export const stem = (w: string): string => (w.length > 6 ? w.slice(0, 6) : w.replace(/s$/, ''));

export interface Subject {
  /** The words as asked, for the answer ("russia as the aggressor"). */
  phrase: string;
  /** Their stems, each to be found in a paragraph. */
  terms: string[];
  /** Each stem's word as asked. */
  words: Record<string, string>;
}

/** The subject a question asks a text about, or null when it asks for the text as a whole. */
export function subjectOf(t: string, docWords: RegExp): Subject | null {
  const m = SUBJECT.exec(t.replace(docWords, ' ').replace(/\s+/g, ' '));
  if (!m?.[1]) return null;
  const words = m[1].split(' ').filter((w) => w.length > 1 && !NOT_SUBJECT.has(w) && !/^(op|pp)\d*$/.test(w));
  if (words.length === 0) return null;
  return {
    phrase: words.join(' '),
    terms: [...new Set(words.map(stem))],
    words: Object.fromEntries(words.map((w) => [stem(w), w])),
  };
}

/** The stems of a text's words ("Russian Federation-Ukraine" gives "russia", "federa", "ukrain"). */
export function stemsOf(text: string): Set<string> {
  return new Set(
    foldText(text)
      .split(/[\s\-/]+/)
      .filter(Boolean)
      .map(stem),
  );
}

/** Stems that match: a term matches a stem it begins (so "russia" meets "russian"). */
export const hasTerm = (stems: Set<string>, term: string): boolean =>
  [...stems].some((s) => s.startsWith(term) || (term.startsWith(s) && s.length >= 5));

/** The day's texts a question names (by vote), as text documents; the US draft is the text as tabled. */
export function documentsNamed(k: Knowledge, voteIds: string[], asTabled: boolean): TextDocument[] {
  const ids = new Set<string>();
  for (const id of voteIds) {
    if (id === 'ga_es11_8' && asTabled) ids.add('ga_es11_l11');
    else if (k.textById.has(id)) ids.add(id);
  }
  return [...ids].map((id) => k.textById.get(id)).filter((d): d is TextDocument => d !== undefined);
}
