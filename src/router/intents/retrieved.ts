/**
 * The reading of last resort: when no intent is sure, what the fact base holds that best matches the words
 * (facts, timeline events, definitions, quotes, amendments), each cited. "I'm not sure" is left for questions
 * where nothing in the base matches.
 */

import { type Answer, emptyAnswer } from '../../answer.ts';
import { cite } from '../cite.ts';
import { DOMAIN, VOTE_WORDS } from '../cues.ts';
import { addQuote } from '../describe.ts';
import { type Hit, retrievalIndex } from '../retrieve.ts';
import type { Intent, Reading } from './intent.ts';

/** A match this good names the subject of an item, not just a word it shares with many. */
const MIN_SCORE = 5;
const STRONG_SCORE = 8;
const WHOLE_SCORE = 4;
const found = new WeakMap<Reading, Hit[]>();

function hitsFor(r: Reading): Hit[] {
  let hits = found.get(r);
  if (!hits) {
    const all = retrievalIndex(r.k).search(r.t, { limit: 3 });
    const best = all[0]?.score ?? 0;
    const top = all[0];
    // Two words of the question in one item, or every word of it in one ("zaporizhzhia").
    const good =
      top && ((best >= MIN_SCORE && top.matched >= 2) || (best >= WHOLE_SCORE && top.coverage === 1));
    hits = good ? all.filter((h) => h.score >= 0.6 * best) : [];
    found.set(r, hits);
  }
  return hits;
}

/** About the votes, the war or the UN at all: a question on pizza shares words with the base by chance. */
const onSubject = (r: Reading): boolean =>
  VOTE_WORDS.test(r.t) ||
  DOMAIN.test(r.t) ||
  r.p.countries.length > 0 ||
  r.p.people.speakers.length > 0 ||
  // Or it names an item's own subject outright ("the Oval Office meeting", "the minerals deal").
  ((hitsFor(r)[0]?.score ?? 0) >= STRONG_SCORE && (hitsFor(r)[0]?.coverage ?? 0) >= 0.75);

/** The base holds an item that every word of the question names: no refusal should hide it. */
export const namedInBase = (r: Reading): boolean => hitsFor(r)[0]?.coverage === 1;

export const retrievedIntent: Intent = {
  id: 'retrieved',
  ceiling: 20,
  match: (r) => (onSubject(r) && hitsFor(r).length > 0 ? 20 : null),
  answer: (r) => {
    const a: Answer = emptyAnswer('answer', 'retrieved', 'Here is what I hold that matches your question:');
    const sources: string[][] = [];
    for (const { item } of hitsFor(r)) {
      if (item.kind === 'quote') {
        const q = r.k.quotes.find((x) => x.id === item.id);
        if (q) addQuote(a, q);
      } else a.blocks.push({ type: 'paragraph', text: item.date ? `${item.date}: ${item.text}` : item.text });
      sources.push(item.sources);
    }
    a.citations = cite(r.k, ...sources);
    a.confidence = 0.5;
    a.suggestions = ['help', 'Show me the timeline'];
    return a;
  },
};
