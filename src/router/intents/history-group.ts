/**
 * "How did the EU vote in March 2022?", "NATO on the 2014 Crimea resolution": a group's members on an earlier
 * or later vote, as far as the record places them. Members a partial record does not name are counted as not
 * known, never given a position.
 */
import { type Answer, emptyAnswer, POSITION_LABEL } from '../../answer.ts';
import type { HistoryVote } from '../../knowledge/model-v2.ts';
import type { Position } from '../../knowledge/schema.ts';
import { addCitations } from '../cite.ts';
import { statedTally } from '../describe.ts';
import { capital } from './history-lines.ts';
import { historyName, historyVotesNamed, tallyLine } from './history-votes.ts';
import type { Intent, Reading } from './intent.ts';

const ORDER: Position[] = ['yes', 'no', 'abstain', 'absent'];

function votesAsked(r: Reading): HistoryVote[] {
  if (!r.p.group || r.p.countries.length > 0) return [];
  return historyVotesNamed(r.k, r.t);
}

function answer(r: Reading): Answer {
  const group = r.p.group!;
  const a = emptyAnswer('answer', 'history_group', '');
  for (const v of votesAsked(r)) {
    a.blocks.push({ type: 'paragraph', text: `${capital(historyName(v))}: ${tallyLine(v)}.` });
    a.tallies.push(statedTally(v));
    const wanted = r.p.positions.length > 0 ? r.p.positions : ORDER;
    for (const p of ORDER) {
      const names = group.members.filter((c) => v.positions.get(c) === p).sort((x, y) => x.localeCompare(y));
      if (names.length === 0 || !wanted.includes(p)) continue;
      a.blocks.push({
        type: 'countries',
        label: `${capital(POSITION_LABEL[p])} (${names.length})`,
        countries: names,
      });
      for (const c of names) a.positions.push({ vote: v.symbol, country: c, position: p });
    }
    const unknown = group.members.filter((c) => !v.positions.has(c));
    if (unknown.length > 0)
      a.blocks.push({
        type: 'note',
        text: `Not known (${unknown.length}): the lists held for this vote do not name ${unknown.length === 1 ? 'this member' : 'these members'}, so ${unknown.length === 1 ? 'its vote is' : 'their votes are'} not known: ${unknown.sort((x, y) => x.localeCompare(y)).join(', ')}.`,
      });
    addCitations(r.k, a, v.sources.slice(0, 3));
  }
  // The membership is the group's on 24 February 2025, not on the day of an earlier vote.
  a.blocks.push({ type: 'note', text: `Membership of ${group.label}: ${group.basis}.` });
  if (group.entry) addCitations(r.k, a, group.entry.sources.slice(0, 2));
  a.summary = `How the ${group.members.length} members of ${group.label} voted, as far as the records go:`;
  a.confidence = 0.85;
  return a;
}

export const historyGroupIntent: Intent = {
  id: 'history_group',
  ceiling: 82,
  match: (r) => (votesAsked(r).length > 0 ? 82 : null),
  answer,
};
