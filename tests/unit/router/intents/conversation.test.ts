import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../src/router/router.ts';
import { k, positionOf, textOf } from '../ask.ts';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('follow-ups in a conversation', () => {
  const router = createRouter(k);
  let n = 0;
  /** Asks the turns in one new conversation and returns the last answer. */
  const converse = (...turns: string[]) => {
    const conversation = `test-${++n}`;
    return turns.map((q) => router.ask(q, { conversation })).at(-1)!;
  };

  it('given a list on one vote, "and on the US one?" lists the same position on the US text', () => {
    const a = converse('list every country that voted no on ES-11/7', 'and on the amended US one?');
    expect(a.intent).not.toBe('not_sure');
    expect(positionOf(a, 'A/RES/ES-11/8', 'Russian Federation')).toBe('no');
    expect(a.positions.every((p) => p.position === 'no')).toBe(true);
  });

  it('given a member on one vote, "was that different in 2022?" sets that vote beside the 2022 one', () => {
    const a = converse('how did israel vote on es-11/7?', 'was that different in 2022?');
    expect(a.intent).toBe('member_record');
    const es1 = k.history.find((v) => v.symbol.endsWith('ES-11/1'))!;
    expect(positionOf(a, 'A/RES/ES-11/1', 'Israel')).toBe(es1.positions.get('Israel'));
    expect(positionOf(a, 'A/RES/ES-11/7', 'Israel')).toBe(
      k.voteById.get('ga_es11_7')!.positions.get('Israel'),
    );
  });

  it('given a vote named by symbol, "how long before the 2025 votes was that?" counts from that vote, in order', () => {
    const a = converse(
      'when was the crimea resolution 68/262 adopted?',
      'how long before the 2025 votes was that?',
    );
    expect(a.summary).toMatch(
      /^3,987 days \(10 years, 10 months and 28 days\) passed between 27 March 2014 and 24 February 2025/,
    );
  });

  it('given a speaker, "and how did her country vote?" answers the speaker\'s country', () => {
    const a = converse('what did Barbara Woodward say?', 'and how did her country vote on 2774?');
    expect(positionOf(a, 'S/RES/2774 (2025)', 'United Kingdom of Great Britain and Northern Ireland')).toBe(
      'abstain',
    );
  });

  it('given an earlier vote named by symbol, "how did Hungary vote on that one?" is that vote', () => {
    const a = converse('tell me about ES-11/1', 'how did hungary vote on that one?');
    const es1 = k.history.find((v) => v.symbol.endsWith('ES-11/1'))!;
    expect(positionOf(a, 'A/RES/ES-11/1', 'Hungary')).toBe(es1.positions.get('Hungary'));
  });

  it('given a group, "which member broke ranks?" answers the group on the same vote', () => {
    const a = converse('how did the EU vote on ES-11/7', 'which member broke ranks?');
    expect(positionOf(a, 'A/RES/ES-11/7', 'Hungary')).toBe('no');
  });

  it('given "are you sure? I read something different", it asks the earlier question again, with the reports that differ', () => {
    const a = converse('how did Armenia vote on ES-11/8?', 'are you sure? i read something different');
    expect(positionOf(a, 'A/RES/ES-11/8', 'Armenia')).toBe('yes');
    expect(textOf(a)).toContain('a report differs');
  });

  it('given two questions with their own marks in a follow-up, each half keeps the conversation', () => {
    const a = converse(
      'how did Russia vote on resolution 2774',
      "wait, russia voted FOR it? didn't they veto something?",
    );
    expect(a.positions).toEqual([
      { vote: 'S/RES/2774 (2025)', country: 'Russian Federation', position: 'yes' },
    ]);
    expect(textOf(a)).toMatch(/vetoed two European amendments/);
  });

  it('given a membership question, "and France?" asks it of France; after a group vote, "and France?" is France\'s vote', () => {
    const a = converse('is saudi arabia in brics?', 'and france?');
    expect(a.summary).toMatch(/^No: on 24 February 2025 France was not one of/);
    const b = converse('how did the EU vote', 'and france?');
    expect(b.intent).toBe('country_vote');
  });

  it('given a country on one vote, "what about the second vote?" answers the same country on ES-11/8', () => {
    const a = converse('how did india vote on the ukraine resolution', 'what about the second vote?');
    expect(positionOf(a, 'A/RES/ES-11/8', 'India')).toBe('abstain');
    expect(positionOf(a, 'A/RES/ES-11/7', 'India')).toBeUndefined();
  });

  it('given a country on one vote, "what about Kenya" keeps the vote and changes the country', () => {
    const a = converse('how did india vote on the ukraine resolution', 'what about kenya');
    expect(positionOf(a, 'A/RES/ES-11/7', 'Kenya')).toBe(k.voteById.get('ga_es11_7')!.positions.get('Kenya'));
    expect(a.positions.some((p) => p.country === 'India')).toBe(false);
  });

  it('given a speaker, "and france?" asks for the words of France’s delegation', () => {
    const a = converse('what did barbara woodward say', 'and france?');
    expect(a.intent).toMatch(/quote|statement/);
    expect(a.quotes.length).toBeGreaterThan(0);
    expect(a.quotes.every((q) => !q.speaker.includes('Woodward'))).toBe(true);
  });

  it('given a question about a country, "why?" asks why that country voted so', () => {
    const a = converse('how did the US vote on ES-11/7', 'why?');
    expect(a.intent).not.toBe('not_sure');
    expect(textOf(a)).toMatch(/United States|US/);
  });

  it('does not carry anything over between two conversations', () => {
    router.ask('how did india vote on the ukraine resolution', { conversation: 'a' });
    const a = router.ask('what about the second vote?', { conversation: 'b' });
    expect(a.positions.some((p) => p.country === 'India')).toBe(false);
  });

  it('forgets the conversation after five minutes of silence', () => {
    const clocked = createRouter(k);
    clocked.ask('how did india vote on the ukraine resolution', { conversation: 'c', now: at('2026-01-01') });
    const later = new Date(at('2026-01-01').getTime() + 6 * 60_000);
    const a = clocked.ask('what about kenya', { conversation: 'c', now: later });
    // Without the earlier question, Kenya is answered on every vote, not only on ES-11/7.
    expect(positionOf(a, 'A/RES/ES-11/8', 'Kenya')).toBe(k.voteById.get('ga_es11_8')!.positions.get('Kenya'));
  });

  it('answers a complete question on its own, whatever was asked before', () => {
    const a = converse('how did india vote on the ukraine resolution', 'what was the tally on 2774?');
    expect(a.intent).toBe('tally');
    expect(a.positions).toEqual([]);
  });
});
