/**
 * Scores the Knowledge v2 held-out questions two ways: with the router as it is (before), and with the new
 * intents tried first, the best-scoring one answering, as the registry will do once they are registered (after).
 * `npx tsx tests/eval/knowledge-v2-eval.ts [cases.jsonl]`.
 */
import { join } from 'node:path';
import { type AnswerJson, answerToJson } from '../../src/answer-json.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { historyChangesIntent } from '../../src/router/intents/history-changes-intent.ts';
import { historyIntent } from '../../src/router/intents/history-intent.ts';
import { historyMapIntent } from '../../src/router/intents/history-map-intent.ts';
import type { Intent } from '../../src/router/intents/intent.ts';
import { memberRecordIntent } from '../../src/router/intents/member-record-intent.ts';
import { statementIntent } from '../../src/router/intents/statement-intent.ts';
import { textIntent } from '../../src/router/intents/text-intent.ts';
import { normalizeQuestion } from '../../src/router/normalize.ts';
import { createRouter } from '../../src/router/router.ts';
import { createMatchers, understand } from '../../src/router/understand.ts';
import { formatScore, readCases, scoreCases } from './eval-lib.ts';

const INTENTS: Intent[] = [
  historyIntent,
  historyChangesIntent,
  historyMapIntent,
  memberRecordIntent,
  statementIntent,
  textIntent,
];
const path = process.argv[2] ?? join(import.meta.dirname, '../fixtures/eval-heldout-knowledge.jsonl');
const k = loadKnowledge();
const router = createRouter(k);
const matchers = createMatchers(k);

function withIntents(q: string): AnswerJson {
  const p = understand(k, matchers, normalizeQuestion(q));
  const r = { k, p, t: p.q.text, now: new Date() };
  const best = INTENTS.map((i) => ({ i, s: i.match(r) }))
    .filter((x) => x.s !== null)
    .sort((a, b) => (b.s ?? 0) - (a.s ?? 0))[0];
  return answerToJson(q, best ? best.i.answer(r) : router.ask(q));
}

const cases = readCases(path);
for (const [label, answer] of [
  ['before (router only)', (q: string) => answerToJson(q, router.ask(q))],
  ['after (new intents first)', withIntents],
] as const) {
  const score = scoreCases(k, cases, answer);
  for (const f of score.failed)
    console.log(`FAIL [${f.case.category}] ${JSON.stringify(f.case.question)}\n  ${f.failures.join('\n  ')}`);
  console.log(`\n${label}\n${formatScore(path, score)}\n`);
}
