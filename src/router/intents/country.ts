/** "How did France vote?", "how did Brazil and India vote on ES-11/7?": members' recorded positions. */
import { countryAnswer } from '../answers/country.ts';
import { listAnswer } from '../answers/list.ts';
import { countryOffTopic, nonMemberSentence } from '../answers/scope.ts';
import { LIKE, VOTE_WORDS } from '../cues.ts';
import { shortCountry } from '../describe.ts';
import { LIST_CUE, OFF_TOPIC, VOTE_CUE } from '../lexicon.ts';
import type { Intent } from './intent.ts';

export const countryIntent: Intent = {
  id: 'country',
  ceiling: 70,
  match: ({ p }) => (p.countries.length > 0 ? 70 : null),
  answer: ({ k, p }) => {
    const t = p.q.text;
    const ids = p.votes.ids.length > 0 ? p.votes.ids : null;
    const voteish = VOTE_CUE.test(t) || /\bwhat did\b.*\bdo\b/.test(t);
    const long = p.q.words.length > 2 + p.countries.length * 3;
    if (!voteish && !ids && !VOTE_WORDS.test(t) && (OFF_TOPIC.test(t) || long))
      return countryOffTopic(shortCountry(p.countries[0]!));
    if (p.countries.length === 1 && (LIST_CUE.test(t) || /\bhow many\b/.test(t)) && LIKE.test(t))
      return listAnswer(k, { voteIds: ids, positions: null, group: null, like: p.countries[0]! });
    const notes = p.nonMembers.map(nonMemberSentence);
    if (p.votes.usDraftAmbiguous)
      notes.push(
        'The US text was voted in both bodies (as amended in the General Assembly, unamended in the Security Council); both are shown.',
      );
    return countryAnswer(k, p.countries, ids, notes.join(' ') || undefined, ids ? null : p.votes.body);
  },
};
