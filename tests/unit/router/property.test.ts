import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerToJson } from '../../../src/answer-json.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';
import { factErrors } from '../../eval/eval-lib.ts';

const k = loadKnowledge();
const router = createRouter(k);

/** Words that steer the router, so random questions reach every intent, not just "unclear". */
const TOKENS = [
  ...k.members.slice(0, 60).map((m) => m.name),
  'US',
  'usa',
  'UK',
  'Frnace',
  'germny',
  'North Korea',
  'korea',
  'Taiwan',
  'EU',
  'Atlantis',
  'how did',
  'vote',
  'voted against',
  'abstained',
  'in favour',
  'did not vote',
  'who',
  'which',
  'tally',
  'ES-11/7',
  'ES-11/8',
  '2774',
  'L.10',
  'the Ukraine resolution',
  'the US draft',
  'amended',
  'amendments',
  'veto',
  'binding',
  'why',
  'say',
  'said',
  'Dorothy Shea',
  'ambassador',
  'European countries',
  'P5',
  'like',
  'compare',
  '2023',
  '2024',
  'Sudan',
  'help',
  '@everyone',
  '<!channel>',
  '<@U1>',
  '**',
  '`',
  '\u0000',
  '\u200b',
  'é',
  '🙂',
  '?',
  '!',
  'security council',
  'general assembly',
  'how many',
  'in 2014',
  'in 2022',
  'in 2026',
  'ES-11/1',
  '68/262',
  'and',
  'what about',
  'the second vote',
  'how long ago',
  'days between',
  'on this day',
  'EU',
  'NATO',
  'BRICS',
  'but',
  'then',
  'what does abstain mean',
  'mention',
  'territorial integrity',
];

const question = fc.oneof(
  fc.string({ maxLength: 10_000 }),
  fc.string({ unit: 'binary', maxLength: 2_000 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((ws) => ws.join(' ')),
);

describe('router under random input', () => {
  it('never throws, always answers, and never states a position or tally that differs from the knowledge', () => {
    fc.assert(
      fc.property(question, (q) => {
        const a = router.ask(q);
        expect(a.kind).not.toBe('error');
        expect(a.summary.length).toBeGreaterThan(0);
        const json = answerToJson(q, a);
        expect(factErrors(k, json)).toEqual([]);
        for (const ping of ['@everyone', '@here', '<!channel>', '<!everyone>', '<!here>', '<@U1>'])
          expect(json.text).not.toContain(ping);
      }),
      { numRuns: 600 },
    );
  });

  it('states only recorded facts in conversations too: any second question after any first one', () => {
    let n = 0;
    fc.assert(
      fc.property(question, question, (first, second) => {
        const ctx = { conversation: `property-${++n}`, now: new Date('2026-12-07T12:00:00Z') };
        router.ask(first, ctx);
        const a = router.ask(second, ctx);
        expect(a.kind).not.toBe('error');
        expect(factErrors(k, answerToJson(second, a))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
