/**
 * `npm run eval [-- path/to/cases.jsonl ...]`: accuracy per category on the evaluation sample (by default
 * ../shared/eval/dev.jsonl, else its copy in tests/fixtures). `npm run eval:heldout` scores both held-out sets.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createRouter } from '../../src/router/router.ts';
import { formatScore, readCases, routerAnswerer, scoreCases } from './eval-lib.ts';

const root = join(import.meta.dirname, '../..');
const shared = join(root, '../shared/eval/dev.jsonl');
const paths = process.argv.slice(2);
if (paths.length === 0) paths.push(existsSync(shared) ? shared : join(root, 'tests/fixtures/eval-dev.jsonl'));
const k = loadKnowledge();
const router = createRouter(k);
for (const path of paths) {
  const score = scoreCases(k, readCases(path), routerAnswerer(router.ask));
  for (const f of score.failed)
    console.log(`FAIL [${f.case.category}] ${JSON.stringify(f.case.question)}\n  ${f.failures.join('\n  ')}`);
  console.log(`\n${formatScore(path, score)}`);
  if (score.failed.length > 0) process.exitCode = 1;
}
