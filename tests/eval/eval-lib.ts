import { readFileSync } from 'node:fs';
import type { AnswerJson } from '../../src/answer-json.ts';
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
}

export const readCases = (path: string): EvalCase[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as EvalCase);

/** Every position and tally an answer states must equal the knowledge, whatever the question. */
export function factErrors(k: Knowledge, a: AnswerJson): string[] {
  const errors: string[] = [];
  for (const p of a.positions) {
    const vote = k.votes.find((v) => v.symbol === p.vote);
    const actual = vote?.positions.get(p.country);
    if (actual !== p.position)
      errors.push(`states ${p.country} ${p.position} on ${p.vote}; knowledge says ${actual ?? 'nothing'}`);
  }
  for (const t of a.tallies) {
    const vote = k.votes.find((v) => v.symbol === t.vote);
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
