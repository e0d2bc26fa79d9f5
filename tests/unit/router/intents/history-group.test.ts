import { describe, expect, it } from 'vitest';
import { ask, k, textOf } from '../ask.ts';

const group = (id: string) => k.groups.find((g) => g.id === id)!;
const vote = (suffix: string) => k.history.find((v) => v.symbol.endsWith(suffix))!;

describe('a group on an earlier or later vote', () => {
  it('places each member as the record does, and counts the members it does not name as not known', () => {
    const a = ask('AU members against ES-11/3?');
    expect(a.intent).toBe('history_group');
    const es3 = vote('ES-11/3');
    const au = group('african_union').members;
    for (const p of a.positions) {
      expect(au).toContain(p.country);
      expect(es3.positions.get(p.country)).toBe(p.position);
    }
    const unknown = au.filter((c) => !es3.positions.has(c));
    expect(unknown.length).toBeGreaterThan(0);
    expect(textOf(a)).toContain(`Not known (${unknown.length})`);
    for (const c of unknown) expect(a.positions.some((p) => p.country === c)).toBe(false);
  });

  it('answers a month of votes, and says the membership is that of 24 February 2025', () => {
    const a = ask('how did the EU vote in march 2022');
    expect(a.tallies.map((t) => t.vote)).toContain('A/RES/ES-11/1');
    expect(textOf(a)).toContain('24 February 2025');
  });
});
