/** Questions about something the fact base does not cover: other bodies, unlisted groups, other subjects. */

import { countryOffTopic, outOfScope, unlistedGroup } from '../answers/scope.ts';
import { UNLISTED_GROUP, unlistedLabel, VOTE_WORDS } from '../cues.ts';
import { shortCountry } from '../describe.ts';
import { OFF_TOPIC, OTHER_BODIES, QUOTE_CUE, STRONG_OFF_TOPIC, VOTE_CUE } from '../lexicon.ts';
import type { Intent } from './intent.ts';

/** "How did France vote in UNESCO?": a vote of another body, even when "council" reads as the Security Council. */
export const otherBodyIntent: Intent = {
  id: 'other_body',
  ceiling: 95,
  match: ({ p, t }) =>
    OTHER_BODIES.test(t) && VOTE_CUE.test(t) && !p.votes.bySymbol && !p.votes.byId ? 95 : null,
  answer: () => outOfScope('a vote in another body'),
};

/** "What did the G7 say?": statements by an organisation are not in the fact base. */
export const groupSaidIntent: Intent = {
  id: 'group_said',
  ceiling: 94,
  match: ({ t }) => {
    const unlisted = UNLISTED_GROUP.exec(t);
    const aboutVotes = VOTE_CUE.test(t.replace(/\babout (the|these|this|its|their) votes?\b/, ''));
    return unlisted && QUOTE_CUE.test(t) && !aboutVotes ? 94 : null;
  },
  answer: ({ t }) => outOfScope(`what ${unlistedLabel(UNLISTED_GROUP.exec(t)?.[0] ?? '')} said`),
};

export const unlistedGroupIntent: Intent = {
  id: 'unlisted_group',
  ceiling: 93,
  match: ({ t }) => (UNLISTED_GROUP.test(t) ? 93 : null),
  answer: ({ t }) => unlistedGroup(unlistedLabel(UNLISTED_GROUP.exec(t)?.[0] ?? '')),
};

/** About the war or the world in general, with no vote named. */
export const offTopicIntent: Intent = {
  id: 'off_topic',
  ceiling: 92,
  match: ({ p, t }) =>
    p.votes.ids.length === 0 && (STRONG_OFF_TOPIC.test(t) || (OFF_TOPIC.test(t) && !VOTE_WORDS.test(t)))
      ? 92
      : null,
  answer: ({ p }) => (p.countries.length > 0 ? countryOffTopic(shortCountry(p.countries[0]!)) : outOfScope()),
};

export const refusalIntents: Intent[] = [
  otherBodyIntent,
  groupSaidIntent,
  unlistedGroupIntent,
  offTopicIntent,
];
