/**
 * "Who changed their vote between 2022 and 2025?", "which countries went from yes in 2022 to abstaining in
 * 2025?", "how have positions shifted since 2023?": members whose recorded position differs between two votes.
 * Computed only over members placed on both records; said to be partial unless both records are complete.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Vote } from '../../knowledge/model.ts';
import type { HistoryVote } from '../../knowledge/model-v2.ts';
import { POSITIONS, type Position } from '../../knowledge/schema.ts';
import { addCitations, primarySources } from '../cite.ts';
import { CHANGED, MOVED } from '../cues.ts';
import { joinNames, mainVotes, outcomeSentence, shortCountry, statedTally } from '../describe.ts';
import { capital, cautionFor, disputeFor, membersAsked } from './history-lines.ts';
import { historyVotesNamed, shortName } from './history-votes.ts';
import type { Intent, Reading } from './intent.ts';

/** "How does 2025 compare with 2023?": the tallies and the moves, as far as the records go. */
const COMPARE = /\bcompar\w*\b|\bversus\b|\bvs\b/;
const DAY_OF_VOTES = /\b2025\b|\bnow\b|\btoday\b|\bthis (time|year)\b|\blast (february|year)\b/;
const LABEL: Record<Position, string> = {
  yes: 'in favour',
  no: 'against',
  abstain: 'abstained',
  absent: 'did not vote',
};

/** Per year named, the complete record if there is one, else the first held. */
function onePerYear(votes: HistoryVote[]): HistoryVote[] {
  const years = [...new Set(votes.map((v) => v.year))];
  return years
    .map((y) => votes.find((v) => v.year === y && v.listsComplete) ?? votes.find((v) => v.year === y)!)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The pairs compared: older record first. */
export function pairsOf(r: Reading): [Vote, Vote][] {
  const older = onePerYear(historyVotesNamed(r.k, r.t));
  const named: string[] = r.p.votes.ids.filter((id) => id === 'ga_es11_7' || id === 'ga_es11_8');
  const day = mainVotes(r.k).filter((v) => (named.length > 0 ? named.includes(v.id) : v.body === 'GA'));
  if (older.length >= 2 && named.length === 0 && !DAY_OF_VOTES.test(r.t)) {
    const [a, b] = older as [HistoryVote, HistoryVote];
    return [b.date < a.date ? [b, a] : [a, b]];
  }
  const [first] = older;
  if (!first) return [];
  return day.map((v): [Vote, Vote] => (first.date < v.date ? [first, v] : [v, first]));
}

export interface Move {
  country: string;
  from: Position;
  to: Position;
}

/** Members placed on both records whose positions differ. */
export function movesBetween(a: Vote, b: Vote): { moves: Move[]; compared: number } {
  const moves: Move[] = [];
  let compared = 0;
  for (const [country, from] of a.positions) {
    const to = b.positions.get(country);
    if (!to) continue;
    compared += 1;
    if (from !== to) moves.push({ country, from, to });
  }
  return { moves: moves.sort((x, y) => x.country.localeCompare(y.country)), compared };
}

function pairBlock(r: Reading, a: Answer, [from, to]: [Vote, Vote]): void {
  const { moves, compared } = movesBetween(from, to);
  const [p1, p2] = r.p.positions;
  const wanted = moves.filter((m) =>
    !p1 ? true : p2 ? m.from === p1 && m.to === p2 : m.from === p1 || m.to === p1,
  );
  const head = `From ${shortName(from)} to ${shortName(to)}`;
  const partial = [from, to].filter((v) => !v.listsComplete).map(shortName);
  const moved = `${wanted.length} member${wanted.length === 1 ? '' : 's'}${p1 ? ' moved as asked' : ' changed position'}`;
  a.blocks.push({
    type: 'paragraph',
    text:
      partial.length === 0
        ? `${head}: both records are complete; ${moved}.`
        : `${head}: ${joinNames(partial)} is only partly on record, so only the ${compared} members placed on both records are compared, and ${moved}. Members not placed are counted neither as changing nor as staying.`,
  });
  for (const f of POSITIONS)
    for (const t of POSITIONS) {
      const names = wanted.filter((m) => m.from === f && m.to === t).map((m) => m.country);
      if (names.length === 0) continue;
      a.blocks.push({ type: 'countries', label: `${LABEL[f]} → ${LABEL[t]}`, countries: names });
      for (const c of names) {
        a.positions.push(
          { vote: from.symbol, country: c, position: f },
          { vote: to.symbol, country: c, position: t },
        );
        for (const v of [from, to]) {
          const dispute = disputeFor(r.k, v, c);
          const caution = cautionFor(v, c);
          if (dispute) a.blocks.push({ type: 'note', text: dispute.text });
          if (dispute) addCitations(r.k, a, dispute.sources);
          if (caution)
            a.blocks.push({
              type: 'note',
              text: `${capital(shortCountry(c))} on ${shortName(v)}: ${caution}`,
            });
        }
      }
    }
  addCitations(r.k, a, primarySources(from.sources), primarySources(to.sources));
}

export const historyChangesIntent: Intent = {
  id: 'history_changes',
  ceiling: 80,
  match(r: Reading): number | null {
    const compare = COMPARE.test(r.t);
    // "Which countries that backed Ukraine in 2022 voted against it in 2025": two positions at two times.
    const twoPositions = r.p.positions.length === 2;
    if (!CHANGED.test(r.t) && !compare && !twoPositions) return null;
    // "… to supporting Ukraine in 2022": Ukraine is what the votes were about, not a member asked about.
    if (membersAsked(r).length > 0) return null;
    if (pairsOf(r).length === 0) return null;
    return CHANGED.test(r.t) || MOVED.test(r.t) || twoPositions ? 80 : 74;
  },
  answer(r: Reading): Answer {
    const a = emptyAnswer('answer', 'history_changes', '');
    const pairs = pairsOf(r);
    for (const pair of pairs) pairBlock(r, a, pair);
    const tallied = [...new Set(pairs.flat())].filter((v) => v.tally?.yes != null);
    a.tallies = tallied.map(statedTally);
    if (tallied.length > 0)
      a.blocks.unshift({
        type: 'fields',
        fields: tallied.map((v) => ({ label: `${shortName(v)} (${v.date})`, value: outcomeSentence(v) })),
      });
    for (const v of new Set(pairs.flat()))
      if ('symbolConfirmed' in v && !(v as HistoryVote).symbolConfirmed)
        a.blocks.push({
          type: 'note',
          text: `${capital(shortName(v))} (“${v.title}”): its document symbol is not confirmed by the sources.`,
        });
    const [p1, p2] = r.p.positions;
    const how = p1 && p2 ? ` from ${LABEL[p1]} to ${LABEL[p2]}` : '';
    a.summary = `Members whose recorded vote changed${how} (${joinNames(pairs.map(([f, t]) => `${shortName(f)} → ${shortName(t)}`))}):`;
    a.suggestions = ['How did Brazil vote on ES-11/1?', 'Who voted against ES-11/1?'];
    a.confidence = 0.85;
    return a;
  },
};
