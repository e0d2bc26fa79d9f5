import { readFileSync } from 'node:fs';
import type { Answer } from '../../src/answer.ts';
import { type AnswerJson, answerToJson } from '../../src/answer-json.ts';
import type { Knowledge } from '../../src/knowledge/model.ts';

export interface EvalCase {
  question: string;
  category: string;
  positions?: { vote: string; country: string; position: string }[];
  tallies?: string[];
  text_contains_one_of_each?: string[][];
  text_must_not_contain?: string[];
  intent?: string;
  states_no_vote_facts?: boolean;
  quote_by_one_of?: string[];
  /** Questions asked before this one in the same conversation (follow-ups). */
  turns?: string[];
  /** The date the question is asked (YYYY-MM-DD), for questions about time. */
  now?: string;
}

/** Answers a case: its earlier turns first, in one conversation, on the case's date. */
export type CaseAnswerer = (c: EvalCase) => AnswerJson;

let conversations = 0;

/** The answerer the eval uses with a router: a new conversation per case, the clock set to the case's date. */
export function routerAnswerer(
  ask: (q: string, ctx: { conversation: string; now?: Date }) => Answer,
): CaseAnswerer {
  return (c) => {
    const ctx: { conversation: string; now?: Date } = { conversation: `eval-${++conversations}` };
    if (c.now) ctx.now = new Date(`${c.now}T12:00:00Z`);
    for (const t of c.turns ?? []) ask(t, ctx);
    return answerToJson(c.question, ask(c.question, ctx));
  };
}

export const readCases = (path: string): EvalCase[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as EvalCase);

/** Every position and tally an answer states must equal the knowledge, whatever the question. */
export function factErrors(k: Knowledge, a: AnswerJson): string[] {
  const errors: string[] = [];
  // The day's votes by symbol, then the earlier and later Assembly votes by symbol or id (the 2026 vote has no symbol).
  const find = (symbol: string) => k.votes.find((v) => v.symbol === symbol) ?? k.historyByKey.get(symbol);
  for (const p of a.positions) {
    const vote = find(p.vote);
    const actual = vote?.positions.get(p.country);
    if (actual !== p.position)
      errors.push(`states ${p.country} ${p.position} on ${p.vote}; knowledge says ${actual ?? 'nothing'}`);
  }
  for (const t of a.tallies) {
    const vote = find(t.vote);
    const kt = vote?.tally;
    if (!kt || kt.yes !== t.yes || kt.no !== t.no || kt.abstain !== t.abstain || kt.absent !== t.absent)
      errors.push(`states tally ${JSON.stringify(t)}; knowledge says ${JSON.stringify(kt ?? null)}`);
  }
  return errors;
}

/** What a case requires that the answer lacks; empty when it passes. */
export function caseFailures(k: Knowledge, c: EvalCase, a: AnswerJson): string[] {
  const f = factErrors(k, a);
  const text = a.text.toLowerCase();
  for (const p of c.positions ?? [])
    if (!a.positions.some((x) => x.vote === p.vote && x.country === p.country && x.position === p.position))
      f.push(`missing position ${p.country} ${p.position} on ${p.vote}`);
  for (const v of c.tallies ?? []) if (!a.tallies.some((t) => t.vote === v)) f.push(`missing tally for ${v}`);
  for (const group of c.text_contains_one_of_each ?? [])
    if (!group.some((s) => text.includes(s.toLowerCase())))
      f.push(`text has none of ${JSON.stringify(group)}`);
  for (const s of c.text_must_not_contain ?? []) if (a.text.includes(s)) f.push(`text contains ${s}`);
  if (c.intent && a.intent !== c.intent) f.push(`intent ${a.intent}, expected ${c.intent}`);
  if (c.states_no_vote_facts && (a.positions.length > 0 || a.tallies.length > 0)) f.push('states vote facts');
  if (c.quote_by_one_of && !a.quotes.some((q) => c.quote_by_one_of!.includes(q.speaker)))
    f.push(`no quote by ${c.quote_by_one_of.join(' or ')}`);
  return f;
}

export interface CategoryScore {
  pass: number;
  total: number;
}

export interface Score {
  /** Passes and totals per category, sorted by category name. */
  byCategory: Map<string, CategoryScore>;
  pass: number;
  total: number;
  failed: { case: EvalCase; failures: string[] }[];
}

/** Scores every case with `caseFailures`: the one scorer behind `npm run eval` and the evaluation tests. */
export function scoreCases(k: Knowledge, cases: EvalCase[], answer: CaseAnswerer): Score {
  const byCategory = new Map<string, CategoryScore>();
  const failed: Score['failed'] = [];
  for (const c of cases) {
    const failures = caseFailures(k, c, answer(c));
    const s = byCategory.get(c.category) ?? { pass: 0, total: 0 };
    s.total += 1;
    if (failures.length === 0) s.pass += 1;
    else failed.push({ case: c, failures });
    byCategory.set(c.category, s);
  }
  const sorted = new Map([...byCategory].sort(([a], [b]) => a.localeCompare(b)));
  const pass = [...sorted.values()].reduce((n, s) => n + s.pass, 0);
  return { byCategory: sorted, pass, total: cases.length, failed };
}

/** The per-category table `npm run eval` prints. */
export function formatScore(path: string, score: Score): string {
  const pct = (s: CategoryScore, digits: number) => ((100 * s.pass) / s.total).toFixed(digits);
  const lines = [`Evaluation of ${path}`];
  for (const [cat, s] of score.byCategory)
    lines.push(`  ${cat.padEnd(12)} ${s.pass}/${s.total}  ${pct(s, 0)}%`);
  lines.push(`  ${'all'.padEnd(12)} ${score.pass}/${score.total}  ${pct(score, 1)}%`);
  return lines.join('\n');
}
