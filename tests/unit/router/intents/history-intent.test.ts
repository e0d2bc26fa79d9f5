import { describe, expect, it } from 'vitest';
import { historyChangesIntent } from '../../../../src/router/intents/history-changes-intent.ts';
import { historyIntent } from '../../../../src/router/intents/history-intent.ts';
import { answerOf, k, scoreOf, textOf } from './reading.ts';

describe('historyIntent: how a member voted on an earlier or later Assembly vote', () => {
  it('given ES-11/1 by symbol, it states the member’s recorded position with the symbol as the vote', () => {
    const a = answerOf(historyIntent, 'How did Brazil vote on ES-11/1?');
    expect(a.positions).toEqual([{ vote: 'A/RES/ES-11/1', country: 'Brazil', position: 'yes' }]);
    expect(a.summary).toContain('Brazil voted in favour of A/RES/ES-11/1');
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('given "in 2014", it answers from A/RES/68/262', () => {
    const a = answerOf(historyIntent, 'how did India vote in 2014');
    expect(a.positions).toEqual([{ vote: 'A/RES/68/262', country: 'India', position: 'abstain' }]);
  });

  it('given "in March 2022", it answers both March 2022 votes and gives no position the partial one lacks', () => {
    const a = answerOf(historyIntent, 'how did India vote in March 2022?');
    expect(a.positions).toEqual([{ vote: 'A/RES/ES-11/1', country: 'India', position: 'abstain' }]);
    expect(textOf(a)).toContain('India is not named on the lists held for A/RES/ES-11/2');
    expect(textOf(a)).toContain('so its vote is not known');
  });

  it('given the 2026 anniversary vote, it uses the id as the vote and says the symbol is not confirmed', () => {
    const a = answerOf(historyIntent, 'How did the US vote on the 2026 anniversary resolution?');
    expect(a.positions).toEqual([
      { vote: 'ga_2026_02_24', country: 'United States of America', position: 'abstain' },
    ]);
    expect(textOf(a)).toContain('document symbol not confirmed');
    expect(textOf(a)).toContain('among the 51 members that abstained');
  });

  it('given a partial record that names the member, it says so and what is not held', () => {
    const a = answerOf(historyIntent, 'how did Belarus vote on ES-11/2');
    expect(a.summary).toBe(
      'Belarus is among the 5 members that voted against A/RES/ES-11/2 (“Humanitarian consequences of the aggression against Ukraine”, 24 March 2022); the lists of votes in favour, abstentions and members not voting are not held.',
    );
  });

  it('given a member a partial record does not name, it never turns the gap into a position', () => {
    const a = answerOf(historyIntent, 'how did France vote on ES-11/4');
    expect(a.positions).toEqual([]);
    expect(a.summary).toContain('its vote is not known');
    expect(a.summary).not.toMatch(/France (voted|abstained)/);
  });

  it('given a member ES-11/6 leaves unplaced, it says no source places it', () => {
    const a = answerOf(historyIntent, 'how did Spain vote in 2023');
    expect(a.positions).toEqual([]);
    expect(a.summary).toContain('No source held places Spain');
  });

  it('given the Bahamas on ES-11/5, it gives the record with the source’s caution', () => {
    const a = answerOf(historyIntent, 'how did the bahamas vote on ES-11/5');
    expect(a.positions).toEqual([{ vote: 'A/RES/ES-11/5', country: 'Bahamas', position: 'no' }]);
    expect(textOf(a)).toContain('with caution');
  });

  it('given a tally question on an old vote, it states the recorded tally', () => {
    const a = answerOf(historyIntent, 'what was the tally on ES-11/4?');
    expect(a.tallies).toEqual([{ vote: 'A/RES/ES-11/4', yes: 143, no: 5, abstain: 35, absent: 10 }]);
    expect(textOf(a)).toContain('lists of votes in favour and members not voting are not held');
  });

  it('given "who voted against ES-11/1", it lists the complete "no" list', () => {
    const a = answerOf(historyIntent, 'who voted against ES-11/1?');
    expect(a.positions.map((p) => p.country).sort()).toEqual(
      [...k.historyByKey.get('ga_es11_1')!.positions]
        .filter(([, p]) => p === 'no')
        .map(([c]) => c)
        .sort(),
    );
  });

  it('given a partial list asked for, it names those held and says how many are missing', () => {
    const a = answerOf(historyIntent, 'who abstained on the 2026 anniversary resolution');
    expect(a.positions).toHaveLength(12);
    expect(textOf(a)).toContain('12 of 51');
  });

  it('given a year and a subject of another year (2014, annexation), the year decides', () => {
    const a = answerOf(historyIntent, "what was the 2014 vote on Crimea's annexation, how did Armenia vote");
    expect(a.positions).toEqual([{ vote: 'A/RES/68/262', country: 'Armenia', position: 'no' }]);
  });

  it('given "backed Ukraine in 2022 … against it in 2025", it answers the change, not Ukraine’s own vote', () => {
    const q = 'Which countries that backed Ukraine in 2022 voted against it in 2025?';
    expect(scoreOf(historyIntent, q)).toBeNull();
    const a = answerOf(historyChangesIntent, q);
    expect(a.positions).toContainEqual({
      vote: 'A/RES/ES-11/7',
      country: 'United States of America',
      position: 'no',
    });
    expect(a.positions.filter((p) => p.vote === 'A/RES/ES-11/1').every((p) => p.position === 'yes')).toBe(
      true,
    );
  });

  it('given a resolution named by its subject (the Human Rights Council suspension), it answers from ES-11/3', () => {
    const a = answerOf(
      historyIntent,
      'what was the result of the vote to suspend Russia from the Human Rights Council',
    );
    expect(a.tallies.map((t) => t.vote)).toEqual(['A/RES/ES-11/3']);
    expect(a.positions).toEqual([{ vote: 'A/RES/ES-11/3', country: 'Russian Federation', position: 'no' }]);
  });

  it('does not take questions about the day’s votes, other years or pictures', () => {
    expect(scoreOf(historyIntent, 'how did France vote')).toBeNull();
    expect(scoreOf(historyIntent, 'how did Brazil vote in 2024')).toBeNull();
    expect(scoreOf(historyIntent, 'How did the US vote on the climate resolution in 2023?')).toBeNull();
    expect(scoreOf(historyIntent, 'show the map of ES-11/1')).toBeNull();
    expect(scoreOf(historyIntent, 'who changed between 2022 and 2025')).toBeNull();
  });

  it('scores a member on a named old vote above the generic country answer band', () => {
    expect(scoreOf(historyIntent, 'how did Brazil vote on ES-11/1')).toBeGreaterThanOrEqual(80);
  });
});

describe('historyChangesIntent: who moved between two records', () => {
  it('given 2022 and 2025, it compares the complete records and agrees with the reference’s derived changes', () => {
    const a = answerOf(historyChangesIntent, 'who changed their vote between 2022 and 2025?');
    const derived = k.historyChanges.find((c) => c.from === 'A/RES/ES-11/1' && c.to === 'A/RES/ES-11/7')!;
    const stated = a.positions.filter((p) => p.vote === 'A/RES/ES-11/7').map((p) => p.country);
    expect(stated.sort()).toEqual(Object.values(derived.moves).flat().sort());
    expect(textOf(a)).toContain('both records are complete');
  });

  it('given a direction, it keeps only the members who moved that way', () => {
    const a = answerOf(historyChangesIntent, 'which countries went from yes in 2022 to abstaining in 2025');
    const derived = k.historyChanges.find((c) => c.from === 'A/RES/ES-11/1' && c.to === 'A/RES/ES-11/8')!;
    const to8 = a.positions.filter((p) => p.vote === 'A/RES/ES-11/8');
    expect(to8.every((p) => p.position === 'abstain')).toBe(true);
    expect(to8.map((p) => p.country).sort()).toEqual([...(derived.moves['yes->abstain'] ?? [])].sort());
  });

  it('given 2014 and 2022, it compares 68/262 with ES-11/1', () => {
    const a = answerOf(historyChangesIntent, 'who switched between 2014 and 2022?');
    expect(new Set(a.positions.map((p) => p.vote))).toEqual(new Set(['A/RES/68/262', 'A/RES/ES-11/1']));
  });

  it('given 2023, it uses ES-11/6’s lists as far as they go and says the record is partial', () => {
    const a = answerOf(historyChangesIntent, 'how have positions changed since 2023');
    expect(textOf(a)).toContain('only partly on record');
    const unplaced = k.historyByKey.get('ga_es11_6')!.unplaced;
    expect(a.positions.some((p) => unplaced.includes(p.country))).toBe(false);
  });

  it('given "supporting Ukraine", Ukraine is the subject of the votes, not a member asked about', () => {
    const a = answerOf(
      historyChangesIntent,
      'which countries switched from abstaining in 2014 to supporting Ukraine in 2022',
    );
    expect(a.positions).toContainEqual({ vote: 'A/RES/ES-11/1', country: 'Brazil', position: 'yes' });
    expect(a.positions.filter((p) => p.vote === 'A/RES/68/262').every((p) => p.position === 'abstain')).toBe(
      true,
    );
  });

  it('given a comparison with 2023, it gives both tallies and the moves as far as ES-11/6’s lists go', () => {
    const a = answerOf(historyChangesIntent, 'how does the 2025 vote compare with 2023?');
    expect(a.tallies.map((t) => t.vote)).toEqual(['A/RES/ES-11/6', 'A/RES/ES-11/7', 'A/RES/ES-11/8']);
    expect(textOf(a)).toContain('A/RES/ES-11/6 is only partly on record');
    expect(textOf(a)).toContain('141 in favour');
  });

  it('does not take a single country or the day’s own change question', () => {
    expect(
      scoreOf(historyChangesIntent, 'which countries changed their vote between ES-11/7 and ES-11/8'),
    ).toBeNull();
    expect(scoreOf(historyChangesIntent, 'did Brazil change its vote since 2022')).toBeNull();
  });
});
