import { describe, expect, it } from 'vitest';
import { ask, k, textOf } from '../ask.ts';

const tally = (id: string) => k.voteById.get(id)?.tally ?? k.historyByKey.get(id)!.tally!;

describe('arithmetic on the tallies', () => {
  it('gives the margin and the votes cast, worked out from the recorded tally', () => {
    const t = tally('ga_es11_7');
    const a = ask('margin between yes and no on es-11/7?');
    expect(a.intent).toBe('tally_math');
    expect(textOf(a)).toContain(`${t.yes! - t.no!}`);
    expect(textOf(a)).toContain(`= ${t.yes! + t.no! + t.abstain!}`);
    expect(ask('total votes cast on es-11/7 (yes+no+abstain)?').intent).toBe('tally_math');
  });

  it('compares the votes in favour of two votes, later against earlier, and only the vote named by symbol', () => {
    const a = ask(
      "For a piece comparing support over time: how does the 2025 Ukraine text's yes count compare with ES-11/1 in March 2022?",
    );
    const [now, then] = [
      tally('ga_es11_7').yes!,
      k.history.find((v) => v.symbol.endsWith('ES-11/1'))!.tally!.yes!,
    ];
    expect(a.summary).toBe(
      `A/RES/ES-11/7 (2025) had ${then - now} fewer votes in favour than A/RES/ES-11/1 (2022): ${now}, down from ${then} (${((100 * (then - now)) / then).toFixed(1)}% fewer).`,
    );
    expect(a.tallies.map((t) => t.vote)).toEqual(['A/RES/ES-11/7', 'A/RES/ES-11/1']);
  });

  it('leaves a plain tally question to the tally', () => {
    expect(ask('what was the tally on es-11/7').intent).not.toBe('tally_math');
  });
});
