import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';
import { readCases, routerAnswerer, scoreCases } from '../../eval/eval-lib.ts';

const k = loadKnowledge();
const router = createRouter(k);
const fixtures = join(import.meta.dirname, '../../fixtures');

/** The recorded scores of `npm run eval:languages`: a change that loses a question fails here. */
describe.each([
  ['eval-multilingual.jsonl', 280],
  ['eval-multilingual-2.jsonl', 103],
])('the multilingual evaluation set %s', (file, floor) => {
  it(`given its questions in seven languages, at least ${floor} pass and none states a wrong fact`, () => {
    const score = scoreCases(k, readCases(join(fixtures, file)), routerAnswerer(router.ask));
    const failures = score.failed.map((f) => `${f.case.question}: ${f.failures.join('; ')}`);
    expect(score.pass, failures.join('\n')).toBeGreaterThanOrEqual(floor);
    expect(failures.filter((f) => / states | knowledge says /.test(f))).toEqual([]);
  });
});
