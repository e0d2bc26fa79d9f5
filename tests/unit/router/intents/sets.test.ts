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
});
