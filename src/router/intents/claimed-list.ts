/**
 * "2774 passed with Denmark, France, Greece, Slovenia and Germany abstaining, correct?": a list of members in one
 * position on one vote, claimed. The answer is the record's list, with what the claim got wrong said plainly.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import { addCitations, primarySources } from '../cite.ts';
import { joinNames, positionWord, shortCountry, VOTED_ON, voteName } from '../describe.ts';
import { namedVotes } from '../readings.ts';
import { capital } from './history-lines.ts';
import type { Intent, Reading } from './intent.ts';

/** Asks whether what it says is so. */
const CLAIM = /\b(?:correct|right|true|accurate|is that so|confirm|yes or no)\b|\bam i right\b/;
/** At least this many members named make a list rather than a comparison. */
const LISTED = 3;

function claimed(r: Reading) {
  const ids = namedVotes(r.p);
  const [position] = r.p.positions;
  if (!ids || ids.length !== 1 || r.p.positions.length !== 1 || !position) return null;
  if (r.p.countries.length < LISTED || !CLAIM.test(r.t)) return null;
  const vote = r.k.voteById.get(ids[0]!);
  return vote?.listsComplete ? { vote, position } : null;
}

function answer(r: Reading): Answer {
  const { vote, position } = claimed(r)!;
  const named = r.p.countries;
  const actual = [...vote.positions].filter(([, p]) => p === position).map(([c]) => c);
  const wrong = named.filter((c) => !actual.includes(c));
  const missing = actual.filter((c) => !named.includes(c));
  const word = positionWord(position).toLowerCase();
  const list = joinNames(actual.map(shortCountry));
  const a = emptyAnswer(
    'answer',
    'claim_list',
    wrong.length === 0
      ? `Yes: ${joinNames(named.map(shortCountry))} ${VOTED_ON[position]} ${voteName(vote)}; ${actual.length === named.length ? 'they were all the members that did' : `in all: ${list}`}.`
      : `${wrong.length === named.length ? 'No' : 'Not quite'}: on ${voteName(vote)}, the members recorded as “${word}” were ${list}.`,
  );
  for (const c of wrong) {
    const p = vote.positions.get(c);
    a.blocks.push({
      type: 'paragraph',
      text: p
        ? `${capital(shortCountry(c))}: ${positionWord(p).toLowerCase()}, not ${word}.`
        : `${capital(shortCountry(c))} had no vote on it${vote.body === 'SC' ? ': it was not a member of the Council' : ''}.`,
    });
    if (p) a.positions.push({ vote: vote.symbol, country: c, position: p });
  }
  // "With A, B, C, D and E abstaining": as many named as there were, so the one left out is said too.
  if (wrong.length > 0 && missing.length > 0 && named.length === actual.length)
    a.blocks.push({
      type: 'paragraph',
      text: `Left out of the claim: ${joinNames(missing.map(shortCountry))}.`,
    });
  for (const c of actual) a.positions.push({ vote: vote.symbol, country: c, position });
  addCitations(r.k, a, primarySources(vote.sources));
  a.confidence = 0.9;
  return a;
}

export const claimedListIntent: Intent = {
  id: 'claim_list',
  // Above members compared (a named kind of question): the claim is what is asked.
  ceiling: 77,
  match: (r) => (claimed(r) ? 77 : null),
  answer,
};
