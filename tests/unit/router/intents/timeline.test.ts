import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, describeSpan, findDate } from '../../../../src/router/dates.ts';
import { createRouter } from '../../../../src/router/router.ts';
import { k, textOf } from '../ask.ts';

const on = (iso: string) => createRouter(k, { clock: () => new Date(`${iso}T12:00:00Z`) });

describe('dates', () => {
  it('reads dates as people type them', () => {
    expect(findDate('what happened on 2 march 2022', 2025)).toBe('2022-03-02');
    expect(findDate('feb 27 2022 at the council', 2025)).toBe('2022-02-27');
    expect(findDate('on the 12th of october 2022', 2025)).toBe('2022-10-12');
    expect(findDate('what about 24 feb', 2026)).toBe('2026-02-24');
    expect(findDate('no date here', 2026)).toBeNull();
  });
  it('counts calendar days and names whole years', () => {
    expect(daysBetween('2025-02-24', '2026-12-07')).toBe(651);
    expect(describeSpan('2025-02-24', '2027-02-24')).toBe('730 days (exactly 2 years)');
  });
  it("moves by calendar months, keeping the day or the month's last", () => {
    expect(addMonths('2025-03-24', -1)).toBe('2025-02-24');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -2)).toBe('2024-11-15');
    // A month and a day from the last of January, not a negative remainder.
    expect(describeSpan('2025-01-31', '2025-03-01')).toMatch(/1 month and 1 day/);
  });
});

describe('the timeline intent', () => {
  it('given a date of asking, says how many days ago the votes were', () => {
    const a = on('2026-12-07').ask('how many days ago were the votes?');
    expect(a.intent).toBe('timeline_span');
    expect(textOf(a)).toContain('651 days');
  });

  it('counts the days between two events found by their words', () => {
    const a = on('2025-03-10').ask('how long after the votes was the oval office meeting');
    expect(textOf(a)).toContain('4 days');
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('counts between two votes named by symbol, in the order named', () => {
    expect(textOf(on('2025-09-01').ask('days between ES-11/1 and ES-11/7?'))).toContain('1,090 days');
  });

  it('answers what happened on a date with the events of that day, cited', () => {
    const a = on('2025-04-10').ask('what happened at the un yesterday');
    expect(
      on('2025-02-25')
        .ask('what happened at the un yesterday')
        .tallies.map((t) => t.vote),
    ).toContain('A/RES/ES-11/7');
    const b = on('2025-04-10').ask('what happened on 27 february 2022');
    expect(b.intent).toBe('timeline_day');
    expect(textOf(b)).toContain('2623');
    expect(b.citations.length).toBeGreaterThan(0);
    expect(a.tallies).toEqual([]);
  });

  it('says plainly when it holds nothing on a date', () => {
    const a = on('2025-04-10').ask('what happened at the un on 3 january 2024');
    expect(a.kind).toBe('no_answer');
    expect(a.positions).toEqual([]);
  });

  it('on this day lists earlier years’ events of the same date', () => {
    const a = on('2026-02-24').ask('anything happen on this day in earlier years?');
    expect(textOf(a)).toMatch(/2022/);
    expect(textOf(a)).toMatch(/2025/);
  });

  it('lists the whole timeline in date order', () => {
    const a = on('2026-12-07').ask('show me the timeline');
    const dates = (a.blocks.find((b) => b.type === 'bullets') as { items: string[] }).items;
    expect(dates.length).toBeGreaterThanOrEqual(k.timeline.length);
    expect(textOf(a).indexOf('2022')).toBeLessThan(textOf(a).indexOf('2026'));
  });

  it('leaves a country’s vote on a date to the country answer', () => {
    expect(on('2026-12-07').ask('how did israel vote at the un on feb 24').intent).not.toMatch(/^timeline/);
  });

  it('leaves another subject’s vote in another year out of scope', () => {
    expect(on('2026-12-07').ask('How did the US vote on the Sudan resolution in 2024?').intent).toBe(
      'out_of_scope',
    );
  });
});
