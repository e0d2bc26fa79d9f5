import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EvalCase, readCases } from '../../eval/eval-lib.ts';

/**
 * The multilingual evaluation set is checked against the raw fact base, not through the router: every expected
 * position is the one in knowledge/votes.json, every quoted speaker is in knowledge/quotes.json.
 */
const root = join(import.meta.dirname, '../../..');
const cases = [
  ...readCases(join(root, 'tests/fixtures/eval-multilingual.jsonl')),
  ...readCases(join(root, 'tests/fixtures/eval-multilingual-2.jsonl')),
] as (EvalCase & {
  lang: string;
})[];
interface RawVote {
  adopted_symbol: string | null;
  lists?: Record<string, string[]>;
}
const votes = JSON.parse(readFileSync(join(root, 'knowledge/votes.json'), 'utf8')) as RawVote[];
const quotes = JSON.parse(readFileSync(join(root, 'knowledge/quotes.json'), 'utf8')) as
  | { speaker: string }[]
  | { quotes: { speaker: string }[] };
const speakers = new Set((Array.isArray(quotes) ? quotes : quotes.quotes).map((q) => q.speaker));
const CATEGORIES = ['country', 'country-all', 'list', 'tally', 'quote', 'help', 'oos', 'adversarial'];

function recorded(symbol: string, country: string): string | undefined {
  const v = votes.find((x) => x.adopted_symbol === symbol);
  for (const [position, list] of Object.entries(v?.lists ?? {})) if (list.includes(country)) return position;
  return undefined;
}

describe('the multilingual evaluation set', () => {
  it('given each of the seven languages, it holds at least 40 questions from the dev categories', () => {
    for (const lang of ['ar', 'zh', 'fr', 'ru', 'es', 'de', 'uk']) {
      const mine = cases.filter((c) => c.lang === lang);
      expect(mine.length, lang).toBeGreaterThanOrEqual(40);
      for (const cat of CATEGORIES)
        expect(
          mine.some((c) => c.category === cat),
          `${lang} ${cat}`,
        ).toBe(true);
    }
    for (const c of cases) expect(CATEGORIES).toContain(c.category);
  });

  it('given every expected position, it is the one recorded in knowledge/votes.json', () => {
    const wrong = cases.flatMap((c) =>
      (c.positions ?? [])
        .filter((p) => recorded(p.vote, p.country) !== p.position)
        .map(
          (p) => `${c.question}: ${p.country} ${p.position} on ${p.vote} (${recorded(p.vote, p.country)})`,
        ),
    );
    expect(wrong).toEqual([]);
  });

  it('given every expected tally and speaker, the vote and the speaker are in the fact base', () => {
    for (const c of cases) {
      for (const t of c.tallies ?? [])
        expect(
          votes.some((v) => v.adopted_symbol === t),
          t,
        ).toBe(true);
      for (const s of c.quote_by_one_of ?? []) expect(speakers.has(s), s).toBe(true);
    }
  });
});
