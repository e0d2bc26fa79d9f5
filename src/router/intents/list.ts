/** "Who voted against ES-11/7?", "which Council members abstained?": the members in a position, or a group's votes. */

import type { Position } from '../../knowledge/schema.ts';
import { listAnswer } from '../answers/list.ts';
import { resolutionAnswer } from '../answers/resolution.ts';
import { unknownCountry } from '../answers/scope.ts';
import { BOTH } from '../cues.ts';
import { shortCountry } from '../describe.ts';
import type { Group } from '../groups.ts';
import { LIST_CUE } from '../lexicon.ts';
import { namedVotes, unknownCountryPhrase } from '../readings.ts';
import type { Parsed } from '../understand.ts';
import type { Intent } from './intent.ts';

/** A question about a whole group, not only those who took a position. */
const WHOLE_GROUP =
  /\b(all|every|each|whole|entire|unanim\w*|broke ranks|break ranks|odd one out|united|split|divided|how many|only|surely|any|rest of|like the rest|unlike|defected|deviated|exceptions?|outliers?|holdouts?)\b/;

/** "Who broke from the yes camp?": the members in any other position than the one named. */
const BROKE_FROM =
  /\b(?:broke|break|breaking|split|strayed|departed|deviated) (?:away )?(?:from|with) the (?:yes|no|abstain\w*|in favou?r|against)(?: (?:camp|side|column|bloc|majority|line|vote))?\b/;
const others = (named: Position[]): Position[] | null =>
  named.length === 1
    ? (['yes', 'no', 'abstain', 'absent'] as Position[]).filter((x) => x !== named[0])
    : null;

/** A group and the members named beside it with "and" ("the Baltics and Poland"), as one group; else null. */
function withOthers(p: Parsed): Group | null {
  const g = p.group;
  if (!g || p.countries.length === 0 || !/\band\b/.test(p.q.text)) return null;
  const others = p.countries.filter((c) => !g.members.includes(c));
  if (others.length === 0 || others.length !== p.countries.length) return null;
  const names = others.map(shortCountry).join(' and ');
  return {
    label: `${g.label} and ${names}`,
    subject: `${g.label.charAt(0).toUpperCase()}${g.label.slice(1)} and ${names}`,
    members: [...g.members, ...others],
    // The group's own notes (its member count) would misstate the group with others added: its basis only.
    basis: `${g.label} as ${g.basis.replace(/^the /, '')}, with ${names} added as asked`,
  };
}

const GROUP_MEMBERS_ASKED =
  /\bhow did (?:the |its |their )?(?:\S+ ){1,3}(?:members|countries|states|nations) vote\b/;
/** "Who were the 15", "list all the members": the members who took part in a vote, not a number. */
const THE_MEMBERS = /\bwho (?:were|are|was) (?:all )?the (?:\d+|fifteen|members)\b/;

export const listIntent: Intent = {
  id: 'list',
  ceiling: 72,
  match: ({ p, t }) => {
    // "G7 on ES-11/7: was the US the only no?", "the CSTO, Moscow's own alliance": members named inside a group
    // asked about are part of the group's answer, not a question of their own.
    if (p.group && p.countries.length > 0 && p.countries.every((c) => p.group!.members.includes(c)))
      return 72;
    // "Ukraine is in the CIS, so how did the CIS members vote?": the group's members are asked about.
    if (p.group && GROUP_MEMBERS_ASKED.test(t)) return 71;
    // "The Baltics and Poland": a group and members named beside it, answered together.
    if (withOthers(p)) return 71;
    if (p.group) return 58;
    // "Who were the 15 on the Council when 2774 was adopted?": every member on the vote, by position.
    if (THE_MEMBERS.test(t) && namedVotes(p) && p.countries.length === 0) return 72;
    return p.positions.length > 0 && (LIST_CUE.test(t) || namedVotes(p)) ? 56 : null;
  },
  answer: ({ k, p, t }) =>
    listAnswer(k, {
      voteIds: namedVotes(p),
      positions: BROKE_FROM.test(t) ? others(p.positions) : p.positions.length > 0 ? p.positions : null,
      group: withOthers(p) ?? p.group,
      like: null,
      intersect: !p.group && BOTH.test(t),
      // "All 27 in favour?", "did any not vote yes?", "who broke ranks": the whole group is asked about.
      whole: WHOLE_GROUP.test(t) || p.positions.length === 3,
    }),
};

/** "How did Atlantis vote?": a name the router does not know as a member, a non-member or a group. */
export const unknownCountryIntent: Intent = {
  id: 'unknown_country',
  ceiling: 59,
  match: ({ p }) => (!p.group && unknownCountryPhrase(p) ? 59 : null),
  answer: ({ p }) => unknownCountry(unknownCountryPhrase(p)!),
};

/** A vote named with nothing more asked: its record. */
export const namedVoteIntent: Intent = {
  id: 'named_vote',
  ceiling: 54,
  match: ({ p }) => (namedVotes(p) ? 54 : null),
  answer: ({ k, p }) => resolutionAnswer(k, namedVotes(p)!),
};
