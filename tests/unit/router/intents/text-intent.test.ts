import { describe, expect, it } from 'vitest';
import { textIntent } from '../../../../src/router/intents/text-intent.ts';
import { answerOf, k, scoreOf, textOf } from './reading.ts';

const paragraphs = (id: string) => k.textById.get(id)!.paragraphs;

describe('textIntent: what the texts say', () => {
  it('given OP1 of the US draft, it gives the paragraph verbatim, labelled and cited', () => {
    const a = answerOf(textIntent, "What's in OP1 of the US draft?");
    const op1 = paragraphs('ga_es11_l11').find((p) => p.n === 'OP1')!;
    expect(textOf(a)).toContain(`OP1 (operative paragraph 1): “${op1.text}”`);
    expect(a.citations.map((c) => c.id)).toEqual(expect.arrayContaining(op1.sources));
    expect(textOf(a)).not.toContain('PP2');
  });

  it('given 2774 as a whole, it names the disputed word and quotes neither as certain', () => {
    const a = answerOf(textIntent, 'what does 2774 say');
    const text = textOf(a);
    expect(text).toContain('one word disputed');
    expect(text).toContain('through / throughout');
    expect(text).not.toContain('“Mourning the tragic loss of life through the');
    expect(text).not.toContain('“Mourning the tragic loss of life throughout the');
  });

  it('given a partial text and a subject it lacks, it says what is not held and never that the text lacks it', () => {
    const a = answerOf(textIntent, 'What does ES-11/7 say about territorial integrity?');
    const text = textOf(a);
    expect(text).toContain('the rest of the text is not held, so whether it does is not known');
    expect(text).toContain(
      'The full text of A/RES/ES-11/7 is not held beyond its third preambular paragraph',
    );
    expect(text).toContain('Quoted in the press (a phrase, not a whole paragraph');
    expect(text).not.toMatch(/ES-11\/7 (does not|doesn.t) (mention|contain)/);
  });

  it('given a complete text and a word it lacks, it says so, with the words it does hold', () => {
    const a = answerOf(textIntent, 'Does 2774 name Russia as the aggressor?');
    const text = textOf(a);
    expect(text).toContain('“aggressor” is in no paragraph (the text is held in full)');
    expect(text).toContain('“Russia” is in PP1, OP1');
  });

  it('given "call Russia the aggressor", it reads it as the same question', () => {
    const a = answerOf(textIntent, 'does resolution 2774 call Russia the aggressor?');
    expect(textOf(a)).toContain('“aggressor” is in no paragraph (the text is held in full)');
    expect(a.positions).toEqual([]);
  });

  it('given a partial text and a word no held paragraph or press phrase has, it says how many phrases are held', () => {
    const a = answerOf(textIntent, 'does ES-11/7 mention the DPRK?');
    expect(a.summary).toContain('mentions “DPRK”');
    expect(textOf(a)).toContain(
      'phrases of A/RES/ES-11/7 quoted in the press are held; none has these words',
    );
  });

  it('given "is the word X in the US draft", it searches the draft for the word', () => {
    const a = answerOf(textIntent, 'is the word aggression in the US draft?');
    expect(textOf(a)).toContain(
      'A/ES-11/L.11 is held in full, and none of its paragraphs contains “aggression”',
    );
  });

  it('given a subject a held paragraph has, it quotes that paragraph', () => {
    const a = answerOf(textIntent, 'does ES-11/7 mention the full-scale invasion');
    const pp2 = paragraphs('ga_es11_7').find((p) => p.n === 'PP2')!;
    expect(textOf(a)).toContain(`“${pp2.text}”`);
  });

  it('given the amendments, it says what each would change, its outcome, and the inserted phrases held', () => {
    const a = answerOf(textIntent, 'what did the amendments add?');
    const text = textOf(a);
    expect(text).toContain('A/ES-11/L.15');
    expect(text).toContain('the full-scale invasion of Ukraine by the Russian Federation');
    expect(text).toContain('No source quotes its wording');
  });

  it('does not take a delegation’s words or a plain vote question', () => {
    expect(scoreOf(textIntent, 'what did China say about ES-11/7')).toBeNull();
    expect(scoreOf(textIntent, 'how did France vote on ES-11/7')).toBeNull();
    expect(scoreOf(textIntent, 'what did Nebenzia say')).toBeNull();
    expect(scoreOf(textIntent, 'how did cape verde vote on the us text')).toBeNull();
    expect(scoreOf(textIntent, 'final tally for the amended US text')).toBeNull();
  });
});
