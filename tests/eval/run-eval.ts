/**
 * `npm run eval [-- path/to/cases.jsonl]`: accuracy per category on the evaluation sample (by default
 * ../shared/eval/dev.jsonl, else its copy in tests/fixtures). `npm run eval:heldout` scores the held-out set.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { answerToJson } from '../../src/answer-json.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createRouter } from '../../src/router/router.ts';
import { formatScore, readCases, scoreCases } from './eval-lib.ts';

const root = join(import.meta.dirname, '../..');
const shared = join(root, '../shared/eval/dev.jsonl');
const path = process.argv[2] ?? (existsSync(shared) ? shared : join(root, 'tests/fixtures/eval-dev.jsonl'));
const k = loadKnowledge();
const router = createRouter(k);
const score = scoreCases(k, readCases(path), (q) => answerToJson(q, router.ask(q)));
for (const f of score.failed)
  console.log(`FAIL [${f.case.category}] ${JSON.stringify(f.case.question)}\n  ${f.failures.join('\n  ')}`);
console.log(`\n${formatScore(path, score)}`);
process.exitCode = score.failed.length > 0 ? 1 : 0;
