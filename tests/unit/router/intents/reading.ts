import { expect } from 'vitest';
import type { Answer } from '../../../../src/answer.ts';
import { answerToJson } from '../../../../src/answer-json.ts';
import { loadKnowledge } from '../../../../src/knowledge/load.ts';
import type { Intent, Reading } from '../../../../src/router/intents/intent.ts';
import { normalizeQuestion } from '../../../../src/router/normalize.ts';
import { createMatchers, understand } from '../../../../src/router/understand.ts';
import { factErrors } from '../../../eval/eval-lib.ts';

/** The real knowledge, read once for the intent tests. */
export const k = loadKnowledge();
const matchers = createMatchers(k);

/** A question read as the router reads it (normalise, understand), at a fixed date. */
export function readingOf(question: string, now = new Date('2026-12-07T09:00:00Z')): Reading {
  const p = understand(k, matchers, normalizeQuestion(question));
  return { k, p, t: p.q.text, now };
}

/** The intent's answer, failing the test when it states a position or tally the record does not hold. */
export function answerOf(intent: Intent, question: string): Answer {
  const r = readingOf(question);
  expect(intent.match(r), `${intent.id} should match "${question}"`).not.toBeNull();
  const a = intent.answer(r);
  expect(factErrors(k, answerToJson(question, a))).toEqual([]);
  return a;
}

export const textOf = (a: Answer): string => answerToJson('', a).text;
export const scoreOf = (intent: Intent, question: string): number | null => intent.match(readingOf(question));
