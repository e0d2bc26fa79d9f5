/**
 * "Who said 'peace is within our reach'?", "did anyone say aggression shouldn't be rewarded?", "who called the US
 * draft a 'symbolic, simple first step'?": the speakers of the words asked about, found in every verbatim fragment
 * of the statements (knowledge/statements.json) and in the checked quotes (knowledge/quotes.json). The words are
 * given as the statement holds them, with speaker, meeting and source; nothing is matched on a paraphrase.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import type { Statement } from '../../knowledge/schema-v2.ts';
import { addCitations } from '../cite.ts';
import { addQuote, joinNames } from '../describe.ts';
import { STOPWORDS } from '../lexicon.ts';
import { foldText } from '../normalize.ts';
import type { Intent, Reading } from './intent.ts';
import { addStatement, speakerOf } from './statement-blocks.ts';

/** Asking for the speaker of some words: "who said", "did anyone say", "which delegate called it". */
const ASKS_WHO =
  /\bwho (?:said|says|say|called|described|used|spoke of|talked about|mentioned|warned|argued|claimed|insisted)\b|\b(?:did|has|had) (?:anyone|anybody|any (?:delegate|speaker|ambassador|diplomat|country|delegation|member|one)|someone|somebody) (?:say|said|call|called|describe|described|use|used|mention|mentioned|talk about|talked about|speak of|spoke of|argue|argued|warn|warned|claim|claimed)\b|\bwhich (?:delegate|speaker|ambassador|diplomat|country|delegation|official|minister|envoy) (?:said|called|described|used|spoke of|warned|argued)\b|\bwho(?:se)? (?:words|line|quote|phrase) (?:was|is|were)\b/;
/** Words of the asking, not of the words asked about. */
const ASKING = new Set(
  `who said says say saying called call described describe used use spoke speak talked talk about mentioned mention
  warned argued argue warn claim claimed insisted anyone anybody someone somebody any delegate speaker ambassador diplomat country
  delegation member one which whose words line quote quoted phrase did has had was were the un at in on that day
  meeting resolution resolutions text draft council assembly vote votes general security ga sc unga unsc`.split(
    /\s+/,
  ),
);

interface Held {
  speaker: string;
  text: string;
  statement: Statement | null;
}

const indexes = new WeakMap<Knowledge, { held: Held; folded: string }[]>();

/** Every verbatim fragment and checked quote, folded once per knowledge base. */
function heldWords(k: Knowledge): { held: Held; folded: string }[] {
  let list = indexes.get(k);
  if (!list) {
    list = [];
    for (const s of k.statements)
      for (const f of s.fragments)
        if (f.verbatim)
          list.push({
            held: { speaker: speakerOf(s), text: f.text, statement: s },
            folded: ` ${foldText(f.text)} `,
          });
    for (const q of k.quotes)
      list.push({
        held: { speaker: q.speaker, text: q.text, statement: null },
        folded: ` ${foldText(q.text)} `,
      });
    indexes.set(k, list);
  }
  return list;
}

/** The words asked about: the question without its asking words, stop words and short words. */
const wordsAsked = (t: string): string[] =>
  t
    .replace(/\b(\w+) t\b/g, '$1t')
    .split(' ')
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !ASKING.has(w));

/** The words held that contain most of the words asked (at least 60% of two or more); the best ones only. */
/** Words typed in quotation marks: "who said 'war of words'". */
const QUOTED = /['"“‘«]([^'"”’»]{4,80})['"”’»]/;

function found(r: Reading): Held[] {
  if (!ASKS_WHO.test(r.t)) return [];
  // Words in quotation marks are the words asked about, as a phrase: every fragment that holds them.
  const quoted = QUOTED.exec(r.p.q.display)?.[1];
  const phrase = quoted ? ` ${foldText(quoted).trim()} ` : null;
  if (phrase && phrase.trim().length >= 4) {
    const held = heldWords(r.k).filter(({ folded }) => folded.includes(phrase));
    if (held.length > 0) return held.map(({ held }) => held);
  }
  const words = wordsAsked(r.t);
  if (words.length < 2) return [];
  let best = 0;
  let hits: Held[] = [];
  for (const { held, folded } of heldWords(r.k)) {
    const n = words.filter((w) => folded.includes(` ${w} `)).length;
    if (n > best) [best, hits] = [n, [held]];
    else if (n === best && n > 0) hits.push(held);
  }
  return best >= 2 && best / words.length >= 0.6 ? hits : [];
}

function answer(r: Reading): Answer {
  const hits = found(r);
  const speakers = [...new Set(hits.map((h) => h.speaker))];
  const a = emptyAnswer(
    'answer',
    'quote',
    `Those words were said by ${joinNames(speakers)} (verbatim, with sources):`,
  );
  const statements = [...new Set(hits.map((h) => h.statement).filter((s): s is Statement => s !== null))];
  const words = new Set(hits.map((h) => h.text));
  for (const s of statements) addStatement(r.k, a, s, words);
  const shown = new Set(a.quotes.map((q) => foldText(q.text)));
  for (const q of r.k.quotes)
    if (hits.some((h) => h.statement === null && h.text === q.text) && !shown.has(foldText(q.text))) {
      addQuote(a, q);
      addCitations(r.k, a, [q.source, ...(q.extra_sources ?? [])]);
    }
  a.suggestions = speakers.slice(0, 2).map((s) => `What else did ${s} say?`);
  a.confidence = 0.9;
  return a;
}

export const saidWordsIntent: Intent = {
  id: 'said_words',
  ceiling: 86,
  // Above a text search (a quotation is not a text's wording) and the quote intent's "no quote held".
  match: (r) => (found(r).length > 0 ? 86 : null),
  answer,
};
