/**
 * What a member's record chart shows, row by row: one vote each, oldest first, with the member's position, "not
 * on the Council" for a Council vote it had no seat in, or "not known" where a partial record does not name it.
 * A member a record does not place is never given a position (least of all "did not vote").
 */
import type { Knowledge, Vote } from '../knowledge/model.ts';
import { type MapPosition, positionPhrase } from './palette.ts';
import { displaySymbol, isHistory, longDate } from './vote-facts.ts';

export interface RecordRow {
  vote: Vote;
  position: MapPosition;
}

/** The member on one vote: its recorded position, no seat (a Council it was not on), or not known. */
export function recordPosition(vote: Vote, member: string): MapPosition {
  const position = vote.positions.get(member);
  if (position) return position;
  return vote.body === 'SC' ? 'no_seat' : 'unknown';
}

/** The rows for `voteIds` (unknown ids skipped), oldest first. */
export function recordRows(knowledge: Knowledge, member: string, voteIds: readonly string[]): RecordRow[] {
  const votes = [...new Set(voteIds)]
    .map((id) => knowledge.voteById.get(id) ?? knowledge.historyByKey.get(id))
    .filter((v): v is Vote => v !== undefined);
  return votes
    .sort((a, b) => a.date.localeCompare(b.date) || a.symbol.localeCompare(b.symbol))
    .map((vote) => ({ vote, position: recordPosition(vote, member) }));
}

/** A row's name: the symbol, or plainly that none is confirmed. */
export function rowName(vote: Vote): string {
  return isHistory(vote) && vote.symbol === vote.id
    ? 'Resolution, symbol not confirmed'
    : displaySymbol(vote);
}

/** "27 March 2014", with the body named when it is the Council. */
export function rowDate(vote: Vote): string {
  return vote.body === 'SC' ? `${longDate(vote.date)} \u00b7 Security Council` : longDate(vote.date);
}

/** "2014–2026", or one year. */
export function yearSpan(rows: readonly RecordRow[]): string {
  const first = rows[0]?.vote.date.slice(0, 4) ?? '';
  const last = rows[rows.length - 1]?.vote.date.slice(0, 4) ?? '';
  return first === last ? first : `${first}\u2013${last}`;
}

/** What the picture is called where it is posted (file name, title). */
export function recordTitle(member: string): string {
  return `${member}: votes on Ukraine`;
}

/** Alt text that states every row in words. */
export function recordAlt(member: string, rows: readonly RecordRow[]): string {
  const head = `Chart of the position of ${member} on each UN vote on Ukraine held, ${yearSpan(rows)}, oldest first`;
  const lines = rows.map(
    ({ vote, position }) =>
      `${rowName(vote)}, ${rowDate(vote).replace(' \u00b7 ', ', ')}: ${positionPhrase(position, vote.body)}`,
  );
  const unknown = rows.some((r) => r.position === 'unknown')
    ? [
        'Position not known means the lists the sources give for that vote do not name the member; it is not a position',
      ]
    : [];
  return `${[`${head}: ${lines.join('; ')}`, ...unknown].join('. ')}.`;
}
