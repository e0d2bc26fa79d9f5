/** "What was the tally on ES-11/7?", "how many voted against?": the recorded counts. */
import { tallyAnswer } from '../answers/tally.ts';
import { BOTH } from '../cues.ts';
import { LIST_CUE, TALLY_CUE, VOTE_CUE } from '../lexicon.ts';
import { namedVotes } from '../readings.ts';
import type { Intent, Reading } from './intent.ts';

const HOW_MANY = /\bhow many\b/;

function score({ p, t }: Reading): number | null {
  const bothOne = BOTH.test(t) && p.positions.length === 1;
  const countsOnly = !LIST_CUE.test(t.replace(/\bhow many (countries|states|nations|members)\b/, ''));
  // "How many voted against?" before an unknown name or a group is read: a count is asked.
  if (HOW_MANY.test(t) && !p.group && p.positions.length <= 1 && !bothOne && countsOnly) return 60;
  if (HOW_MANY.test(t) && !bothOne) return 57;
  const ids = namedVotes(p);
  if (TALLY_CUE.test(t) || (ids && VOTE_CUE.test(t))) return 55;
  return null;
}

export const tallyIntent: Intent = {
  id: 'tally',
  ceiling: 60,
  match: score,
  answer: ({ k, p }) => tallyAnswer(k, namedVotes(p)),
};
