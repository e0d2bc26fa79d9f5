import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../../adapters/slack/render.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';

const router = createRouter(loadKnowledge(), { clock: () => new Date('2025-03-10T12:00:00Z') });
const QUESTIONS = [
  'how did France vote?',
  'what did Dorothy Shea say?',
  'korea vote',
  'who abstained on ES-11/8?',
];
/** The same answer, not from the cache: a plain copy, which the renderer works out anew. */
const fresh = <T>(x: T): T => structuredClone(x);

describe('Slack rendering of cached answers', () => {
  it('given a cached answer rendered twice with the same options, the second is the first, frozen, and equals a fresh render', () => {
    for (const q of QUESTIONS) {
      const a = router.ask(q);
      expect(Object.isFrozen(a)).toBe(true);
      const opts = { share: { question: q }, mentionUsers: true };
      const first = renderAnswer(a, opts);
      expect(renderAnswer(router.ask(q), { share: { question: q }, mentionUsers: true })).toBe(first);
      expect(Object.isFrozen(first[0]!.blocks)).toBe(true);
      expect(first).toEqual(renderAnswer(fresh(a), opts));
    }
  });

  it('given other options (another question on the Share button, who shared it, mentions), it renders those, not the kept payload', () => {
    const a = router.ask('how did France vote?');
    const base = renderAnswer(a, { share: { question: 'how did France vote?' } });
    const variants = [
      { share: { question: 'How did France vote?' } },
      { sharedBy: 'Ana' },
      { sharedBy: 'Bo' },
      { share: { question: 'how did France vote?' }, mentionUsers: true },
      {},
    ];
    for (const opts of variants) {
      const out = renderAnswer(a, opts);
      expect(out).not.toBe(base);
      expect(out).toEqual(renderAnswer(fresh(a), opts));
    }
    expect(JSON.stringify(renderAnswer(a, { sharedBy: 'Ana' }))).toContain('Ana');
    expect(JSON.stringify(renderAnswer(a, { sharedBy: 'Bo' }))).not.toContain('Ana');
  });
});
