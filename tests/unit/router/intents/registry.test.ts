import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { best, INTENTS, rank } from '../../../../src/router/intents/registry.ts';
import { normalizeQuestion } from '../../../../src/router/normalize.ts';
import { settle } from '../../../../src/router/settle.ts';
import { createMatchers, understand } from '../../../../src/router/understand.ts';
import { readCases } from '../../../eval/eval-lib.ts';
import { k, router } from '../ask.ts';

const matchers = createMatchers(k);
const reading = (q: string) => {
  const p = settle(understand(k, matchers, normalizeQuestion(q, 500)));
  return { k, p, t: p.q.text, now: new Date('2026-12-07T12:00:00Z') };
};

describe('the intent registry', () => {
  it('has one module per intent, each with its own id', () => {
    const ids = INTENTS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('always has an answer: "not sure" matches every question, below every other intent', () => {
    for (const q of ['', 'qwertyuiop', 'how did France vote?']) {
      const ranked = rank(reading(q));
      expect(ranked.at(-1)!.intent.id).toBe('not_sure');
    }
  });

  it('scores every intent within the documented bands', () => {
    for (const q of [
      'how did France vote?',
      'who voted against ES-11/7',
      'what happened on 2 march 2022',
      'help',
    ])
      for (const c of rank(reading(q))) {
        expect(c.score).toBeGreaterThanOrEqual(1);
        expect(c.score).toBeLessThanOrEqual(100);
      }
  });

  it('asks only the intents that can still win, and picks what asking every intent would pick', () => {
    const questions = readCases(join(import.meta.dirname, '../../../fixtures/eval-heldout-5.jsonl')).map(
      (c) => c.question,
    );
    for (const q of questions) {
      const r = reading(q);
      const ranked = rank(r);
      for (const c of ranked) expect(c.score, `${c.intent.id} on ${q}`).toBeLessThanOrEqual(c.intent.ceiling);
      expect(best(r).id, q).toBe(ranked[0]!.intent.id);
    }
  });

  it('answers with the best-scoring intent', () => {
    const [best] = rank(reading('what was the tally on 2774'));
    expect(best!.intent.id).toBe('tally');
    expect(router.ask('what was the tally on 2774').intent).toBe('tally');
  });

  it('answers from the fact base when no intent is sure but its words match an item', () => {
    const a = router.ask('tell me about the minerals deal and the oval office');
    expect(['retrieved', 'timeline_day']).toContain(a.intent);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('does not answer an unrelated question from the fact base', () => {
    expect(router.ask('recommend a good pizza place in New York').intent).toBe('out_of_scope');
  });
});
