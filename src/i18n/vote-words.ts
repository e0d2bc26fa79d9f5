/** Votes, positions and outcomes in the answer's language, from the record; English where no template exists. */

import type { Knowledge, Vote } from '../knowledge/model.ts';
import type { Position } from '../knowledge/schema.ts';
import { tallyShort, voteName } from '../router/describe.ts';
import type { Messages } from './messages.ts';

export const voteBySymbol = (k: Knowledge, symbol: string): Vote | undefined =>
  k.votes.find((v) => v.symbol === symbol);

export function localVoteName(m: Messages, v: Vote): string {
  const key = `vote.${v.id}`;
  if (!m.has(key)) {
    m.fellBack = true;
    return voteName(v);
  }
  return m.t(key, { symbol: v.symbol, title: v.title });
}

/** "adoptée, 93-18-65"; with the counts spelled out when `full`. */
export function localOutcome(m: Messages, v: Vote, full = false): string {
  const t = v.tally;
  const short = tallyShort(v);
  if (!t || short === null || t.yes === null || t.no === null || t.abstain === null) {
    m.fellBack = true;
    return v.outcome;
  }
  let tally = short;
  if (full) {
    tally = m.t('tally.counts', { yes: t.yes, no: t.no, abstain: t.abstain });
    if (t.absent !== null && t.absent > 0)
      tally = m.t('tally.withAbsent', { counts: tally, absent: m.t('tally.absent', { absent: t.absent }) });
  }
  return m.t(v.adopted ? 'outcome.adopted' : 'outcome.rejected', { tally });
}

export const positionLabel = (m: Messages, p: Position): string => m.t(`position.${p}`);

export function localCountry(k: Knowledge, m: Messages, name: string): string {
  return m.country(name, k.memberByName.get(name)?.iso2);
}
