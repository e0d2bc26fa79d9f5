import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/digest/build-digest.ts';
import { pickFact } from '../../../src/digest/fact-rotation.ts';
import { addDays } from '../../../src/digest/time.ts';
import { EMPTY_DIGEST_STATE } from '../../../src/digest/types.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';

const k = loadKnowledge();

describe('fact of the day rotation', () => {
  it('shows every fact once before any repeats, then starts a new round', () => {
    let state = EMPTY_DIGEST_STATE;
    const seen: string[] = [];
    for (let i = 0; i < k.facts.length; i++) {
      const d = buildDigest(k, addDays('2026-04-01', i), state);
      seen.push(d.factId!);
      state = d.nextState;
    }
    expect(new Set(seen).size).toBe(k.facts.length);
    const next = buildDigest(k, addDays('2026-04-01', k.facts.length), state);
    expect(next.nextState.shownFactIds).toEqual([next.factId]);
  });

  it('drops ids that are no longer in the fact base', () => {
    const facts = [
      { id: 'a', statement: 'A', sources: ['s'] },
      { id: 'b', statement: 'B', sources: ['s'] },
    ];
    const pick = pickFact(facts, { shownFactIds: ['gone', 'a'] }, 7);
    expect(pick.fact?.id).toBe('b');
    expect(pick.nextState.shownFactIds).toEqual(['a', 'b']);
  });

  it('gives channels without state a fact that depends on the date', () => {
    const a = buildDigest(k, '2026-04-01').factId;
    const b = buildDigest(k, '2026-04-02').factId;
    expect(a).not.toBe(b);
  });
});
