import { describe, expect, it } from 'vitest';
import { relativeRange, resolveRelativeTime } from '../../../src/router/relative-time.ts';
import { k, positionOf, router, textOf } from './ask.ts';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('relative times, on the clock', () => {
  it('reads yesterday, last week, N units ago and last year as ranges of days', () => {
    expect(relativeRange('how did they vote yesterday', '2025-02-25')).toMatchObject({
      from: '2025-02-24',
      to: '2025-02-24',
    });
    expect(relativeRange('any vote last week?', '2026-03-01')).toMatchObject({
      from: '2026-02-16',
      to: '2026-02-28',
    });
    expect(relativeRange('the vote two weeks ago', '2025-03-10')).toMatchObject({
      from: '2025-02-21',
      to: '2025-02-27',
    });
    expect(relativeRange('votes last year', '2026-06-01')).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(relativeRange('how did France vote?', '2026-06-01')).toBeNull();
  });

  it('names the one vote day a relative time holds, and leaves the words alone otherwise', () => {
    expect(resolveRelativeTime(k, 'how did the US vote yesterday?', at('2025-02-25'))).toBe(
      'how did the US vote on 24 February 2025?',
    );
    // No vote on record that day: unchanged, and the intents say what is held.
    expect(resolveRelativeTime(k, 'how did the US vote yesterday?', at('2025-06-02'))).toBe(
      'how did the US vote yesterday?',
    );
    // Not a question about a vote.
    expect(resolveRelativeTime(k, 'does the ukraine text say end the war this year', at('2025-03-01'))).toBe(
      'does the ukraine text say end the war this year',
    );
  });

  it('answers "how did the US vote yesterday" on the day after the votes with the day’s votes', () => {
    const a = router.ask('how did the us vote yesterday in the general assembly?', { now: at('2025-02-25') });
    expect(positionOf(a, 'A/RES/ES-11/7', 'United States of America')).toBe('no');
    expect(positionOf(a, 'A/RES/ES-11/8', 'United States of America')).toBe('abstain');
  });

  it('answers "was there a vote last week" with the vote of that week, named by date, not by id', () => {
    const text = textOf(
      router.ask('was there a ukraine vote in the GA last week?', { now: at('2026-03-01') }),
    );
    expect(text).toContain('107');
    expect(text).toContain('the Assembly resolution of 24 February 2026');
    expect(text).not.toContain('ga_2026_02_24');
    expect(text).not.toContain('24 February 2026 and 24 February 2026');
  });

  it('counts the days since "the unga vote" and between two votes named by symbol', () => {
    expect(
      textOf(router.ask('how many days ago was the unga vote on ukraine?', { now: at('2025-03-10') })),
    ).toContain('14 days ago');
    expect(textOf(router.ask('How much time passed between ES-11/1 and ES-11/7?'))).toContain(
      '1,090 days (2 years, 11 months and 22 days) passed between 2 March 2022 and 24 February 2025',
    );
  });
});

describe('a relative time with no vote on record', () => {
  it('says which day it is and the nearest vote days on record, and states no vote fact', () => {
    const a = router.ask('how did the US vote yesterday?', { now: at('2025-06-02') });
    expect(textOf(a)).toContain(
      '“yesterday” is 1 June 2025: no UN vote on Ukraine that I hold was taken then',
    );
    expect(textOf(a)).toContain('the last vote I hold before it was on 24 February 2025');
    expect(textOf(a)).toContain('the next after it on 24 February 2026');
    expect(a.positions).toEqual([]);
  });
});
