/** "Why did France want to delay the vote?", "why did India abstain?": the reasons the record holds. */
import { whyCountryAnswer } from '../answers/why.ts';
import { SPECIFIC_TOPICS, WHY } from '../cues.ts';
import { votesTaken } from '../readings.ts';
import { facets } from './facets.ts';
import type { Intent } from './intent.ts';

/** A topic of its own answers the why, even when named weakly. */
export const whyTopicIntent: Intent = {
  id: 'why_topic',
  ceiling: 79,
  match: (r) => {
    const { found, topic } = facets(r);
    return WHY.test(r.t) && found && !topic && SPECIFIC_TOPICS.has(found.topic.id) ? 79 : null;
  },
  answer: (r) =>
    facets(r).found!.topic.build(r.k, { text: r.t, countries: r.p.countries, voteIds: r.p.votes.ids }),
};

export const whyCountryIntent: Intent = {
  id: 'why_country',
  ceiling: 78,
  match: (r) => {
    const { topic } = facets(r);
    const specific = topic?.requires || (topic && SPECIFIC_TOPICS.has(topic.id));
    return WHY.test(r.t) && r.p.countries.length > 0 && !specific ? 78 : null;
  },
  answer: ({ k, p }) =>
    whyCountryAnswer(k, p.countries, p.votes.ids.length > 0 ? p.votes.ids : votesTaken(k, p), p.votes.body),
};

export const whyIntents: Intent[] = [whyTopicIntent, whyCountryIntent];
