import { describe, expect, it } from 'vitest';
import { textIntent } from '../../../../src/router/intents/text-intent.ts';
import { ask } from '../ask.ts';
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
    const a = answerOf(textIntent, 'What does ES-11/7 say about the Black Sea?');
    const text = textOf(a);
    expect(text).toContain('the rest of the text is not held, so whether it does is not known');
    expect(text).toContain(
      'The full text of A/RES/ES-11/7 is not held beyond its third preambular paragraph',
    );
    expect(text).not.toMatch(/ES-11\/7 (does not|doesn.t) (mention|contain)/);
  });

  it('given a subject only a phrase quoted in the press has, it leads with that phrase, not with "none"', () => {
    const a = answerOf(textIntent, 'What does ES-11/7 say about territorial integrity?');
    const text = textOf(a);
    expect(a.summary).toMatch(/^Where A\/RES\/ES-11\/7 speaks of/);
    expect(text).toContain('Quoted in the press (a phrase, not a whole paragraph; PP4');
    expect(text).not.toContain('No paragraph of A/RES/ES-11/7 has all of');
  });

  it('given the words people use ("pull its troops out"), it finds the words the text uses ("withdraw … forces")', () => {
    for (const q of [
      'does the ukrainian resolution demand russia pull its troops out',
      'does ES-11/7 demand that russia withdraw its soldiers?',
    ]) {
      const text = textOf(answerOf(textIntent, q));
      expect(text, q).toContain('unconditionally withdraw all of its military forces');
    }
  });

  it('given a word a complete text lacks, it shows the nearest words the text does use', () => {
    const text = textOf(answerOf(textIntent, 'does 2774 call it an invasion'));
    expect(text).toContain('does not mention “invasion”');
    expect(text).toContain('The nearest words S/RES/2774 (2025) uses are in PP1, OP1');
    expect(text).toContain('Russian Federation-Ukraine conflict');
  });

  it('given "X or Y", it looks for either', () => {
    const a = answerOf(textIntent, 'does es-11/7 mention a ceasefire or a withdrawal');
    const text = textOf(a);
    expect(text).toContain('cessation of hostilities');
    expect(text).toContain('withdraw all of its military forces');
  });

  it('given "the operative paragraph" or "the first para", it gives those paragraphs', () => {
    expect(textOf(answerOf(textIntent, 'paste the operative paragraph of res 2774'))).toContain(
      'OP1 (operative paragraph 1): “Implores a swift end',
    );
    const first = textOf(answerOf(textIntent, "is it 'through' or 'throughout' in the first para of 2774?"));
    expect(first).toContain('through / throughout');
    expect(first).not.toContain('OP1 (operative');
  });

  it('given a paragraph held only as a press phrase (PP4 of ES-11/7), it gives that phrase', () => {
    const text = textOf(answerOf(textIntent, "what's in PP4 of the ukraine resolution"));
    expect(text).toContain('Article 2 of the Charter');
    expect(text).toContain('is not held in full; the press quotes it in part');
  });

  it('given a paragraph and a speaker-like country, the paragraph wins', () => {
    const a = answerOf(textIntent, "in the US text does OP1 say 'between ukraine and russia'?");
    expect(textOf(a)).toContain('between Ukraine and the Russian Federation');
  });

  it("given Russia's root causes amendment, it gives that amendment and its own vote", () => {
    const a = answerOf(
      textIntent,
      "russia's root causes amendment in the GA: what did it say and how did it do",
    );
    const text = textOf(a);
    expect(text).toContain('including by addressing its root causes');
    expect(text).toContain('Its vote: rejected: 31 in favour, 71 against, 59 abstentions');
    expect(text).not.toContain('European states');
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

  it('given a paragraph a text held in full does not have, it says the text has none, and names its paragraphs', () => {
    const text = textOf(answerOf(textIntent, 'what does op2 of 2774 say'));
    expect(text).toContain(
      'S/RES/2774 (2025), held in full, has no OP2: its only paragraphs are PP1, PP2 and OP1',
    );
  });
});

describe('comparing two texts', () => {
  it('given two texts held in full, it shows only the words that differ, and marks a disputed word', () => {
    const a = ask('is 2774 word for word the same as the US draft in the GA (L.11)?');
    expect(a.intent).toBe('text_compare');
    expect(a.summary).toMatch(
      /^Apart from 2 differences, A\/ES-11\/L\.11 and S\/RES\/2774 \(2025\) are the same/,
    );
    expect(textOf(a)).toContain('a disputed word');
  });

  it('given a text held only in part, it says a word-for-word comparison is not possible and shows each', () => {
    const a = ask('main differences between the ukraine resolution and the american one?');
    expect(a.summary).toContain('cannot be compared word for word');
    expect(textOf(a)).toContain('territorial');
  });

  it('leaves members compared on a text to the members', () => {
    expect(ask('India vs Pakistan on the Ukraine resolution').intent).not.toBe('text_compare');
  });
});
