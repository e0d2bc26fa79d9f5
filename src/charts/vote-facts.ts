import type { Knowledge, Vote } from '../knowledge/model.ts';
import type { Position } from '../knowledge/schema.ts';
import { ChartError } from './chart-error.ts';

export type Counts = Record<Position, number>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function voteOrThrow(knowledge: Knowledge, voteId: string): Vote {
  const vote = knowledge.voteById.get(voteId) ?? knowledge.historyByKey.get(voteId);
  if (!vote) throw new ChartError('unknown_vote', `no vote with id "${voteId}"`);
  return vote;
}

/** Counts from the per-country record; a map needs every member's position. */
export function countsOf(vote: Vote): Counts {
  const counts: Counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const p of vote.positions.values()) counts[p] += 1;
  return counts;
}

/** A tally whose yes, no and abstain are known; `absent` is null when it was not recorded. */
export type KnownTally = Omit<Counts, 'absent'> & { absent: number | null };

/** The official tally, or the count of the per-country record when there is no tally; null when unknown. */
export function knownTally(vote: Vote): KnownTally | null {
  const t = vote.tally;
  if (t && t.yes !== null && t.no !== null && t.abstain !== null)
    return { yes: t.yes, no: t.no, abstain: t.abstain, absent: t.absent };
  return vote.listsComplete ? countsOf(vote) : null;
}

/** "24 February 2025" */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** The title without the bracketed note some records end with; an amendment's names its sponsor. */
export function shortTitle(vote: Vote): string {
  const cut = vote.title.indexOf(' (');
  const title = cut > 0 && vote.title.endsWith(')') ? vote.title.slice(0, cut) : vote.title;
  return vote.kind === 'amendment' && vote.sponsor ? `${vote.sponsor}: ${title}` : title;
}

/** What a picture is headed with: the official symbol, or what kind of vote it was when it has none. */
export function displaySymbol(vote: Vote): string {
  if (vote.kind === 'motion') return 'Procedural motion';
  if (vote.kind === 'amendment') return vote.draftSymbol ?? 'Amendment';
  if (isHistory(vote) && vote.symbol === vote.id) return 'Symbol not confirmed';
  return vote.symbol;
}

export function bodyLabel(vote: Vote): string {
  return vote.body === 'SC' ? 'UN Security Council' : 'UN General Assembly';
}

/** An earlier or later Assembly vote whose record may be partial (members not placed are drawn as unknown). */
export const isHistory = (vote: Vote): boolean => 'listComplete' in vote;

/** "Adopted 93–18–65" (in favour–against–abstaining). */
export function outcomeLine(vote: Vote, counts: KnownTally): string {
  const verdict = vote.adopted ? 'Adopted' : 'Rejected';
  return `${verdict} ${counts.yes}\u2013${counts.no}\u2013${counts.abstain}`;
}
