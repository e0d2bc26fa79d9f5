import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../../src/knowledge/check.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../../src/knowledge/load.ts';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch copy of knowledge/ with one file edited. */
function copyWith(file: string, edit: (json: unknown) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-knowledge-'));
  copies.push(dir);
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8')))));
  return dir;
}

type RawVote = { id: string; lists: Record<string, string[]>; sources: string[] };

function moveCountry(votes: RawVote[], id: string, country: string, from: string, to: string): RawVote[] {
  const v = votes.find((x) => x.id === id)!;
  v.lists[from] = v.lists[from]!.filter((c) => c !== country);
  v.lists[to]!.push(country);
  return votes;
}

describe('the shipped knowledge', () => {
  it('loads and validates the whole base in well under a second', () => {
    const t0 = performance.now();
    const k = loadKnowledge();
    const ms = performance.now() - t0;
    expect(k.members).toHaveLength(193);
    expect(k.votes.map((v) => v.symbol)).toEqual(
      expect.arrayContaining(['A/RES/ES-11/7', 'A/RES/ES-11/8', 'S/RES/2774 (2025)']),
    );
    expect(ms).toBeLessThan(1000);
  });

  it('passes every cross-file check', () => {
    expect(checkKnowledge()).toEqual([]);
  });

  it('has every GA member with a position on both GA votes and 15 on the Council vote', () => {
    const k = loadKnowledge();
    for (const id of ['ga_es11_7', 'ga_es11_8']) expect(k.voteById.get(id)!.positions.size).toBe(193);
    expect(k.voteById.get('sc_2774')!.positions.size).toBe(15);
    expect(k.councilMembers).toHaveLength(15);
  });
});

describe('knowledge:check on a damaged copy', () => {
  it('given one country moved from no to yes on ES-11/7, it fails on the tally and the checksum', () => {
    const dir = copyWith('votes.json', (v) =>
      moveCountry(v as RawVote[], 'ga_es11_7', 'Hungary', 'no', 'yes'),
    );
    const problems = checkKnowledge(dir);
    expect(problems).toContain('ga_es11_7: tally says yes 93, the country lists have 94');
    expect(problems).toContain('ga_es11_7: positions differ from the verified import (checksums.json)');
  });

  it('given two countries swapped (tallies unchanged), the checksum still catches it', () => {
    const dir = copyWith('votes.json', (v) => {
      const votes = moveCountry(v as RawVote[], 'ga_es11_8', 'Ukraine', 'abstain', 'yes');
      return moveCountry(votes, 'ga_es11_8', 'Armenia', 'yes', 'abstain');
    });
    const problems = checkKnowledge(dir);
    expect(problems.some((p) => p.includes('tally says'))).toBe(false);
    expect(problems).toContain('ga_es11_8: positions differ from the verified import (checksums.json)');
  });

  it('given a country listed twice, it names the duplicate', () => {
    const dir = copyWith('votes.json', (v) => {
      const votes = v as RawVote[];
      votes.find((x) => x.id === 'sc_2774')!.lists.yes!.push('China');
      return votes;
    });
    expect(checkKnowledge(dir)).toContain('sc_2774: "China" is listed twice');
  });

  it('given an unknown country name, it names it', () => {
    const dir = copyWith('votes.json', (v) =>
      moveCountry(v as RawVote[], 'ga_es11_7', 'Germany', 'yes', 'yes'),
    );
    const renamed = copyWith('votes.json', (v) => {
      const votes = v as RawVote[];
      const yes = votes.find((x) => x.id === 'ga_es11_7')!.lists.yes!;
      yes[yes.indexOf('Germany')] = 'Wakanda';
      return votes;
    });
    expect(checkKnowledge(dir)).toEqual([]);
    expect(checkKnowledge(renamed)).toContain('ga_es11_7: unknown country "Wakanda"');
  });

  it('given an unknown source id, it names it', () => {
    const dir = copyWith('facts.json', (f) => {
      const facts = f as { sources: string[] }[];
      facts[0]!.sources.push('no_such_source');
      return facts;
    });
    expect(checkKnowledge(dir)).toContain('f1: unknown source id "no_such_source"');
  });

  it('given a quote from article_a that the article does not contain, it fails', () => {
    const dir = copyWith('quotes.json', (q) => {
      const quotes = q as { id: string; text: string }[];
      quotes.find((x) => x.id === 'q1')!.text = 'A resolution focused on two simple ideas';
      return quotes;
    });
    expect(checkKnowledge(dir)).toContain('q1: quote not found verbatim in article_a');
  });

  it('given a malformed file, it names the file and field', () => {
    const dir = copyWith('quotes.json', (q) => {
      const quotes = q as Record<string, unknown>[];
      delete quotes[0]!.speaker;
      return quotes;
    });
    expect(checkKnowledge(dir)[0]).toMatch(/^quotes\.json: 0\.speaker /);
  });
});
