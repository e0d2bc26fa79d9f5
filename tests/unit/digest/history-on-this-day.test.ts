import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/digest/build-digest.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';

const k = loadKnowledge();
const onThisDay = (date: string) => buildDigest(k, date).items.filter((i) => i.kind === 'on_this_day');

describe('digest: history records on this day', () => {
  it('given 2 March, it adds the ES-11/1 record (tally, the complete "no" list, the US vote) to the 2022 event', () => {
    const [item] = onThisDay('2026-03-02');
    expect(item?.ref).toBe('t2022_es11_1');
    expect(item?.text).toContain('The record of A/RES/ES-11/1');
    expect(item?.text).toContain('141-5-35 (yes-no-abstain), 12 not voting');
    expect(item?.text).toContain(
      "against: Belarus, Democratic People's Republic of Korea, Eritrea, Russian Federation, Syrian Arab Republic",
    );
    expect(item?.sources).toEqual(expect.arrayContaining(['haruki_ukraine_viz']));
    for (const id of item?.sources ?? []) expect(k.sources.has(id)).toBe(true);
  });

  it('given 12 October, it adds the ES-11/4 record without a US position the record lacks', () => {
    const [item] = onThisDay('2025-10-12');
    expect(item?.text).toContain('The record of A/RES/ES-11/4');
    expect(item?.text).not.toContain('the United States:');
  });

  it('given 24 February 2027, it gives the 2026 vote with its symbol said to be unconfirmed', () => {
    const item = onThisDay('2027-02-24').find((i) => i.ref === 't2026_ga_res');
    expect(item?.text).toContain('(document symbol not confirmed)');
    expect(item?.text).toContain('the United States: abstained');
  });

  it('given 24 February 2025, it gives no 2026 record yet', () => {
    expect(onThisDay('2025-02-24').some((i) => i.text.includes('Support for lasting peace'))).toBe(false);
  });
});
