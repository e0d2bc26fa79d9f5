/** Questions that name members in ways that need care: non-members, ambiguous names, moves, exceptions. */
import { changesAnswer, listAnswer } from '../answers/list.ts';
import { clarifyCountry, nonMember } from '../answers/scope.ts';
import { CHANGE_OF_VOTE, CHANGED, EXCEPT, MOVED, WHO_ASKS } from '../cues.ts';
import { LIST_CUE } from '../lexicon.ts';
import { joinedWith, namedVotes } from '../readings.ts';
import type { Intent, Reading } from './intent.ts';

export const nonMemberIntent: Intent = {
  id: 'non_member',
  ceiling: 75,
  // "How did the EU countries vote?": a held group by that name is its members, the EU itself noted apart.
  // "Western Sahara is an AU member: how did it vote?": a non-member other than the group named is still asked about.
  match: ({ p }) => {
    const [nm] = p.nonMembers;
    if (!nm || p.countries.length > 0) return null;
    const theGroup = p.group?.entry && p.group.label.toLowerCase().includes(nm.name.toLowerCase());
    return theGroup ? null : 75;
  },
  answer: ({ p }) => nonMember(p.nonMembers[0]!),
};

/** "How did Korea vote?": which Korea is meant. */
export const clarifyIntent: Intent = {
  id: 'clarify',
  ceiling: 74,
  match: ({ p }) => (p.ambiguous.length > 0 && p.countries.length === 0 ? 74 : null),
  answer: ({ p }) => clarifyCountry(p.ambiguous[0]!.phrase, p.ambiguous[0]!.names),
};

/** The two votes compared and the positions named, when the question asks how members moved between them. */
function moveRequest(r: Reading) {
  const { p, t } = r;
  if (p.countries.length > 0 || /\b2023\b/.test(t)) return null;
  const [a, b] = p.votes.ids.length >= 2 ? p.votes.ids : ['ga_es11_7', 'ga_es11_8'];
  const named = p.positions.length === 2 && (p.votes.ids.length === 2 || CHANGED.test(t) || MOVED.test(t));
  if (named) return { a: a!, b: b!, positions: [p.positions[0]!, p.positions[1]!] as const };
  if (CHANGED.test(t) && CHANGE_OF_VOTE.test(t) && (LIST_CUE.test(t) || p.group))
    return { a: a!, b: b!, positions: null };
  return null;
}

/** "Which countries changed their vote", "who voted yes on ES-11/7 but abstained on ES-11/8". */
export const movesIntent: Intent = {
  id: 'moves',
  ceiling: 73,
  match: (r) => (moveRequest(r) ? 73 : null),
  answer: (r) => {
    const m = moveRequest(r)!;
    return m.positions
      ? changesAnswer(r.k, m.a, m.b, r.p.group, [m.positions[0], m.positions[1]])
      : changesAnswer(r.k, m.a, m.b, r.p.group);
  },
};

/** "Who voted against it besides the US?": the list without the countries named, or who voted like them. */
export const exceptIntent: Intent = {
  id: 'except',
  ceiling: 72,
  // Above a group whose members are named in it (72): "which EU states besides Hungary" leaves Hungary out.
  match: ({ p, t }) => (p.countries.length > 0 && EXCEPT.test(t) && LIST_CUE.test(t) ? 73 : null),
  answer: ({ k, p }) =>
    listAnswer(k, {
      voteIds: namedVotes(p),
      positions: p.positions.length > 0 ? p.positions : null,
      group: p.group,
      like: p.positions.length > 0 ? null : p.countries[0]!,
      exclude: p.countries,
    }),
};

/** "Who sided with Russia and the US against ES-11/7?": everyone in that position, the countries named included. */
export const joinedIntent: Intent = {
  id: 'joined',
  ceiling: 71,
  match: ({ p, t }) =>
    WHO_ASKS.test(t) && p.positions.length === 1 && p.countries.length > 0 && joinedWith(p, p.countries[0]!)
      ? 71
      : null,
  answer: ({ k, p }) =>
    listAnswer(k, { voteIds: namedVotes(p), positions: p.positions, group: p.group, like: null }),
};

export const memberIntents: Intent[] = [
  nonMemberIntent,
  clarifyIntent,
  movesIntent,
  exceptIntent,
  joinedIntent,
];
