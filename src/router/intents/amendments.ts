/** "Which amendments did Russia veto?", "how did the US vote on the European amendments?" */

import type { Answer } from '../../answer.ts';
import { amendmentsAnswer } from '../answers/amendments.ts';
import { RUSSIA_S_AMENDMENT, RUSSIAN_AMENDMENT, WHO_ASKS } from '../cues.ts';
import { LIST_CUE } from '../lexicon.ts';
import { bodyOfVotes } from '../readings.ts';
import { facets } from './facets.ts';
import type { Intent } from './intent.ts';

const PASSED = /\b(pass(ed)?|adopted|approved|succeeded|accepted)\b/;
const FAILED = /\b(fail(ed)?|rejected|defeated|blocked|vetoed|not adopted)\b/;

export const amendmentsIntent: Intent = {
  id: 'amendments',
  ceiling: 76,
  match: (r) => (facets(r).amendments ? 76 : null),
  answer: ({ k, p, t }) =>
    listsNotHeld(
      p.positions.length > 0 && (WHO_ASKS.test(t) || LIST_CUE.test(t)),
      amendmentsAnswer(k, {
        body: p.votes.body ?? bodyOfVotes(k, p.votes.ids),
        topics: p.votes.amendmentTopics,
        vetoOnly: /\bveto/.test(t),
        sponsor:
          RUSSIAN_AMENDMENT.test(t) || RUSSIA_S_AMENDMENT.test(t)
            ? 'Russian'
            : /\beuropean|\be5\b|\beu\b/.test(t)
              ? 'European'
              : null,
        target: null,
        // "How did the US vote on the Russian amendment?": the countries asked about, not the sponsor named.
        focus: p.countries.filter(
          (c) => !(c === 'Russian Federation' && (RUSSIAN_AMENDMENT.test(t) || RUSSIA_S_AMENDMENT.test(t))),
        ),
        adopted: PASSED.test(t) ? true : FAILED.test(t) ? false : null,
      }),
    ),
};

/** "Who abstained on Russia's amendment?": the lists of members are not held for the amendments, said plainly. */
function listsNotHeld(asked: boolean, a: Answer): Answer {
  if (!asked || a.positions.length > 0) return a;
  a.blocks.unshift({
    type: 'note',
    text: 'Which members voted which way on the amendments is not held: the sources give their tallies and outcomes, not their lists.',
  });
  return a;
}
