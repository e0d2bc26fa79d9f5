import { describe, expect, it } from 'vitest';
import { statementIntent } from '../../../../src/router/intents/statement-intent.ts';
import { ask } from '../ask.ts';
import { answerOf, k, scoreOf, textOf } from './reading.ts';

const QUOTED = /[“"][^”"]*[”"]/g;

describe('statementIntent: what a delegation said on 24 February 2025', () => {
  it('given China in the Council, it gives speaker, meeting, timing, the labelled paraphrase and cited fragments', () => {
    const a = answerOf(statementIntent, 'What did China say in the Council?');
    const text = textOf(a);
    expect(text).toContain('Fu Cong');
    expect(text).toContain('9866th meeting');
    expect(text).toContain('explanation of vote after');
    expect(text).toContain('Paraphrase (our words, not a quotation):');
    expect(a.quotes.length).toBe(3);
    expect(a.quotes.every((q) => q.speaker === 'Fu Cong' && k.sources.has(q.source))).toBe(true);
    expect(text).not.toContain('GA plenary');
  });

  it('never puts the paraphrase in quotation marks', () => {
    for (const q of [
      'what did China say in the Council',
      'why did Panama abstain',
      'what did Nebenzia say',
    ]) {
      const a = answerOf(statementIntent, q);
      const paraphrases = a.blocks.filter((b) => b.type === 'paragraph' && b.text.startsWith('Paraphrase'));
      expect(paraphrases.length).toBeGreaterThan(0);
      for (const b of paraphrases) if (b.type === 'paragraph') expect(b.text).not.toMatch(QUOTED);
      const quoted = a.blocks
        .filter((b) => b.type === 'quote')
        .map((b) => (b.type === 'quote' ? b.text : ''));
      const statements = k.statements.flatMap((s) => s.fragments.map((f) => f.text));
      for (const t of quoted) expect(statements).toContain(t);
    }
  });

  it('given Panama, it keeps the Spanish fragments in Spanish and names the language', () => {
    const a = answerOf(statementIntent, 'Why did Panama abstain?');
    expect(a.quotes.some((q) => q.text.startsWith('Votar en abstención'))).toBe(true);
    expect(textOf(a)).toContain('in the original Spanish');
    expect(a.positions).toContainEqual({ vote: 'A/RES/ES-11/7', country: 'Panama', position: 'abstain' });
  });

  it('given India, it says no statement is held and gives the recorded votes, never a reason', () => {
    const a = answerOf(statementIntent, 'Why did India abstain?');
    expect(a.summary).toBe('No statement by India about these votes is held.');
    expect(a.positions).toEqual([
      { vote: 'A/RES/ES-11/7', country: 'India', position: 'abstain' },
      { vote: 'A/RES/ES-11/8', country: 'India', position: 'abstain' },
    ]);
    expect(a.quotes).toEqual([]);
    expect(textOf(a)).not.toMatch(/\bbecause\b/);
  });

  it('given "reasoning" or "explanation", it reads a why', () => {
    expect(answerOf(statementIntent, "what was India's reasoning for abstaining").summary).toContain(
      'No statement by India',
    );
    expect(answerOf(statementIntent, "Panama's explanation?").quotes.length).toBe(2);
  });

  it('given Brazil, the same: no statement, the votes', () => {
    const a = answerOf(statementIntent, 'what did Brazil say');
    expect(a.summary).toContain('No statement by Brazil');
    expect(a.positions.length).toBe(2);
  });

  it('given Nebenzia, it quotes what is held and never the dropped English remark', () => {
    const a = answerOf(statementIntent, 'What did Nebenzia say?');
    expect(a.quotes.map((q) => q.id)).toContain('q12');
    expect(textOf(a)).not.toMatch(/clinging/i);
  });

  it('given Shea after the Council vote, it labels the fragments as quoted by Reuters', () => {
    const a = answerOf(statementIntent, 'what did Dorothy Shea say in the Security Council');
    expect(textOf(a)).toContain('as quoted by Reuters');
    expect(a.quotes.some((q) => q.id === 'q5')).toBe(true);
  });

  it('given a speaker the quote base lacks (Mathu Joyini), it still answers from the statements', () => {
    const a = answerOf(statementIntent, 'what did Mathu Joyini say');
    expect(textOf(a)).toContain('South Africa');
    expect(textOf(a)).toContain('No words of this statement are held verbatim');
  });

  it('does not take questions about what a text says, or who said some words', () => {
    expect(scoreOf(statementIntent, 'what does ES-11/7 say about Russia')).toBeNull();
    expect(scoreOf(statementIntent, 'who said war of words')).toBeNull();
    expect(scoreOf(statementIntent, 'how did France vote')).toBeNull();
    expect(
      scoreOf(statementIntent, 'article_a says the US opposed the Ukraine resolution, is that true?'),
    ).toBeNull();
    expect(scoreOf(statementIntent, 'Why did France try to postpone the Security Council vote?')).toBeNull();
    expect(scoreOf(statementIntent, "Why couldn't Russia veto the General Assembly resolution?")).toBeNull();
  });

  it('scores a held statement above a country with none', () => {
    expect(scoreOf(statementIntent, 'what did China say')!).toBeGreaterThan(
      scoreOf(statementIntent, 'what did India say')!,
    );
  });

  it('finds a speaker by office ("the vice-president of the GA") and the EU delegation when the EU is asked', () => {
    const a = ask('what did the vice-president of the general assembly say that day?');
    expect(a.intent).toBe('statement');
    expect(textOf(a)).toContain('Da Cruz');
    const b = ask('who spoke for the EU in the assembly and what did they say');
    expect(b.intent).toBe('statement');
    expect(textOf(b)).toContain('Head of the EU Delegation');
    // An office no statement holds is not given to someone else.
    expect(ask('what did the secretary-general say').summary).toContain(
      'no verbatim quote from Secretary-General',
    );
  });
});

describe('words a check dropped', () => {
  it('given a request for them, it says they are not verified and never shows them as a quote', () => {
    const dropped = k.statements.flatMap((s) => s.dropped);
    expect(dropped.length).toBeGreaterThan(0);
    const a = ask("can you give me nebenzia's 'clinging to power' quote in english?");
    expect(a.summary).toMatch(/^Not verified/);
    expect(textOf(a)).toContain('is not verified');
    for (const d of dropped) {
      expect(textOf(a)).not.toContain(d.text);
      expect(a.quotes.some((q) => q.text.includes(d.text))).toBe(false);
    }
  });
});
