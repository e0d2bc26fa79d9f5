/** Questions about something the fact base does not cover: other bodies, unlisted groups, other subjects. */

import { countryOffTopic, outOfScope, unlistedGroup } from '../answers/scope.ts';
import { UNLISTED_GROUP, unlistedLabel, VOTE_WORDS } from '../cues.ts';
import { membersLabel, speaksAtTheUn } from '../data-groups.ts';
import { shortCountry } from '../describe.ts';
import { OFF_TOPIC, OTHER_BODIES, QUOTE_CUE, STRONG_OFF_TOPIC, VOTE_CUE } from '../lexicon.ts';
import { normalizeQuestion } from '../normalize.ts';
import { heldInRecord } from './held.ts';
import { historyVotesNamed } from './history-votes.ts';
import type { Intent, Reading } from './intent.ts';

/** "How did France vote in UNESCO?": a vote of another body, even when "council" reads as the Security Council. */
export const otherBodyIntent: Intent = {
  id: 'other_body',
  ceiling: 95,
  match: (r) =>
    OTHER_BODIES.test(r.t) &&
    VOTE_CUE.test(r.t) &&
    !r.p.votes.bySymbol &&
    !r.p.votes.byId &&
    !heldInRecord(r) &&
    // "The Human Rights Council suspension": the Assembly's vote on record, named by its subject.
    historyVotesNamed(r.k, r.t).length === 0
      ? 95
      : null,
  answer: () => outOfScope('a vote in another body'),
};

/** A group whose membership knowledge/groups.json does not hold ("OPEC", "the West"); null for held groups. */
const unlistedIn = ({ p, t }: Reading) => (p.group?.entry ? null : UNLISTED_GROUP.exec(t));

/** "What did the G7 say?": statements by an organisation are not in the fact base (its members' votes are). */
export const groupSaidIntent: Intent = {
  id: 'group_said',
  ceiling: 94,
  match: (r) => {
    const held = r.p.group?.entry;
    const aboutVotes = VOTE_CUE.test(r.t.replace(/\babout (the|these|this|its|their) votes?\b/, ''));
    if (!(held || unlistedIn(r)) || !QUOTE_CUE.test(r.t) || aboutVotes) return null;
    // The EU speaks at the UN itself: words quoted from a debate ("what did the EU say at the GA") come first.
    return held && speaksAtTheUn(held) ? 79 : 94;
  },
  answer: (r) => {
    const held = r.p.group?.entry;
    return outOfScope(`what ${held ? membersLabel(held) : unlistedLabel(unlistedIn(r)?.[0] ?? '')} said`);
  },
};

export const unlistedGroupIntent: Intent = {
  id: 'unlisted_group',
  ceiling: 93,
  match: (r) => (unlistedIn(r) ? 93 : null),
  answer: (r) => unlistedGroup(unlistedLabel(unlistedIn(r)?.[0] ?? '')),
};

/**
 * "Weather in NYC tomorrow? covering the GA in person": the one thing asked, before the only question mark, is
 * off topic; what follows is context.
 */
function offTopicAsked(display: string): boolean {
  const end = display.indexOf('?');
  const rest = display.slice(end + 1);
  if (end < 0 || rest.includes('?') || rest.trim() === '') return false;
  const asked = normalizeQuestion(display.slice(0, end)).text;
  return OFF_TOPIC.test(asked) && !VOTE_WORDS.test(asked);
}

/** About the war or the world in general, with no vote named. */
export const offTopicIntent: Intent = {
  id: 'off_topic',
  ceiling: 92,
  match: ({ p, t }) =>
    (p.votes.ids.length === 0 && (STRONG_OFF_TOPIC.test(t) || (OFF_TOPIC.test(t) && !VOTE_WORDS.test(t)))) ||
    offTopicAsked(p.q.display)
      ? 92
      : null,
  answer: ({ p }) => (p.countries.length > 0 ? countryOffTopic(shortCountry(p.countries[0]!)) : outOfScope()),
};

/** "Write me a 500 word op-ed on NATO expansion": a piece written to order, on something other than the votes. */
const WRITE_FOR_ME =
  /\b(?:write|draft|compose|ghostwrite)\b(?: me| us)?(?: an?| the| my)?(?: \d+[- ]?words?| short| long| quick)? (?:op-?eds?|op eds?|essays?|articles?|speech(?:es)?|poems?|stor(?:y|ies)|blog(?: posts?)?|columns?|editorials?|tweets?|press releases?|letters?|songs?)\b/;

export const writingIntent: Intent = {
  id: 'writing',
  ceiling: 92,
  match: ({ p, t }) =>
    WRITE_FOR_ME.test(t) && !VOTE_WORDS.test(t) && p.votes.ids.length === 0 && p.countries.length === 0
      ? 92
      : null,
  answer: () => outOfScope('writing a piece to order on another subject'),
};

export const refusalIntents: Intent[] = [
  writingIntent,
  otherBodyIntent,
  groupSaidIntent,
  unlistedGroupIntent,
  offTopicIntent,
];
