/**
 * "Tally for 2774?" then "who were the 5?": a number in a follow-up that matches a count the answer before gave is
 * the members counted there, listed. Counts are kept per vote and position when a question is answered (see
 * router.ts); a number that matches none of them, or several positions, is not read this way.
 */
import type { Answer } from '../answer.ts';
import type { Knowledge } from '../knowledge/model.ts';
import type { Position } from '../knowledge/schema.ts';
import { NUMBER_WORDS } from './lexicon.ts';
import type { Parsed } from './understand.ts';

export interface Counted {
  /** The vote's id, and its symbol as the answer gave it. */
  vote: string;
  symbol: string;
  position: Position;
  n: number;
}

const NUMBER = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
/** "Who were the 5", "name the eight", "which 18 countries", "list those 65". */
const ASKS_FOR_COUNTED = new RegExp(
  `^(?:(?:ok|okay|and|so|wait|cool|now|can you|could you|pls|please)\\s+)*(?:who (?:were|are|was) (?:the|those|these)|which (?:were|are) (?:the|those|these)|which|name|list|show)(?: me)? (?:the |those |these |all )?${NUMBER}\\b(?! ?(?:am|pm|%))`,
);

/** The counts an answer gave: each vote's tally, by position. */
export function countedIn(k: Knowledge, a: Answer): Counted[] {
  const out: Counted[] = [];
  for (const t of a.tallies) {
    const vote = k.votes.find((v) => v.symbol === t.vote);
    if (!vote) continue;
    for (const position of ['yes', 'no', 'abstain', 'absent'] as const) {
      const n = t[position];
      if (typeof n === 'number' && n > 0) out.push({ vote: vote.id, symbol: vote.symbol, position, n });
    }
  }
  return out;
}

/** Does the question ask for members by a number ("who were the 5")? Such a question may be a follow-up. */
export const asksForCounted = (p: Parsed): boolean => ASKS_FOR_COUNTED.test(p.q.text);

/** The vote and position whose members the follow-up asks for, when its number matches one count before. */
export function countedAsked(later: Parsed, earlier: Parsed): Counted[] | null {
  const counted = earlier.counted;
  if (!counted || counted.length === 0) return null;
  const m = ASKS_FOR_COUNTED.exec(later.q.text);
  if (!m?.[1]) return null;
  const n = NUMBER_WORDS[m[1]] ?? Number(m[1]);
  const matching = counted.filter((c) => c.n === n);
  const positions = new Set(matching.map((c) => c.position));
  return matching.length > 0 && positions.size === 1 ? matching : null;
}

const VERB: Record<Position, string> = {
  yes: 'voted in favour of',
  no: 'voted against',
  abstain: 'abstained on',
  absent: 'did not vote on',
};

/** The follow-up asked as a list of the members counted: "which countries abstained on S/RES/2774 (2025)". */
export function countedFollowUp(later: Parsed, counted: Counted[]): Parsed {
  const position = counted[0]!.position;
  const listing = `which countries ${VERB[position]} ${counted.map((c) => c.symbol.toLowerCase()).join(' and ')}`;
  return {
    ...later,
    q: { ...later.q, text: listing, words: listing.split(' ') },
    votes: {
      ...later.votes,
      ids: [...new Set(counted.map((c) => c.vote))],
      body: null,
      usDraftAmbiguous: false,
    },
    positions: [position],
    group: null,
    countries: [],
    countryAt: new Map(),
  };
}
