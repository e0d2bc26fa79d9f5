import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerToJson } from '../../../src/answer-json.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';
import { caseFailures, readCases } from '../../eval/eval-lib.ts';

// A copy of ../shared/eval/dev.jsonl, so the suite does not depend on ../shared.
const cases = readCases(join(import.meta.dirname, '../../fixtures/eval-dev.jsonl'));
const k = loadKnowledge();
const router = createRouter(k);

describe('the dev evaluation sample', () => {
  it.each(cases.map((c) => [c.category, c.question, c] as const))('[%s] %j passes', (_cat, q, c) => {
    expect(caseFailures(k, c, answerToJson(q, router.ask(q)))).toEqual([]);
  });
});
