/**
 * `npm run eval:languages [-- path.jsonl]`: the multilingual evaluation set scored per language (field `lang`),
 * with the same scorer as `npm run eval`. `-- --verbose` lists every failing question.
 */
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createRouter } from '../../src/router/router.ts';
import { type EvalCase, readCases, routerAnswerer, scoreCases } from './eval-lib.ts';

const root = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const paths = args.filter((a) => !a.startsWith('--'));
if (paths.length === 0) paths.push(join(root, 'tests/fixtures/eval-multilingual.jsonl'));
const k = loadKnowledge();
const router = createRouter(k);
for (const path of paths) score(path);

function score(path: string): void {
  const cases = readCases(path) as (EvalCase & { lang: string })[];
  console.log(`Evaluation of ${path}`);
  const langs = [...new Set(cases.map((c) => c.lang))];
  let pass = 0;
  for (const lang of langs) {
    const mine = cases.filter((c) => c.lang === lang);
    const score = scoreCases(k, mine, routerAnswerer(router.ask));
    pass += score.pass;
    if (verbose)
      for (const f of score.failed)
        console.log(`FAIL ${lang} [${f.case.category}] ${f.case.question}\n  ${f.failures.join('\n  ')}`);
    const cats = [...score.byCategory].map(([c, s]) => `${c} ${s.pass}/${s.total}`).join(', ');
    console.log(
      `${lang}  ${score.pass}/${score.total}  ${((100 * score.pass) / score.total).toFixed(1)}%   (${cats})`,
    );
  }
  console.log(`all ${pass}/${cases.length}  ${((100 * pass) / cases.length).toFixed(1)}%`);
}
