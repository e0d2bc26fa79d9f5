import { type Answer, emptyAnswer, POSITION_LABEL } from '../../answer.ts';
import type { Knowledge, Vote } from '../../knowledge/model.ts';
import { POSITIONS, type Position } from '../../knowledge/schema.ts';
import { cite, primarySources } from '../cite.ts';
import {
  joinNames,
  mainVotes,
  shortCountry,
  statedTally,
  tallyShort,
  VOTED_ON,
  voteName,
} from '../describe.ts';
import type { Group } from '../groups.ts';
import { describeGroup, noneTookThem } from './group.ts';

const HEADING: Record<Position, string> = {
  yes: 'In favour',
  no: 'Against',
  abstain: 'Abstained',
  absent: 'Did not vote',
};

export interface ListRequest {
  voteIds: string[] | null;
  positions: Position[] | null;
  group: Group | null;
  /** "voted like France": the same position as this country on each vote. */
  like: string | null;
  /** "against both resolutions": only members with that position on every listed vote. */
  intersect?: boolean;
  /** "apart from Russia": members left out of the list. */
  exclude?: string[];
  /** "Did all 27 vote yes?", "did any not vote yes?": the group's other members are named too. */
  whole?: boolean;
}

function votesOf(k: Knowledge, req: ListRequest): Vote[] {
  if (req.voteIds && req.voteIds.length > 0)
    return req.voteIds.map((id) => k.voteById.get(id)!).filter(Boolean);
  return mainVotes(k);
}

/** Who voted which way, complete, optionally for one group or one position. */
export function listAnswer(k: Knowledge, req: ListRequest): Answer {
  if (req.intersect && req.positions?.length === 1) return intersectionAnswer(k, req, req.positions[0]!);
  const a = emptyAnswer('answer', req.group ? 'group_vote' : req.like ? 'voted_like' : 'list', '');
  const sources: string[][] = [];
  const members = req.group ? new Set(req.group.members) : null;
  const none: string[] = [];
  for (const vote of votesOf(k, req)) {
    let wanted = req.like
      ? ([vote.positions.get(req.like)].filter(Boolean) as Position[])
      : (req.positions ?? [...POSITIONS]);
    if (req.like && wanted.length === 0) continue;
    const t = tallyShort(vote);
    a.blocks.push({
      type: 'paragraph',
      text: `${voteName(vote)}${t ? `, ${vote.adopted ? 'adopted' : 'not adopted'} ${t}` : ''}:`,
    });
    // The result heads each list, so "yes votes on ES-11/8" gets the count as well as the names.
    if (t) a.tallies.push(statedTally(vote));
    // "Did any Commonwealth member vote against?" No: then how its members did vote.
    const noneTook =
      req.group?.entry && req.positions && !req.like ? noneTookThem(vote, req.group, req.positions) : null;
    if (noneTook) {
      a.blocks.push({ type: 'note', text: `${noneTook} How its members voted:` });
      none.push(noneTook);
      wanted = [...POSITIONS];
    }
    for (const p of wanted) {
      let names = [...vote.positions]
        .filter(([c, pos]) => pos === p && (!members || members.has(c)))
        .map(([c]) => c);
      if (req.like) names = names.filter((c) => c !== req.like);
      if (req.exclude) names = names.filter((c) => !req.exclude!.includes(c));
      names.sort((x, y) => x.localeCompare(y));
      const known = vote.listsComplete || vote.kind === 'resolution';
      // A held group's empty positions: said when asked about ("did any NATO member vote against?"), else left out.
      if (req.group && known && names.length === 0) {
        if (req.positions && !noneTook)
          a.blocks.push({
            type: 'note',
            // "Besides Hungary": no other member, the ones left out named.
            text: req.exclude?.some((c) => vote.positions.get(c) === p)
              ? `No other member of ${req.group.label} ${verbPast(p)}: only ${joinNames(req.exclude.filter((c) => vote.positions.get(c) === p).map(shortCountry))}.`
              : p === 'absent'
                ? `Every member of ${req.group.label} cast a vote (in favour, against or abstaining).`
                : `No member of ${req.group.label} ${verbPast(p)}.`,
          });
        // "Which council members sat out 2774?": none was absent; those who abstained are the nearest answer.
        if (p === 'absent' && !wanted.includes('abstain')) {
          const abstained = [...vote.positions]
            .filter(([c, pos]) => pos === 'abstain' && (!members || members.has(c)))
            .map(([c]) => c)
            .sort((x, y) => x.localeCompare(y));
          if (abstained.length > 0) {
            a.blocks.push({
              type: 'countries',
              label: `${HEADING.abstain} (${abstained.length})`,
              countries: abstained,
            });
            for (const c of abstained)
              a.positions.push({ vote: vote.symbol, country: c, position: 'abstain' });
          }
        }
        continue;
      }
      if (!known && names.length === 0) {
        a.blocks.push({ type: 'note', text: `${HEADING[p]}: the sources name no members for this vote.` });
        continue;
      }
      a.blocks.push({
        type: 'countries',
        label: `${HEADING[p]} (${names.length}${known ? '' : ' named in the sources'})`,
        countries: names,
      });
      for (const c of names) a.positions.push({ vote: vote.symbol, country: c, position: p });
    }
    // "All 27 in favour?": the group's members who took another position, so the answer is whole.
    if (members && req.whole && req.positions && !noneTook && !req.like) {
      const rest = [...vote.positions].filter(([c, pos]) => members.has(c) && !wanted.includes(pos));
      if (rest.length > 0 && rest.length <= 60) {
        a.blocks.push({
          type: 'note',
          text: `The rest of ${req.group!.label}: ${rest.map(([c, pos]) => `${shortCountry(c)} (${POSITION_LABEL[pos].toLowerCase()})`).join(', ')}.`,
        });
        for (const [c, pos] of rest) a.positions.push({ vote: vote.symbol, country: c, position: pos });
      } else if (rest.length > 60)
        a.blocks.push({
          type: 'note',
          text: `The other ${rest.length} members of ${req.group!.label} took other positions.`,
        });
    }
    if (members && vote.body === 'SC') {
      const outside = req.group!.members.filter((c) => !vote.positions.has(c));
      if (outside.length > 0)
        a.blocks.push({
          type: 'note',
          text: `Not on the Council in 2025: ${outside.length} of ${req.group!.label}.`,
        });
    }
    sources.push(primarySources(vote.sources));
  }
  a.summary = summaryOf(req);
  const counted = a.blocks.filter((b) => b.type === 'countries');
  if (
    !req.group &&
    !req.like &&
    req.positions?.length === 1 &&
    counted.length === 1 &&
    a.positions.length === 0
  ) {
    const vote = votesOf(k, req)[0];
    if (vote)
      a.summary = `No member ${verbPast(req.positions[0]!)} on ${vote.symbol}.`
        .replace('voted in favour on', 'voted in favour of')
        .replace('voted against on', 'voted against');
  }
  if (req.group)
    a.blocks.push({ type: 'note', text: `Membership of ${req.group.label}: ${req.group.basis}.` });
  a.citations = cite(k, ...sources);
  if (req.group?.entry) {
    describeGroup(k, a, req.group.entry, req.voteIds);
    if (!req.positions)
      a.summary = `How the ${req.group.members.length} members of ${req.group.label} voted:`;
    else if (none.length === votesOf(k, req).length) a.summary = none.join(' ');
  }
  // "Was Hungary the only EU country voting no?": one member of the group in that position on the one vote.
  const one = a.positions.filter((s) => req.positions?.includes(s.position));
  const votes = votesOf(k, req);
  if (req.group && req.positions?.length === 1 && votes.length === 1 && one.length === 1 && !req.like)
    a.summary =
      `Only one member of ${req.group.label} ${verbPast(req.positions[0]!)} on ${votes[0]!.symbol}: ${shortCountry(one[0]!.country)}.`
        .replace('voted in favour on', 'voted in favour of')
        .replace('voted against on', 'voted against');
  a.suggestions = ['What was the tally on ES-11/8?', 'How did the P5 vote on 2774?'];
  a.confidence = 0.85;
  if (a.positions.length === 0 && req.like) {
    a.summary = `I have no recorded vote for ${shortCountry(req.like)} on that.`;
    a.confidence = 0.5;
  }
  return a;
}

function summaryOf(req: ListRequest): string {
  const who = req.group
    ? (req.group.subject ?? `Members of ${req.group.label}`)
    : req.like
      ? `Countries that voted like ${shortCountry(req.like)}`
      : 'Members';
  if (req.like) return `${who}:`;
  if (req.positions && req.positions.length === 1) return `${who} that ${verbPast(req.positions[0]!)}:`;
  return `${who}, by position:`;
}

const verbPast = (p: Position): string =>
  ({ yes: 'voted in favour', no: 'voted against', abstain: 'abstained', absent: 'did not vote' })[p];

/** Members with the same position on every one of the votes ("who voted against both resolutions?"). */
function intersectionAnswer(k: Knowledge, req: ListRequest, p: Position): Answer {
  const votes =
    req.voteIds && req.voteIds.length > 1
      ? votesOf(k, req)
      : [k.voteById.get('ga_es11_7')!, k.voteById.get('ga_es11_8')!];
  const members = req.group ? new Set(req.group.members) : null;
  const names = [...votes[0]!.positions]
    .filter(
      ([c, pos]) => pos === p && votes.every((v) => v.positions.get(c) === p) && (!members || members.has(c)),
    )
    .map(([c]) => c)
    .sort((x, y) => x.localeCompare(y));
  const a = emptyAnswer(
    'answer',
    'list_intersection',
    `${names.length} members ${VOTED_ON[p]} ${votes.length === 2 ? 'both ' : 'all of '}${votes.map((v) => v.symbol).join(' and ')}:`,
  );
  a.blocks.push({
    type: 'countries',
    label: `${HEADING[p]} on all of them (${names.length})`,
    countries: names,
  });
  for (const v of votes) for (const c of names) a.positions.push({ vote: v.symbol, country: c, position: p });
  a.citations = cite(k, ...votes.map((v) => primarySources(v.sources)));
  a.suggestions = ['Which countries changed their vote between ES-11/7 and ES-11/8?'];
  a.confidence = 0.8;
  return a;
}

/**
 * How members moved between two votes ("which countries changed their vote between the two resolutions?"), or
 * only one move when `only` names it ("who voted yes on ES-11/7 but abstained on ES-11/8?").
 */
export function changesAnswer(
  k: Knowledge,
  firstId: string,
  secondId: string,
  group: Group | null,
  only?: [Position, Position],
): Answer {
  const first = k.voteById.get(firstId)!;
  const second = k.voteById.get(secondId)!;
  const members = group ? new Set(group.members) : null;
  const moves = new Map<string, string[]>();
  for (const [c, p1] of first.positions) {
    const p2 = second.positions.get(c);
    if (!p2 || p1 === p2 || (members && !members.has(c))) continue;
    if (only && (p1 !== only[0] || p2 !== only[1])) continue;
    const key = `${HEADING[p1]} on ${first.symbol}, ${HEADING[p2].toLowerCase()} on ${second.symbol}`;
    moves.set(key, [...(moves.get(key) ?? []), c]);
  }
  const total = [...moves.values()].reduce((n, xs) => n + xs.length, 0);
  const who = `${total} member${total === 1 ? '' : 's'}${group ? ` of ${group.label}` : ''}`;
  const a = emptyAnswer(
    'answer',
    'changes',
    only
      ? `${who} ${VOTED_ON[only[0]]} ${first.symbol} and ${VOTED_ON[only[1]]} ${second.symbol}${total > 0 ? ':' : '.'}`
      : `${who} voted differently on ${first.symbol} and ${second.symbol}:`,
  );
  for (const [label, names] of [...moves].sort((x, y) => y[1].length - x[1].length)) {
    names.sort((x, y) => x.localeCompare(y));
    a.blocks.push({ type: 'countries', label: `${label} (${names.length})`, countries: names });
    for (const c of names)
      a.positions.push(
        { vote: first.symbol, country: c, position: first.positions.get(c)! },
        { vote: second.symbol, country: c, position: second.positions.get(c)! },
      );
  }
  a.citations = cite(k, primarySources(first.sources), primarySources(second.sources));
  a.suggestions = ['Who voted against both resolutions?', 'How did the US vote?'];
  a.confidence = 0.8;
  return a;
}
