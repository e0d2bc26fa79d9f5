/** Sentences about one member on one earlier or later Assembly vote: only what the record holds. */
import type { StatedPosition } from '../../answer.ts';
import type { Knowledge, Vote } from '../../knowledge/model.ts';
import type { HistoryVote } from '../../knowledge/model-v2.ts';
import type { Position } from '../../knowledge/schema.ts';
import { FOR_UKRAINE } from '../cues.ts';
import { joinNames, positionWord, shortCountry } from '../describe.ts';
import { historyName, missingLists, VOTED_ON } from './history-votes.ts';
import type { Reading } from './intent.ts';

/** Members a vote question asks about: "backed Ukraine", "against Ukraine" name what was voted on, not a member. */
export const membersAsked = (r: Reading): string[] =>
  r.p.countries.filter((c) => !(c === 'Ukraine' && FOR_UKRAINE.test(r.t)));

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const CAUTION = /\b(caution|footnote|boycott|twice|disput|inferred)/i;

/** The record's own caution about this member ("treat Bahamas 'no' with caution", "Afghanistan … inferred"). */
export function cautionFor(v: Vote, country: string): string | null {
  const names = [country, shortCountry(country).replace(/^the /, '')].map(
    (n) => new RegExp(`(?<![\\p{L}-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'u'),
  );
  const sentence = v.confidence
    .split(/(?<=\.)\s+/)
    .find((s) => names.some((n) => n.test(s)) && CAUTION.test(s) && !/^Disputed:/.test(s));
  return sentence ?? null;
}

/** A report that differs from the record of the day's votes (knowledge/disputed.json), said beside the record. */
export function disputeFor(
  k: Knowledge,
  v: Vote,
  country: string,
): { text: string; sources: string[] } | null {
  const d = k.disputed.positions.find((x) => x.vote === v.symbol && x.country === country);
  if (!d) return null;
  return {
    text: `The UN record shows ${shortCountry(country)} ${positionWord(d.record)} on ${v.symbol}; a report differs: ${d.other}.`,
    sources: d.sources,
  };
}

export interface MemberLine {
  text: string;
  stated: StatedPosition | null;
}

/** One member on one vote: its position with the record's completeness, or plainly that it is not known. */
export function memberLine(v: HistoryVote, country: string): MemberLine {
  const who = capital(shortCountry(country));
  const position = v.positions.get(country);
  const missing = missingLists(v);
  const tail = missing.length > 0 ? `; ${joinNames(missing)}` : '';
  if (position) {
    const stated = { vote: v.symbol, country, position };
    if (v.listsComplete) return { text: `${who} ${VOTED_ON[position]} ${historyName(v)}.`, stated };
    const n = v.tally?.[position];
    const among = n === null || n === undefined ? 'the members' : `the ${n} members`;
    return { text: `${who} is among ${among} that ${VOTED_ON[position]} ${historyName(v)}${tail}.`, stated };
  }
  if (v.unplaced.includes(country))
    return {
      text: `No source held places ${shortCountry(country)} on ${historyName(v)}: its vote is not known${tail}.`,
      stated: null,
    };
  const complete = (['yes', 'no', 'abstain', 'absent'] as const).filter((p) => v.listComplete[p]);
  const lists = joinNames(complete.map((p) => LIST_WORD[p]));
  const notIn =
    complete.length > 0 ? ` (it is not in the complete ${lists} list${complete.length > 1 ? 's' : ''})` : '';
  return {
    text: `${who} is not named on the lists held for ${historyName(v)}, so its vote is not known${notIn}${tail}.`,
    stated: null,
  };
}

const LIST_WORD: Record<Position, string> = {
  yes: 'in-favour',
  no: '“against”',
  abstain: 'abstention',
  absent: 'not-voting',
};
