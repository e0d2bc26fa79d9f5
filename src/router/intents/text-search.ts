/** What a question asks a text about ("territorial integrity", "Russia as the aggressor"), and where a text says it. */
import type { Knowledge } from '../../knowledge/model.ts';
import type { TextDocument } from '../../knowledge/schema-v2.ts';
import { STOPWORDS } from '../lexicon.ts';
import { foldText } from '../normalize.ts';
import { ACTORS, FILLER, textWords } from './text-words.ts';

/** The words after "about", "mention", "name", "contain"…: the subject asked about. */
const SUBJECT =
  /\b(?:the word|the words|the phrase|the term|say|says|said|mention|mentions|mentioned|name|names|named|contain|contains|include|includes|refer to|refers to|refer back to|refers back to|call for|calls for|call|calls|called|describe|describes|use the words?|use for|uses for|used for|talk about|talks about|speak about|speaks about|demand|demands|demanded|urge|urges|ask for|asks for|condemn|condemns|recogni[sz]e|recogni[sz]es|reaffirm|reaffirms|require|requires|insist on|tell|tells|about|on)\b (.+)$/;
const PASSIVE =
  /^(?:so |and |but )?(?:is|are|was|were) (?:the (?:word|words|phrase|term) )?(.+?) (?:mentioned|named|used|referred to|cited|included|in it|in there|anywhere)\b/;
/** "Which resolutions does ES-11/7 recall?": a verb the texts themselves open paragraphs with, asked alone. */
const TEXT_VERB =
  /\b(recall|recalls|reaffirm|reaffirms|demand|demands|condemn|condemns|implore|implores|urge|urges|mourn|mourns|reiterate|reiterates|note|notes)\b/;
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
  'preamble',
  'preambular',
  'paragraph',
  'paragraphs',
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
  /** "Zaporizhzhia or nuclear safety": each alternative's stems; a text meets the subject when it meets one. */
  alternatives: string[][];
}

const WORDS = textWords(stem);
const unquote = (w: string) => w.replace(/^["'“”‘’`]+|["'“”‘’`]+$/g, '');
const ACTOR_STEMS = new Set([...ACTORS].map(stem));
const isSubjectWord = (w: string) =>
  w.length > 1 && !NOT_SUBJECT.has(w) && !FILLER.has(w) && !/^(op|pp)\d*$/.test(w);

/** The subject a question asks a text about, or null when it asks for the text as a whole. */
export function subjectOf(t: string, docWords: RegExp): Subject | null {
  const rest = t.replace(docWords, ' ').replace(/\s+/g, ' ');
  const m = SUBJECT.exec(rest);
  const verb = TEXT_VERB.exec(rest)?.[1];
  // "Is de-escalation mentioned anywhere in ES-11/7?": the subject before a verb in the passive.
  const passive = PASSIVE.exec(rest)?.[1];
  const asked = passive ?? m?.[1] ?? '';
  const alternatives = asked
    .split(/\bor\b/)
    .map((part) => part.split(' ').map(unquote).filter(isSubjectWord))
    .filter((part) => part.length > 0);
  // "Which earlier resolutions does ES-11/7 recall?": the verb is what is looked for.
  if (alternatives.length === 0 && verb && !m) alternatives.push([verb]);
  const words = alternatives.flat();
  if (words.length === 0) return null;
  return {
    phrase: alternatives.map((a) => a.join(' ')).join(' or '),
    terms: [...new Set(words.map(stem))],
    words: Object.fromEntries(words.map((w) => [stem(w), w])),
    alternatives: alternatives.map((a) => [...new Set(a.map(stem))]),
  };
}

/** A term, or one of its equivalents ("troops": "forces"), is among a text's stems. */
export const meetsTerm = (stems: Set<string>, term: string): boolean =>
  WORDS.equivalents(term).some((t) => hasTerm(stems, t));

/**
 * A text meets a subject when it has every word of one alternative, or of its words that do not name Russia,
 * Ukraine or the US (every text is about them: "withdraw its troops" is found without "Russia").
 */
export function meetsSubject(text: string, subject: Subject): boolean {
  const stems = stemsOf(text);
  return subject.alternatives.some((alt) => {
    const needed = alt.filter((t) => !ACTOR_STEMS.has(t));
    return (needed.length > 0 ? needed : alt).every((t) => meetsTerm(stems, t));
  });
}

/** Stems near those asked ("invasion": "conflict"), for saying which words a text uses instead. */
export const relatedTerms = (subject: Subject): string[] => [
  ...new Set(subject.terms.flatMap((t) => WORDS.related(t))),
];

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

const PARAGRAPH =
  /\b(op|pp|operative paragraph|preambular paragraph) ?(\d{1,2})\b|\b(first|second|third) (?:(operative|preambular) )?(?:paragraph|para)\b|\b(operative|preambular) (?:paragraphs?|part)\b/;
const ORDINALS: Record<string, string> = { first: '1', second: '2', third: '3' };

/** "OP1", "PP2"; "first para" is PP1; "the operative paragraph(s)" is every OP ("OP"). */
export function paragraphAsked(t: string): string | null {
  const m = PARAGRAPH.exec(t);
  if (!m) return null;
  if (m[2]) return `${m[1]?.startsWith('o') ? 'OP' : 'PP'}${m[2]}`;
  if (m[5]) return m[5] === 'operative' ? 'OP' : 'PP';
  return `${m[4] === 'operative' ? 'OP' : 'PP'}${ORDINALS[m[3] ?? ''] ?? ''}`;
}
