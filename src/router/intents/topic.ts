/** Explanations: binding force, vetoes, the 2023 comparison, the context of the day (topics in knowledge). */
import { namedVotes } from '../readings.ts';
import { facets } from './facets.ts';
import type { Intent } from './intent.ts';

/** Topics that yield to a question about the amendments themselves. */
const AMENDMENTS_FIRST = new Set(['veto', 'overview', 'sponsors', 'binding']);

export const topicIntent: Intent = {
  id: 'topic',
  ceiling: 77,
  match: (r) => {
    const { topic, amendments } = facets(r);
    // "What's going on with Armenia on ES-11/8, conflicting reports?": the member's own answer carries its dispute.
    if (topic?.id === 'disputed' && r.p.countries.length > 0) return null;
    // "How did the postponement movers vote on ES-11/7?": a group and a vote named ask for the group's votes, even
    // when the words that name the group are a topic's cue.
    if (r.p.group && namedVotes(r.p)) return null;
    return topic && !(amendments && AMENDMENTS_FIRST.has(topic.id)) ? 77 : null;
  },
  answer: (r) => facets(r).topic!.build(r.k, { text: r.t, countries: r.p.countries, voteIds: r.p.votes.ids }),
};
