/** "How did France vote?", "how did Brazil and India vote on ES-11/7?": members' recorded positions. */

import type { Answer } from '../../answer.ts';
import type { Position } from '../../knowledge/schema.ts';
import { countryAnswer } from '../answers/country.ts';
import { listAnswer } from '../answers/list.ts';
import { countryOffTopic, nonMemberSentence } from '../answers/scope.ts';
import { LIKE, VOTE_WORDS } from '../cues.ts';
import { joinNames, shortCountry, VOTED_ON } from '../describe.ts';
import { LIST_CUE, OFF_TOPIC, VOTE_CUE } from '../lexicon.ts';
import type { Intent } from './intent.ts';

export const countryIntent: Intent = {
  id: 'country',
  ceiling: 70,
  match: ({ p }) => (p.countries.length > 0 ? 70 : null),
  answer: ({ k, p }) => {
    const t = p.q.text;
    const ids = p.votes.ids.length > 0 ? p.votes.ids : null;
    const voteish =
      (VOTE_CUE.test(t) && !ERRAND.test(t)) ||
      /\bwhat did\b.*\bdo\b/.test(t) ||
      /\bwhere did\b.*\b(land|stand|come down|fall)\b|\b(land|landed) on\b/.test(t) ||
      (p.countries.length > 1 && /\b(vs|versus|compare\w*|daylight|differ\w*|gap|split)\b/.test(t));
    const long = p.q.words.length > 2 + p.countries.length * 3;
    if (ERRAND.test(t) || (!voteish && !ids && !VOTE_WORDS.test(t) && (OFF_TOPIC.test(t) || long)))
      return countryOffTopic(shortCountry(p.countries[0]!));
    if (p.countries.length === 1 && (LIST_CUE.test(t) || /\bhow many\b/.test(t)) && LIKE.test(t))
      // "Every country that voted against ES-11/7 alongside the US": that position's list, the US in it.
      return p.positions.length === 1
        ? listAnswer(k, { voteIds: ids, positions: p.positions, group: null, like: null })
        : listAnswer(k, { voteIds: ids, positions: null, group: null, like: p.countries[0]! });
    const notes = p.nonMembers.map(nonMemberSentence);
    if (p.votes.usDraftAmbiguous)
      notes.push(
        'The US text was voted in both bodies (as amended in the General Assembly, unamended in the Security Council); both are shown.',
      );
    const a = countryAnswer(k, p.countries, ids, notes.join(' ') || undefined, ids ? null : p.votes.body);
    return p.countries.length === 1 && p.positions.length === 1 && YES_NO.test(t) && !CHOICE.test(t)
      ? withYesOrNo(a, p.countries[0]!, p.positions[0]!, t)
      : a;
  },
};

/** Errands a bot cannot run: "book someone from the mission", "get me their phone number". */
const ERRAND =
  /\b(book|booking|invite|hire|phone|email|e-mail|contact|interview)\b.*\b(someone|somebody|them|him|her|ambassador|mission|delegation|spokesperson|guest|number|address)\b/;

/** "Did China vote no on anything that day?", "did Brazil abstain?": a yes/no question about one position. */
const YES_NO = /^(?:so |and |but |wait )?(?:did|has|had|was|were|is)\b/;

/** "Was it yes, no or abstain?", "did they vote for or against?": a choice, not a yes/no question. */
const CHOICE = /\bor (?:yes|no|abst\w*|against|for|in favou?r|absent|did not vote)\b/;

/** The answer led by "Yes" or "No": whether any stated vote of the member has the position asked. */
function withYesOrNo(a: Answer, country: string, asked: Position, t: string): Answer {
  if (a.positions.length === 0) return a;
  const hits = a.positions.filter((s) => s.position === asked);
  // "Has Eritrea always voted against?": yes only if every vote stated has the position asked.
  const always = /\b(?:always|every time|each time|consistently)\b/.test(t);
  const word = (always ? hits.length === a.positions.length : hits.length > 0) ? 'Yes' : 'No';
  if (a.positions.length === 1) return { ...a, summary: `${word}: ${a.summary}` };
  const who = shortCountry(country);
  const lead =
    always && hits.length > 0 && word === 'No'
      ? `No: ${who} ${VOTED_ON[asked]} ${joinNames(hits.map((h) => h.vote))} only.`
      : hits.length > 0
        ? `Yes: ${who} ${VOTED_ON[asked]} ${joinNames(hits.map((h) => h.vote))}.`
        : `No: ${who} ${NONE_OF[asked]} of these votes.`;
  return { ...a, summary: `${lead} ${a.summary}` };
}

const NONE_OF: Record<Position, string> = {
  yes: 'voted in favour of none',
  no: 'voted against none',
  abstain: 'abstained on none',
  absent: 'voted on each',
};
