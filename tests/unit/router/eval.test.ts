import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerToJson } from '../../../src/answer-json.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';
import { caseFailures, factErrors, readCases, routerAnswerer, scoreCases } from '../../eval/eval-lib.ts';

// A copy of ../shared/eval/dev.jsonl, so the suite does not depend on ../shared.
const cases = readCases(join(import.meta.dirname, '../../fixtures/eval-dev.jsonl'));
const k = loadKnowledge();
const router = createRouter(k);

describe('the dev evaluation sample', () => {
  it.each(cases.map((c) => [c.category, c.question, c] as const))('[%s] %j passes', (_cat, q, c) => {
    expect(caseFailures(k, c, answerToJson(q, router.ask(q)))).toEqual([]);
  });
});

/**
 * The held-out sets: other questions of the same kinds as dev.jsonl, written as people type them in chat, with
 * every expected position and tally taken from ../shared/reference. `npm run eval:heldout` prints the first table;
 * `npx tsx tests/eval/run-eval.ts tests/fixtures/eval-heldout-2.jsonl` the second. The second set was written
 * after the first round of fixes, by someone who had not read the first, and scored before any fix for it.
 */
function describeHeldOut(file: string, floor: Record<string, number>): void {
  const cases = readCases(join(import.meta.dirname, '../../fixtures', file));
  const score = scoreCases(k, cases, routerAnswerer(router.ask));

  describe(`the held-out evaluation set ${file}`, () => {
    it('given the held-out questions, it scores at least the recorded floor in every category', () => {
      const failures = score.failed.map(
        (f) => `[${f.case.category}] ${f.case.question}: ${f.failures.join('; ')}`,
      );
      const passes = Object.fromEntries([...score.byCategory].map(([cat, s]) => [cat, s.pass]));
      for (const [cat, min] of Object.entries(floor))
        expect(
          passes[cat] ?? 0,
          `${cat} below its floor; failing:\n${failures.join('\n')}`,
        ).toBeGreaterThanOrEqual(min);
    });

    it('given any held-out question, every position and tally it states equals the knowledge', () => {
      const wrong = cases.flatMap((c) =>
        factErrors(k, answerToJson(c.question, router.ask(c.question))).map((e) => `${c.question}: ${e}`),
      );
      expect(wrong).toEqual([]);
    });
  });
}

/** Passes per category when each set's test was written: a change that answers fewer of them fails here. */
describeHeldOut('eval-heldout.jsonl', {
  adversarial: 40,
  compare: 20,
  country: 83,
  'country-all': 35,
  explain: 50,
  help: 11,
  history: 2,
  list: 49,
  oos: 28,
  quote: 38,
  tally: 37,
  trap: 24,
});

// Before its fixes this set scored 189/203: country 49/52, explain 21/26, list 12/14, help 6/7, quote 19/20,
// tally 19/20, trap 7/8, the rest full.
describeHeldOut('eval-heldout-2.jsonl', {
  adversarial: 20,
  compare: 8,
  country: 52,
  'country-all': 14,
  explain: 26,
  help: 7,
  history: 1,
  list: 14,
  oos: 13,
  quote: 20,
  tally: 20,
  trap: 8,
});

// Written after the second round's fixes, independently of the first two sets, and scored before any fix for it:
// 155/159 (help 4/5, list 11/12, oos 8/10, the rest full). Its BRICS line first expected a list of members; BRICS
// membership is not in the reference, so the line now expects the bot to say it does not hold that list.
describeHeldOut('eval-heldout-3.jsonl', {
  adversarial: 12,
  compare: 8,
  country: 40,
  'country-all': 12,
  explain: 20,
  help: 5,
  history: 2,
  list: 12,
  oos: 8,
  quote: 16,
  tally: 16,
  trap: 8,
});

// Written after the third round's fixes, independently of the first three sets, and scored before any fix for it:
// 127/130 (country-all 10/12, oos 6/7, the rest full). Classes fixed: two things asked at once (and a second half
// pointing back to the first), "the Ukraine texts" in the plural, a vote on another subject ("on Brexit"), and,
// found by probing around it, "any country" read as a country's name, the Council's unverified draft symbol and a
// vote named by its result ("the 93-18-65 vote").
describeHeldOut('eval-heldout-4.jsonl', {
  adversarial: 9,
  compare: 6,
  country: 30,
  'country-all': 12,
  explain: 16,
  help: 3,
  history: 1,
  list: 9,
  oos: 6,
  quote: 18,
  tally: 12,
  trap: 8,
});

// Router v2's first set (228 questions on follow-ups, time, the timeline, sets, groups and definitions, written by a
// helper who had not read the code): 40.4% before router v2, 91.7% after. Parts of it guided the work.
describeHeldOut('eval-heldout-5.jsonl', {
  adversarial: 4,
  compare: 1,
  country: 4,
  'country-all': 2,
  define: 30,
  followup: 39,
  group: 33,
  help: 1,
  list: 1,
  oos: 2,
  quote: 3,
  set: 30,
  tally: 1,
  // 29: one 'pass' was an accident ("1 year and 286 days" held the 286 expected for another span).
  time: 29,
  timeline: 25,
  trap: 3,
});

// Knowledge v2's set (158 questions on statements, texts and earlier votes, written without reading the code):
// 33.5% before, 89.2% after. Parts of it guided the work.
describeHeldOut('eval-heldout-6.jsonl', {
  history: 53,
  statement: 51,
  text: 37,
});

// Written after the router v2 and knowledge v2 work by a helper who had read neither the code nor the other sets,
// every kind of question: 88.3% (159/180) on first run, 0 wrong facts; 96.7% after the fixes it prompted.
describeHeldOut('eval-heldout-7.jsonl', {
  adversarial: 7,
  country: 11,
  'country-all': 4,
  define: 10,
  followup: 14,
  group: 12,
  history: 14,
  list: 12,
  oos: 6,
  quote: 14,
  set: 13,
  statement: 14,
  tally: 12,
  text: 11,
  time: 14,
  trap: 6,
});

// Knowledge v2's own two sets, written by the engineer who built the intents.
describeHeldOut('eval-heldout-knowledge.jsonl', {
  history: 10,
  history_changes: 3,
  history_map: 2,
  member_record: 2,
  statement: 12,
  text: 8,
});

describeHeldOut('eval-heldout-knowledge-2.jsonl', {
  history: 6,
  history_changes: 2,
  history_map: 1,
  member_record: 1,
  statement: 9,
  text: 6,
});

// A second fresh set (160 questions, written without reading the code or the other sets) after the fixes set 7
// prompted: 87.5% (140/160) on first run, 0 wrong facts; 90.6% after the fixes it prompted.
describeHeldOut('eval-heldout-8.jsonl', {
  adversarial: 9,
  country: 15,
  'country-all': 8,
  define: 6,
  followup: 8,
  group: 11,
  history: 14,
  list: 7,
  oos: 7,
  quote: 12,
  set: 7,
  statement: 13,
  tally: 10,
  text: 7,
  time: 5,
  trap: 6,
});

// Fourth session: a journalist, an analyst and a student, written without reading the code or the other sets. First run 191/233 (82.0%);
// 231/233 after the fixes it prompted, 0 wrong facts.
describeHeldOut('eval-heldout-9.jsonl', {
  adversarial: 8,
  country: 20,
  'country-all': 9,
  define: 10,
  explain: 8,
  followup: 24,
  group: 18,
  history: 22,
  list: 12,
  oos: 6,
  quote: 11,
  set: 13,
  statement: 18,
  tally: 13,
  text: 17,
  time: 12,
  trap: 10,
});

// Fourth session: newcomers trying the bot, written without reading the code or the other sets. First run 175/214 (81.8%);
// 208/214 after the fixes it prompted, 0 wrong facts.
describeHeldOut('eval-heldout-10.jsonl', {
  adversarial: 5,
  compare: 8,
  country: 21,
  'country-all': 8,
  define: 8,
  explain: 6,
  followup: 24,
  group: 16,
  history: 18,
  list: 11,
  oos: 5,
  quote: 8,
  set: 10,
  statement: 15,
  tally: 13,
  text: 13,
  time: 10,
  trap: 9,
});

// Fourth session: a fact-checker, a researcher, a teacher and her students, a Discord community, written without reading the code or the other sets. First run 184/205 (89.8%, when sets 9 and 10 were half fixed);
// 199/205 after the fixes it prompted, 0 wrong facts.
describeHeldOut('eval-heldout-11.jsonl', {
  adversarial: 5,
  compare: 8,
  country: 20,
  'country-all': 8,
  define: 9,
  explain: 5,
  followup: 21,
  group: 14,
  history: 16,
  list: 12,
  oos: 5,
  quote: 8,
  set: 11,
  statement: 14,
  tally: 13,
  text: 12,
  time: 10,
  trap: 8,
});

// Fourth session: a producer, an intern, a law student, a diplomat, a teenager, a skeptic, written without reading the code or the other sets. First run 175/202 (86.6%);
// 190/202 after the fixes it prompted, 0 wrong facts.
describeHeldOut('eval-heldout-12.jsonl', {
  adversarial: 5,
  compare: 8,
  country: 20,
  'country-all': 8,
  define: 8,
  explain: 7,
  followup: 20,
  group: 13,
  history: 16,
  list: 12,
  oos: 5,
  quote: 8,
  set: 9,
  statement: 14,
  tally: 10,
  text: 12,
  time: 8,
  trap: 7,
});

// Fifth session: a wire editor, a debate coach, an intern, a community moderator, a retired diplomat, a data
// journalist, students and a sceptic, written without reading the code or the other sets. First run 237/270
// (87.8%); 269/270 after the fixes it prompted, 0 wrong facts.
describeHeldOut('eval-heldout-13.jsonl', {
  adversarial: 17,
  compare: 9,
  country: 38,
  'country-all': 7,
  explain: 74,
  help: 1,
  list: 39,
  oos: 7,
  quote: 34,
  tally: 30,
  trap: 13,
});

// Fifth session, set 14: a podcast host, a parliament staffer, a professor, a Discord regular, a fact-checker, an
// NGO officer, a translator, a retiree; written without reading the code or other sets. First run 256/294 (87.1%);
// it was then scored (totals only) while sets 15 and 16 were fixed, and read last: 279/294 at the end, 0 wrong facts.
describeHeldOut('eval-heldout-14.jsonl', {
  adversarial: 16,
  compare: 11,
  country: 41,
  'country-all': 7,
  explain: 78,
  help: 2,
  list: 37,
  oos: 5,
  quote: 30,
  tally: 32,
  trap: 20,
});

// Set 15 (a Brazilian journalist, a Model UN delegate, an organiser, an analyst, a teacher, a Discord tester, a
// staffer, a student). First run 297/370 (80.3%); 341/370 after the fixes it prompted, 0 wrong facts.
describeHeldOut('eval-heldout-15.jsonl', {
  adversarial: 17,
  compare: 14,
  country: 42,
  'country-all': 16,
  explain: 88,
  help: 4,
  list: 57,
  oos: 13,
  quote: 43,
  tally: 26,
  trap: 21,
});

// Set 16 (a fact-checker, a desk officer, a researcher, a producer, a student, an AU specialist, a correspondent,
// a skeptic). First run 286/336 (85.1%); 312/336 after the fixes it prompted, 0 wrong facts.
describeHeldOut('eval-heldout-16.jsonl', {
  adversarial: 18,
  compare: 8,
  country: 52,
  'country-all': 13,
  explain: 94,
  help: 2,
  list: 46,
  oos: 9,
  quote: 26,
  tally: 24,
  trap: 18,
});

// Set 17, written last for a broad population: scored unread (totals only) at cc3cbb1, first run 318/342 (93.0%),
// 319/342 after the fixes sets 14-16 prompted (still unread); then read, and 329/342 after the fixes it prompted.
// 0 wrong facts.
describeHeldOut('eval-heldout-17.jsonl', {
  adversarial: 11,
  compare: 13,
  country: 59,
  'country-all': 21,
  explain: 70,
  help: 2,
  list: 61,
  oos: 6,
  quote: 33,
  tally: 40,
  trap: 12,
});

// Seventh session: sets 18-24, each written by a helper who had not seen the code, the tests or the other sets.
// First runs (0 wrong facts in every one): 18 (journalists) 427/464 (92.0%) and 19 (students, community servers)
// 393/427 (92.0%) at 6cd7478; 21 (first-day users) 369/387 (95.3%) just before 4ea03a3; 22 (analysts, teachers)
// 363/399 (91.0%) and 23 (fact-checkers, casual typists) 366/389 (94.1%) at da4cc35; 24 (a newsroom's week)
// 319/347 (91.9%) at 53b1917. Set 20 was kept unread as the session's estimate: 447/474 (94.3%) at 6cd7478 and
// 451/474 (95.1%) at 3ea1002 and 452/474 (95.4%) at 620f6af, scored by totals only. The floors are the scores at
// 3ea1002.
describeHeldOut('eval-heldout-18.jsonl', {
  adversarial: 21,
  compare: 18,
  country: 102,
  'country-all': 25,
  explain: 89,
  help: 4,
  list: 72,
  oos: 12,
  quote: 37,
  tally: 32,
  trap: 35,
});

describeHeldOut('eval-heldout-19.jsonl', {
  adversarial: 25,
  compare: 18,
  country: 89,
  'country-all': 22,
  explain: 85,
  help: 4,
  list: 66,
  oos: 13,
  quote: 30,
  tally: 26,
  trap: 32,
});

describeHeldOut('eval-heldout-20.jsonl', {
  adversarial: 19,
  compare: 14,
  country: 113,
  'country-all': 36,
  explain: 60,
  help: 3,
  list: 77,
  oos: 13,
  quote: 28,
  tally: 40,
  trap: 48,
});

describeHeldOut('eval-heldout-21.jsonl', {
  adversarial: 24,
  compare: 19,
  country: 79,
  'country-all': 27,
  explain: 65,
  help: 7,
  list: 52,
  oos: 14,
  quote: 30,
  tally: 34,
  trap: 34,
});

describeHeldOut('eval-heldout-22.jsonl', {
  adversarial: 19,
  compare: 19,
  country: 65,
  'country-all': 20,
  explain: 68,
  help: 6,
  list: 62,
  oos: 15,
  quote: 38,
  tally: 29,
  trap: 42,
});

describeHeldOut('eval-heldout-23.jsonl', {
  adversarial: 26,
  compare: 14,
  country: 75,
  'country-all': 27,
  explain: 55,
  help: 6,
  list: 53,
  oos: 14,
  quote: 41,
  tally: 30,
  trap: 36,
});

describeHeldOut('eval-heldout-24.jsonl', {
  adversarial: 16,
  compare: 24,
  country: 46,
  'country-all': 10,
  explain: 81,
  help: 2,
  list: 55,
  oos: 6,
  quote: 35,
  tally: 16,
  trap: 36,
});
