import { expect } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { answerToJson } from '../../../src/answer-json.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';
import { factErrors } from '../../eval/eval-lib.ts';

/** One router over the real knowledge, for router tests. */
export const k = loadKnowledge();
export const router = createRouter(k);

/** Asks, and fails the test if the answer states any position or tally that differs from the knowledge. */
export function ask(q: string): Answer {
  const a = router.ask(q);
  expect(factErrors(k, answerToJson(q, a))).toEqual([]);
  return a;
}

/** The answer as the `--json` text readers get. */
export const textOf = (a: Answer): string => answerToJson('', a).text;

export const positionOf = (a: Answer, vote: string, country: string) =>
  a.positions.find((p) => p.vote === vote && p.country === country)?.position;

export function expectNoVoteFacts(a: Answer): void {
  expect(a.positions).toEqual([]);
  expect(a.tallies).toEqual([]);
}
