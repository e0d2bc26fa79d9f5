import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerToJson } from '../../../src/answer-json.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';
import { caseFailures, factErrors, readCases, scoreCases } from '../../eval/eval-lib.ts';

// A copy of ../shared/eval/dev.jsonl, so the suite does not depend on ../shared.
const cases = readCases(join(import.meta.dirname, '../../fixtures/eval-dev.jsonl'));
const k = loadKnowledge();
const router = createRouter(k);

describe('the dev evaluation sample', () => {
  it.each(cases.map((c) => [c.category, c.question, c] as const))('[%s] %j passes', (_cat, q, c) => {
    expect(caseFailures(k, c, answerToJson(q, router.ask(q)))).toEqual([]);
  });
});

/**
 * The held-out set: other questions of the same kinds as dev.jsonl, written as people type them in chat, with
 * every expected position and tally taken from ../shared/reference. `npm run eval:heldout` prints the table.
 */
const heldout = readCases(join(import.meta.dirname, '../../fixtures/eval-heldout.jsonl'));
const score = scoreCases(k, heldout, (q) => answerToJson(q, router.ask(q)));

/** Passes per category when this test was written: a change that answers fewer of them fails here. */
const FLOOR: Record<string, number> = {
  adversarial: 40,
  compare: 20,
  country: 83,
  'country-all': 35,
  explain: 50,
  help: 11,
  list: 49,
  oos: 30,
  quote: 38,
  tally: 37,
  trap: 24,
};

describe('the held-out evaluation set', () => {
  it('given the held-out questions, it scores at least the recorded floor in every category', () => {
    const failures = score.failed.map(
      (f) => `[${f.case.category}] ${f.case.question}: ${f.failures.join('; ')}`,
    );
    const passes = Object.fromEntries([...score.byCategory].map(([cat, s]) => [cat, s.pass]));
    for (const [cat, floor] of Object.entries(FLOOR))
      expect(
        passes[cat] ?? 0,
        `${cat} below its floor; failing:\n${failures.join('\n')}`,
      ).toBeGreaterThanOrEqual(floor);
  });

  it('given any held-out question, every position and tally it states equals the knowledge', () => {
    const wrong = heldout.flatMap((c) =>
      factErrors(k, answerToJson(c.question, router.ask(c.question))).map((e) => `${c.question}: ${e}`),
    );
    expect(wrong).toEqual([]);
  });
});
