/** "What was the tally on ES-11/7?", "how many voted against?": the recorded counts. */
import type { Answer } from '../../answer.ts';
import { tallyAnswer } from '../answers/tally.ts';
import { BOTH } from '../cues.ts';
import { LIST_CUE, TALLY_CUE, VOTE_CUE } from '../lexicon.ts';
import { namedVotes } from '../readings.ts';
import type { Intent, Reading } from './intent.ts';

const HOW_MANY = /\bhow many\b/;
/** "Both GA texts got exactly 93 yes votes?", "was it 18 no votes?": a count typed with its position. */
const TYPED_COUNT =
  /(?<!\b(?:all|the|those|these|all the) )\b\d{1,3} (?:yes|yeses|no|nos|votes? (?:in favou?r|against|for)|yes votes|no votes|abstentions|abstaining|in favou?r|against)\b/;

function score({ p, t }: Reading): number | null {
  const bothOne = BOTH.test(t) && p.positions.length === 1;
  const countsOnly = !LIST_CUE.test(t.replace(/\bhow many (countries|states|nations|members)\b/, ''));
  // "How many voted against?" before an unknown name or a group is read: a count is asked.
  if (HOW_MANY.test(t) && !p.group && p.positions.length <= 1 && !bothOne && countsOnly) return 60;
  // A count typed for checking is a question about the tally, not about the members in that position.
  if (TYPED_COUNT.test(t) && p.countries.length === 0 && !p.group && !LIST_CUE.test(t)) return 60;
  if (HOW_MANY.test(t) && !bothOne) return 57;
  const ids = namedVotes(p);
  if (TALLY_CUE.test(t) || (ids && VOTE_CUE.test(t))) return 55;
  return null;
}

export const tallyIntent: Intent = {
  id: 'tally',
  ceiling: 60,
  match: score,
  answer: ({ k, p, t }) => confirmTyped(t, tallyAnswer(k, namedVotes(p))),
};

/** "93-8-73, is that right for ES-11/8?": a tally typed with a check word, against the one recorded. */
const TYPED = /\b(\d{1,3})(?:-| to )(\d{1,3})(?:-| to )(\d{1,3})\b/;
const CHECK = /\b(right|correct|accurate|true|confirm\w*|is that|was it|really)\b/;

function confirmTyped(t: string, a: Answer): Answer {
  const m = TYPED.exec(t);
  if (!m || !CHECK.test(t) || a.tallies.length !== 1) return a;
  const [yes, no, abstain] = [m[1], m[2], m[3]].map(Number);
  const stated = a.tallies[0]!;
  const same = stated.yes === yes && stated.no === no && stated.abstain === abstain;
  const lead = same
    ? `Yes, that is right: ${stated.vote} was ${stated.yes}-${stated.no}-${stated.abstain}.`
    : `No: the recorded result of ${stated.vote} is ${stated.yes}-${stated.no}-${stated.abstain}, not ${yes}-${no}-${abstain}.`;
  return { ...a, summary: `${lead} ${a.summary}` };
}
