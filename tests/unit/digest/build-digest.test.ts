import { describe, expect, it } from 'vitest';
import { buildDigest, DigestDateError, milestonesOf } from '../../../src/digest/build-digest.ts';
import { digestToAnswer } from '../../../src/digest/digest-to-answer.ts';
import { addDays, daysBetween } from '../../../src/digest/time.ts';
import { digestToJson } from '../../../src/digest/types.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';

const k = loadKnowledge();

function expectEveryStatementCited(date: string) {
  const d = buildDigest(k, date);
  const cited = new Set(d.citations.map((c) => c.id));
  for (const item of d.items) {
    if (item.kind === 'notice' || item.kind === 'milestone') continue;
    expect(item.sources.length, `${item.kind} ${item.ref}`).toBeGreaterThan(0);
    for (const id of item.sources) expect(cited.has(id)).toBe(true);
  }
  for (const c of d.citations) expect(k.sources.get(c.id)?.url ?? null).toBe(c.url);
  return d;
}

describe('buildDigest', () => {
  it('given 2026-11-22, it counts day 636 since the votes (24 February 2025 is day 0)', () => {
    expect(daysBetween('2025-02-24', '2026-11-22')).toBe(636);
    expect(buildDigest(k, '2026-11-22').title).toBe('Day 636 since the UN votes of 24 February 2025');
    expect(buildDigest(k, '2026-02-24').day).toBe(365);
  });

  it('given 24 February 2026, it recaps the three votes with tallies, US positions and a quote from each side', () => {
    const d = expectEveryStatementCited('2026-02-24');
    expect(d.title).toBe('Day 365 since the UN votes of 24 February 2025: first anniversary');
    expect(d.milestones).toEqual([{ kind: 'anniversary', count: 1 }]);
    expect(d.tallies.map((t) => [t.vote, t.yes, t.no, t.abstain])).toEqual([
      ['A/RES/ES-11/7', 93, 18, 65],
      ['A/RES/ES-11/8', 93, 8, 73],
      ['S/RES/2774 (2025)', 10, 0, 5],
    ]);
    expect(d.positions.map((p) => [p.vote, p.country, p.position])).toEqual([
      ['A/RES/ES-11/7', 'United States of America', 'no'],
      ['A/RES/ES-11/8', 'United States of America', 'abstain'],
      ['S/RES/2774 (2025)', 'United States of America', 'yes'],
    ]);
    expect(d.text).toContain('93-18-65');
    expect(d.text).toContain('93-8-73');
    expect(d.text).toContain('10-0-5');
    const quoted = d.quotes.map((q) => k.quotes.find((kq) => kq.id === q.id));
    expect(quoted.map((q) => q?.country)).toEqual(['United States of America', 'Ukraine']);
    for (const q of d.quotes)
      expect(k.quotes.some((kq) => kq.text === q.text && kq.speaker === q.speaker)).toBe(true);
    const onThisDay = d.items.filter((i) => i.kind === 'on_this_day').map((i) => i.ref);
    expect(onThisDay).toContain('t2022_invasion');
    expect(onThisDay).toContain('t2025_ga_votes');
  });

  it('given an ordinary day, it gives the day count and one cited fact, without recap or milestone', () => {
    const d = expectEveryStatementCited('2026-11-22');
    expect(d.milestones).toEqual([]);
    expect(d.tallies).toEqual([]);
    expect(d.items.map((i) => i.kind)).toEqual(['fact']);
    expect(k.facts.some((f) => f.id === d.factId)).toBe(true);
  });

  it('given 2 March 2026, it shows the 2022 event of 2 March on this day', () => {
    const d = expectEveryStatementCited('2026-03-02');
    const events = d.items.filter((i) => i.kind === 'on_this_day');
    expect(events.map((e) => e.ref)).toEqual(['t2022_es11_1']);
    expect(events[0]!.text).toMatch(/^2022: /);
  });

  it('marks every 100th day and the 24th of each month as milestones', () => {
    expect(milestonesOf(addDays('2025-02-24', 100))).toEqual([{ kind: 'hundredth_day', count: 100 }]);
    expect(milestonesOf(addDays('2025-02-24', 600))).toEqual([{ kind: 'hundredth_day', count: 600 }]);
    expect(milestonesOf('2025-03-24')).toEqual([{ kind: 'monthly', count: 1 }]);
    expect(milestonesOf('2026-01-24')).toEqual([{ kind: 'monthly', count: 11 }]);
    expect(milestonesOf('2025-02-24')).toEqual([{ kind: 'votes_day', count: 0 }]);
    expect(buildDigest(k, '2025-06-04').title).toContain('Day 100');
  });

  it('given a date before the votes, it says so politely and states no fact', () => {
    const d = buildDigest(k, '2024-12-01');
    expect(d.items.map((i) => i.kind)).toEqual(['notice']);
    expect(d.citations).toEqual([]);
    expect(d.text).toContain('before the UN votes of 24 February 2025');
    expect(digestToAnswer(d).kind).toBe('no_answer');
  });

  it('given a date that does not exist, it throws a DigestDateError', () => {
    expect(() => buildDigest(k, '2026-02-30')).toThrow(DigestDateError);
    expect(() => buildDigest(k, 'tomorrow')).toThrow(DigestDateError);
  });

  it('turns into an Answer with the same title, citations and data, and a fixed JSON shape', () => {
    const d = buildDigest(k, '2026-02-24');
    const a = digestToAnswer(d);
    expect(a.summary).toBe(d.title);
    expect(a.citations).toEqual(d.citations);
    expect(a.tallies).toEqual(d.tallies);
    expect(a.blocks.filter((b) => b.type === 'quote')).toHaveLength(2);
    expect(Object.keys(digestToJson(d))).toEqual(['date', 'title', 'text', 'items', 'citations']);
  });
});
