/**
 * "Which countries were absent on one of the two GA votes but present for the other?", "anyone yes on one and no
 * on the other?": members whose positions on two votes meet one condition on either vote and the other condition
 * on the other vote, whichever way round.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Vote } from '../../knowledge/model.ts';
import type { Position } from '../../knowledge/schema.ts';
import { cite, primarySources } from '../cite.ts';
import { shortCountry, voteName } from '../describe.ts';
import { POSITION_CUES } from '../lexicon.ts';
import { namedVotes } from '../readings.ts';
import type { Intent, Reading } from './intent.ts';

/** "<condition> on one (of the two …) but/and <condition> on/for/in the other". */
const ONE_OTHER =
  /^(.*?)\b(?:on )?(?:just )?(?:one|either)(?: of (?:the |them|those|these)?(?: ?two)?(?: ?[a-z0-9/-]+){0,4})?\b(?:,)? (?:but|and|while|yet|then) (.+?) (?:on|for|in|at) the other\b/;
const PRESENT = /\bpresent\b|\bvoted\b|\btook part\b|\bcast (?:a )?votes?\b|\bshowed up\b|\bparticipated\b/;
const ALL: Position[] = ['yes', 'no', 'abstain', 'absent'];
const PHRASE: Record<Position, string> = {
  yes: 'voted in favour',
  no: 'voted against',
  abstain: 'abstained',
  absent: 'did not vote',
};
const phrase = (set: Set<Position>): string =>
  set.size === 3 && !set.has('absent') ? 'cast a vote' : [...set].map((p) => PHRASE[p]).join(' or ');

/** The positions a condition allows: the one it names, or any vote cast for "present". */
function allowed(words: string): Set<Position> | null {
  const named = POSITION_CUES.filter(([re]) => re.test(words)).map(([, p]) => p);
  if (named.length === 1) return new Set(named);
  if (named.length === 0 && PRESENT.test(words)) return new Set(ALL.filter((p) => p !== 'absent'));
  return null;
}

interface Asked {
  first: Set<Position>;
  second: Set<Position>;
  votes: [Vote, Vote];
}

function asked(r: Reading): Asked | null {
  const m = ONE_OTHER.exec(r.t);
  if (!m) return null;
  // The words before "on", with it: "yes on" reads as a vote in favour.
  const first = allowed(`${m[1]!}on`);
  const second = allowed(`${m[2]!} on`);
  if (!first || !second) return null;
  // The two votes named, else the two Assembly texts.
  const ids = namedVotes(r.p)?.filter((id) => r.k.voteById.get(id)?.kind === 'resolution') ?? [];
  const pair = ids.length === 2 ? ids : ['ga_es11_7', 'ga_es11_8'];
  const [a, b] = pair.map((id) => r.k.voteById.get(id));
  return a && b ? { first, second, votes: [a, b] } : null;
}

const meets = (v: Vote, member: string, allowedPositions: Set<Position>): boolean => {
  const p = v.positions.get(member);
  return p !== undefined && allowedPositions.has(p);
};

function answer(r: Reading): Answer {
  const { first, second, votes } = asked(r)!;
  const [a, b] = votes;
  const pool = r.p.group?.members ?? r.k.members.map((m) => m.name);
  const members = pool.filter(
    (m) => (meets(a, m, first) && meets(b, m, second)) || (meets(b, m, first) && meets(a, m, second)),
  );
  const out = emptyAnswer(
    'answer',
    'set',
    members.length === 0
      ? `No member ${phrase(first)} on one of ${a.symbol} and ${b.symbol} and ${phrase(second)} on the other, as far as the record shows.`
      : `${members.length} ${members.length === 1 ? 'member' : 'members'} ${phrase(first)} on one of ${a.symbol} and ${b.symbol} and ${phrase(second)} on the other.`,
  );
  if (members.length > 0)
    out.blocks.push({
      type: 'countries',
      label: `Members (${members.length})`,
      countries: members.map(shortCountry),
    });
  for (const m of members)
    for (const v of votes) {
      const position = v.positions.get(m);
      if (position) out.positions.push({ vote: v.symbol, country: m, position });
    }
  for (const v of votes)
    if (!v.listsComplete)
      out.blocks.push({
        type: 'note',
        text: `The record of ${voteName(v)} is partial: a member it does not name is not listed.`,
      });
  out.citations = cite(r.k, ...votes.map((v) => primarySources(v.sources)));
  out.confidence = 0.85;
  return out;
}

export const oneButOtherIntent: Intent = {
  id: 'one_but_other',
  // With the sets (84): the same kind of question, whichever way round.
  ceiling: 85,
  match: (r) => (asked(r) ? 85 : null),
  answer,
};
