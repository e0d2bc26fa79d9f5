import type { Fact } from '../knowledge/schema.ts';
import type { DigestState } from './types.ts';

export interface FactPick {
  fact: Fact | null;
  nextState: DigestState;
}

/**
 * The fact of the day for one channel: one the channel has not been shown yet, chosen by the day number so
 * channels without state still see a different fact each day. When every fact has been shown the rotation
 * starts again. Ids no longer in the fact base are dropped from the state.
 */
export function pickFact(facts: readonly Fact[], state: DigestState, day: number): FactPick {
  if (facts.length === 0) return { fact: null, nextState: { shownFactIds: [] } };
  const known = new Set(facts.map((f) => f.id));
  let shown = state.shownFactIds.filter((id) => known.has(id));
  let unseen = facts.filter((f) => !shown.includes(f.id));
  if (unseen.length === 0) {
    shown = [];
    unseen = [...facts];
  }
  const index = ((day % unseen.length) + unseen.length) % unseen.length;
  const fact = unseen[index]!;
  return { fact, nextState: { shownFactIds: [...shown, fact.id] } };
}
