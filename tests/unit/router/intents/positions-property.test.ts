import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../../src/answer.ts';
import { historyChangesIntent } from '../../../../src/router/intents/history-changes-intent.ts';
import { historyIntent } from '../../../../src/router/intents/history-intent.ts';
import { memberLine } from '../../../../src/router/intents/history-lines.ts';
import { historyMapIntent } from '../../../../src/router/intents/history-map-intent.ts';
import type { Intent } from '../../../../src/router/intents/intent.ts';
import { memberRecordIntent } from '../../../../src/router/intents/member-record-intent.ts';
import { statementIntent } from '../../../../src/router/intents/statement-intent.ts';
import { textIntent } from '../../../../src/router/intents/text-intent.ts';
import { k, readingOf } from './reading.ts';

const INTENTS: Intent[] = [
  historyIntent,
  historyChangesIntent,
  historyMapIntent,
  memberRecordIntent,
  statementIntent,
  textIntent,
];

/** The record a stated position refers to: the day's votes by symbol, the history by symbol or id. */
const recordOf = (vote: string) => k.votes.find((v) => v.symbol === vote) ?? k.historyByKey.get(vote);

/** Every position the answer states, checked against the record; the problems found. */
function misstated(a: Answer): string[] {
  return a.positions.flatMap((p) => {
    const known = recordOf(p.vote)?.positions.get(p.country);
    return known === p.position
      ? []
      : [`${p.country} ${p.position} on ${p.vote} (record: ${known ?? 'none'})`];
  });
}

const members = k.members.map((m) => m.name);
const someAliases = k.members.flatMap((m) => m.aliases.slice(0, 1));
const VOTES = [
  'ES-11/1',
  'ES-11/2',
  'ES-11/3',
  'ES-11/4',
  'ES-11/5',
  'ES-11/6',
  'A/RES/68/262',
  'the 2026 anniversary resolution',
  'the fourth anniversary vote',
  'ES-11/7',
  'ES-11/8',
  '2774',
];
const WHEN = [
  'in 2014',
  'in March 2022',
  'on 2 March 2022',
  'in October 2022',
  'in 2023',
  'in 2026',
  'in November 2022',
];
const TEMPLATES: ((c: string, v: string, w: string) => string)[] = [
  (c, v) => `how did ${c} vote on ${v}`,
  (c, _, w) => `how did ${c} vote ${w}`,
  (_, v) => `who voted against ${v}`,
  (_, v) => `who abstained on ${v}?`,
  (_, v) => `which countries voted in favour of ${v}`,
  (_, v) => `who did not vote on ${v}`,
  (_, v) => `what was the tally on ${v}`,
  (_, __, w) => `who changed their vote between 2022 and 2025 ${w}`,
  () => 'which countries went from yes in 2022 to abstaining in 2025',
  () => 'who switched from abstain to yes between 2014 and 2022',
  () => 'who changed from against in 2025 to abstaining in 2026',
  (c) => `how has ${c} voted over the years`,
  (c, _, w) => `did ${c} change its vote since ${w.replace(/^(in|on) /, '')}`,
  (c) => `why did ${c} abstain`,
  (c) => `what did ${c} say in the Council`,
  (c, v) => `map of ${v} with ${c}`,
  (_, v) => `what does ${v} say about Russia`,
];

describe('property: the new intents state only recorded positions', () => {
  it('for generated questions, every position stated equals the record and unknowns are never given one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...members, ...someAliases),
        fc.constantFrom(...VOTES),
        fc.constantFrom(...WHEN),
        fc.constantFrom(...TEMPLATES),
        (country, vote, when, template) => {
          const r = readingOf(template(country, vote, when));
          for (const intent of INTENTS) {
            if (intent.match(r) === null) continue;
            const a = intent.answer(r);
            expect(misstated(a), `${intent.id}: ${r.p.q.display}`).toEqual([]);
          }
        },
      ),
      { numRuns: 400, seed: 15 },
    );
  });

  it('for every member on every history vote, the line states the record or says the vote is not known', () => {
    for (const v of k.history)
      for (const country of members) {
        const line = memberLine(v, country);
        const known = v.positions.get(country);
        if (known) expect(line.stated).toEqual({ vote: v.symbol, country, position: known });
        else {
          expect(line.stated).toBeNull();
          expect(line.text).toContain('not known');
        }
      }
  });
});
