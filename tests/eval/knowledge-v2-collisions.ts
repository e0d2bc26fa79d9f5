/**
 * Which existing evaluation questions the Knowledge v2 intents would take if registered, and which of those
 * would then fail a case that passes today: `npx tsx tests/eval/knowledge-v2-collisions.ts`. The cases left are
 * old expectations that earlier votes are out of scope, which Knowledge v2 now answers.
 */
import { join } from 'node:path';
import { answerToJson } from '../../src/answer-json.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { historyChangesIntent } from '../../src/router/intents/history-changes-intent.ts';
import { historyIntent } from '../../src/router/intents/history-intent.ts';
import { historyMapIntent } from '../../src/router/intents/history-map-intent.ts';
import { memberRecordIntent } from '../../src/router/intents/member-record-intent.ts';
import { statementIntent } from '../../src/router/intents/statement-intent.ts';
import { textIntent } from '../../src/router/intents/text-intent.ts';
import { normalizeQuestion } from '../../src/router/normalize.ts';
import { createRouter } from '../../src/router/router.ts';
import { createMatchers, understand } from '../../src/router/understand.ts';
import { caseFailures, readCases } from './eval-lib.ts';

const INTENTS = [
  historyIntent,
  historyChangesIntent,
  historyMapIntent,
  memberRecordIntent,
  statementIntent,
  textIntent,
];
const k = loadKnowledge();
const router = createRouter(k);
const m = createMatchers(k);
const files = [
  'eval-dev.jsonl',
  'eval-heldout.jsonl',
  'eval-heldout-2.jsonl',
  'eval-heldout-3.jsonl',
  'eval-heldout-4.jsonl',
];
let captured = 0,
  regress = 0,
  total = 0;
const byIntent: Record<string, number> = {};
for (const f of files)
  for (const c of readCases(join(import.meta.dirname, '../fixtures', f))) {
    total++;
    const p = understand(k, m, normalizeQuestion(c.question));
    const r = { k, p, t: p.q.text, now: new Date() };
    const best = INTENTS.map((i) => ({ i, s: i.match(r) }))
      .filter((x) => x.s !== null)
      .sort((a, b) => b.s! - a.s!)[0];
    if (!best) continue;
    captured++;
    byIntent[best.i.id] = (byIntent[best.i.id] ?? 0) + 1;
    const before = caseFailures(k, c, answerToJson(c.question, router.ask(c.question)));
    const after = caseFailures(k, c, answerToJson(c.question, best.i.answer(r)));
    if (before.length === 0 && after.length > 0) {
      regress++;
      console.log(`REGRESS [${best.i.id} ${best.s}] ${c.question}\n   ${after.join('; ')}`);
    }
  }
console.log({ total, captured, regress, byIntent });
