import { describe, expect, it } from 'vitest';
import { memberRecordIntent } from '../../../../src/router/intents/member-record-intent.ts';
import { answerOf, k, scoreOf, textOf } from './reading.ts';

describe('memberRecordIntent: one member side by side across the votes', () => {
  it('given Brazil over the years, it gives one row per vote held, with "not known" where a record is silent', () => {
    const a = answerOf(memberRecordIntent, 'How has Brazil voted over the years?');
    const rows = a.blocks.find((b) => b.type === 'fields');
    expect(rows?.type === 'fields' && rows.fields.length).toBe(k.history.length + 3);
    expect(textOf(a)).toContain('A/RES/ES-11/4, 2022-10-12: Not known');
    expect(textOf(a)).toContain('the resolution of 24 February 2026, 2026-02-24: Abstained');
    expect(a.positions).toContainEqual({ vote: 'ga_2026_02_24', country: 'Brazil', position: 'abstain' });
    expect(a.positions.some((p) => p.vote === 'A/RES/ES-11/4')).toBe(false);
  });

  it('given "since 2022", it leaves out 2014', () => {
    const a = answerOf(memberRecordIntent, 'did Kenya change its vote since 2022');
    expect(a.positions.some((p) => p.vote === 'A/RES/68/262')).toBe(false);
    expect(a.positions).toContainEqual({ vote: 'A/RES/ES-11/7', country: 'Kenya', position: 'abstain' });
  });

  it('given "compare X’s votes since 2014", it takes the question from the single-vote history intent', () => {
    const a = answerOf(memberRecordIntent, "compare Hungary's votes since 2014");
    expect(a.positions).toContainEqual({ vote: 'A/RES/ES-11/7', country: 'Hungary', position: 'no' });
    expect(a.positions).toContainEqual({ vote: 'A/RES/68/262', country: 'Hungary', position: 'yes' });
  });

  it('does not take a plain vote question', () => {
    expect(scoreOf(memberRecordIntent, 'how did Brazil vote')).toBeNull();
    expect(scoreOf(memberRecordIntent, 'who changed between 2022 and 2025')).toBeNull();
  });
});
