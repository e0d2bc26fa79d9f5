/** `npm run eval [-- path/to/cases.jsonl]`: accuracy per category on the evaluation sample. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { answerToJson } from '../../src/answer-json.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createRouter } from '../../src/router/router.ts';
import { caseFailures, readCases } from './eval-lib.ts';

const root = join(import.meta.dirname, '../..');
const shared = join(root, '../shared/eval/dev.jsonl');
const path = process.argv[2] ?? (existsSync(shared) ? shared : join(root, 'tests/fixtures/eval-dev.jsonl'));
const k = loadKnowledge();
const router = createRouter(k);
const byCategory = new Map<string, { pass: number; total: number }>();
let failed = 0;
for (const c of readCases(path)) {
  const failures = caseFailures(k, c, answerToJson(c.question, router.ask(c.question)));
  const s = byCategory.get(c.category) ?? { pass: 0, total: 0 };
  s.total += 1;
  if (failures.length === 0) s.pass += 1;
  else {
    failed += 1;
    console.log(`FAIL [${c.category}] ${JSON.stringify(c.question)}\n  ${failures.join('\n  ')}`);
  }
  byCategory.set(c.category, s);
}
console.log(`\nEvaluation of ${path}`);
let pass = 0;
let total = 0;
for (const [cat, s] of [...byCategory].sort()) {
  console.log(`  ${cat.padEnd(12)} ${s.pass}/${s.total}  ${((100 * s.pass) / s.total).toFixed(0)}%`);
  pass += s.pass;
  total += s.total;
}
console.log(`  ${'all'.padEnd(12)} ${pass}/${total}  ${((100 * pass) / total).toFixed(1)}%`);
process.exitCode = failed > 0 ? 1 : 0;
