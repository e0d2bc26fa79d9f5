import { describe, expect, it } from 'vitest';
import { ask, k } from '../ask.ts';

/** The members whose recorded positions meet every condition, worked out directly from the knowledge. */
function expected(conds: [string, string[]][]): string[] {
  return k.members
    .map((m) => m.name)
    .filter((m) =>
      conds.every(([id, allowed]) => allowed.includes(k.voteById.get(id)!.positions.get(m) ?? '')),
    );
}

const listed = (a: ReturnType<typeof ask>) => [...new Set(a.positions.map((p) => p.country))].sort();

describe('the set intent', () => {
  it('given yes on one vote and no on another, lists exactly the members that did both', () => {
    const a = ask('who voted yes on 2774 in the council but no on es-11/7');
    expect(a.intent).toBe('set');
    expect(listed(a)).toEqual(
      expected([
        ['sc_2774', ['yes']],
        ['ga_es11_7', ['no']],
      ]).sort(),
    );
  });

  it('keeps the direction asked: yes on ES-11/7 then abstain on ES-11/8, not the reverse', () => {
    const a = ask('which countries voted yes on ES-11/7 but then abstained on ES-11/8');
    const want = expected([
      ['ga_es11_7', ['yes']],
      ['ga_es11_8', ['abstain']],
    ]);
    expect(listed(a)).toEqual(want.sort());
    const reverse = expected([
      ['ga_es11_7', ['abstain']],
      ['ga_es11_8', ['yes']],
    ]);
    expect(listed(a).some((m) => reverse.includes(m) && !want.includes(m))).toBe(false);
  });

  it('reads "skipped" and "voted on" as absent and present', () => {
    const a = ask('which countries voted on the ukraine text but skipped the amended US one');
    expect(listed(a)).toEqual(
      expected([
        ['ga_es11_7', ['yes', 'no', 'abstain']],
        ['ga_es11_8', ['absent']],
      ]).sort(),
    );
  });

  it('says so when no member meets the conditions', () => {
    const a = ask('did any country vote against the amended US draft but for the ukrainian one');
    expect(
      expected([
        ['ga_es11_8', ['no']],
        ['ga_es11_7', ['yes']],
      ]),
    ).toEqual([]);
    expect(a.summary).toMatch(/^No member/);
    expect(a.positions).toEqual([]);
  });

  it('given "both Assembly texts", it sets one condition on each, in the direction asked', () => {
    const a = ask('which council members abstained on 2774 even though they voted yes on both GA texts');
    const council = k.voteById.get('sc_2774')!;
    expect(listed(a)).toEqual(
      expected([
        ['sc_2774', ['abstain']],
        ['ga_es11_7', ['yes']],
        ['ga_es11_8', ['yes']],
      ])
        .filter((m) => council.positions.has(m))
        .sort(),
    );
    const b = ask("Which countries voted for Ukraine's text but abstained on the amended US text?");
    expect(b.intent).toBe('set');
    expect(listed(b)).toEqual(
      expected([
        ['ga_es11_7', ['yes']],
        ['ga_es11_8', ['abstain']],
      ]).sort(),
    );
  });

  it('given "matched the US" or "exactly like Russia" on both, it compares with that member and shows its votes', () => {
    const a = ask('which countries matched the US on both general assembly votes?');
    const us = (id: string) => k.voteById.get(id)!.positions.get('United States of America')!;
    expect(listed(a).filter((m) => m !== 'United States of America')).toEqual(
      expected([
        ['ga_es11_7', [us('ga_es11_7')]],
        ['ga_es11_8', [us('ga_es11_8')]],
      ])
        .filter((m) => m !== 'United States of America')
        .sort(),
    );
    const b = ask('who voted exactly like russia on both assembly resolutions?');
    expect(b.positions).toContainEqual({
      vote: 'A/RES/ES-11/7',
      country: 'Russian Federation',
      position: 'no',
    });
  });

  it('given "didn\'t vote yes on both", it reads a negated position, not an absence', () => {
    const a = ask("EU members that didn't vote yes on both assembly texts?");
    const eu = new Set(k.groups.find((g) => g.id === 'eu')?.members ?? []);
    expect(listed(a)).toEqual(
      expected([
        ['ga_es11_7', ['no', 'abstain', 'absent']],
        ['ga_es11_8', ['no', 'abstain', 'absent']],
      ])
        .filter((m) => eu.has(m))
        .sort(),
    );
    expect(listed(a).length).toBeGreaterThan(0);
  });

  it('given "from yes in 2022 to no in 2025", each clause takes its own position, the bare word included', () => {
    const a = ask('which countries went from yes in 2022 (es-11/1) to no in 2025 (es-11/7)');
    const es1 = k.history.find((v) => v.symbol.endsWith('ES-11/1'))!;
    const es7 = k.voteById.get('ga_es11_7')!;
    const want = k.members
      .map((m) => m.name)
      .filter((m) => es1.positions.get(m) === 'yes' && es7.positions.get(m) === 'no')
      .sort();
    expect(want.length).toBeGreaterThan(0);
    expect(listed(a)).toEqual(want);
  });

  it('given "who voted no in 2022 stop voting no in 2025", the second clause is negated', () => {
    const a = ask('did anyone who voted no in 2022 stop voting no in 2025 on the ukrainian resolution');
    const es1 = k.history.find((v) => v.symbol.endsWith('ES-11/1'))!;
    const es7 = k.voteById.get('ga_es11_7')!;
    const want = k.members
      .map((m) => m.name)
      .filter((m) => es1.positions.get(m) === 'no' && es7.positions.has(m) && es7.positions.get(m) !== 'no')
      .sort();
    expect(a.intent).toBe('set');
    expect(listed(a)).toEqual(want);
  });
});
