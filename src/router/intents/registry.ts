/**
 * The router's intents, scored. Every intent's `match` is asked; the highest score answers, and an equal score
 * goes to the intent listed first. Scores fall in bands so that a new intent can be placed by what it is:
 *
 *   100-93  the input itself: empty, help, digest help, opinion, future, other bodies, unlisted groups
 *    92-86  refusals and items named by id: off-topic, a vote by name, pictures, other votes and times
 *    85-76  a named kind of question: later votes in the record, dates, definitions, quotes, explanations, amendments
 *    75-50  questions about members and lists: non-members, ambiguity, moves, countries, tallies, lists
 *    49-10  readings of last resort: what the fact base holds that matches the words
 *     9-1   not understood: not sure, out of scope
 */
import type { Answer } from '../../answer.ts';
import { amendmentsIntent } from './amendments.ts';
import { claimedListIntent } from './claimed-list.ts';
import { countryIntent } from './country.ts';
import { defineIntent } from './define.ts';
import { groupDefineIntent } from './group-define.ts';
import { groupMembershipIntent } from './group-membership.ts';
import { historyChangesIntent } from './history-changes-intent.ts';
import { historyGroupIntent } from './history-group.ts';
import { historyIntent } from './history-intent.ts';
import { historyMapIntent } from './history-map-intent.ts';
import { inputIntents } from './input.ts';
import type { Intent, Reading } from './intent.ts';
import { introducedIntent } from './introduced.ts';
import { listIntent, namedVoteIntent, unknownCountryIntent } from './list.ts';
import { memberRecordIntent } from './member-record-intent.ts';
import { memberIntents } from './members.ts';
import { notSureIntent } from './not-sure.ts';
import { oneButOtherIntent } from './one-but-other.ts';
import { otherTimeIntents } from './other-time.ts';
import { partOfIntent } from './part-of.ts';
import { pictureIntent } from './picture.ts';
import { quoteIntent } from './quote.ts';
import { refusalIntents } from './refusals.ts';
import { resolutionIntent } from './resolution.ts';
import { retrievedIntent } from './retrieved.ts';
import { saidWordsIntent } from './said-words.ts';
import { sameWayIntent } from './same-way.ts';
import { setIntent } from './sets.ts';
import { statementIntent } from './statement-intent.ts';
import { tallyIntent } from './tally.ts';
import { tallyMathIntent } from './tally-math.ts';
import { textIntent } from './text-intent.ts';
import { eventIntent, timelineIntent } from './timeline.ts';
import { topicIntent } from './topic.ts';
import { whyIntents } from './why.ts';

export const INTENTS: Intent[] = [
  ...inputIntents,
  ...refusalIntents,
  resolutionIntent,
  pictureIntent,
  timelineIntent,
  ...otherTimeIntents,
  statementIntent,
  historyMapIntent,
  historyIntent,
  historyGroupIntent,
  textIntent,
  historyChangesIntent,
  saidWordsIntent,
  introducedIntent,
  quoteIntent,
  ...whyIntents,
  defineIntent,
  groupMembershipIntent,
  groupDefineIntent,
  topicIntent,
  eventIntent,
  amendmentsIntent,
  memberRecordIntent,
  sameWayIntent,
  // Before the sets: "which got more yes votes, ES-11/7 or ES-11/8?" compares tallies, not members.
  tallyMathIntent,
  claimedListIntent,
  partOfIntent,
  oneButOtherIntent,
  setIntent,
  ...memberIntents,
  countryIntent,
  tallyIntent,
  unknownCountryIntent,
  listIntent,
  namedVoteIntent,
  retrievedIntent,
  notSureIntent,
];

export interface Choice {
  intent: Intent;
  score: number;
}

/** The registry by ceiling, highest first (a stable sort: ties keep the registry's order). */
const BY_CEILING = [...INTENTS].sort((a, b) => b.ceiling - a.ceiling);

/** Every intent that applies, best first (ties keep the registry's order). */
export function rank(r: Reading, intents: Intent[] = INTENTS): Choice[] {
  const out: Choice[] = [];
  for (const intent of intents) {
    const score = intent.match(r);
    if (score !== null) out.push({ intent, score });
  }
  return out.sort((a, b) => b.score - a.score || intents.indexOf(a.intent) - intents.indexOf(b.intent));
}

/**
 * The best intent, asking as few as it can: in order of ceiling, it stops once no intent left can score
 * higher than the best so far (ties go to the intent listed first in the registry).
 */
export function best(r: Reading): Intent {
  let top: Choice | null = null;
  for (const intent of BY_CEILING) {
    if (top && intent.ceiling < top.score) break;
    if (top && intent.ceiling === top.score && INTENTS.indexOf(intent) > INTENTS.indexOf(top.intent))
      continue;
    const score = intent.match(r);
    if (score === null) continue;
    if (
      !top ||
      score > top.score ||
      (score === top.score && INTENTS.indexOf(intent) < INTENTS.indexOf(top.intent))
    )
      top = { intent, score };
  }
  return top?.intent ?? notSureIntent;
}

/** The answer of the best intent. `notSureIntent` always matches, so there is always one. */
export const answerBest = (r: Reading): Answer => best(r).answer(r);
