import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { claimIn, duplicateIn, type Finding, figureIn, literalsOf, shingles } from './src-facts.ts';

const root = join(import.meta.dirname, '../../..');
const k = loadKnowledge();

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Member names and the capitalised aliases people write ("Russia", "the US"). */
const NAMES = new RegExp(
  `\\b(?:${[
    ...k.members.flatMap((m) => [m.name, ...m.aliases.filter((a) => a.length >= 4 && /^[A-Z]/.test(a))]),
    'US',
    'UK',
  ]
    .map(escapeRe)
    .join('|')})\\b`,
);
/** What the knowledge states, as runs of seven words. */
const KNOWN = shingles([
  ...k.facts.map((f) => f.statement),
  ...k.glossary.map((g) => g.text),
  ...k.timeline.map((e) => e.statement),
  ...k.quotes.map((q) => q.text),
  ...k.topics.flatMap((t) => [t.summary, t.note ?? '', ...(t.alternatives ?? []).map((a) => a.summary)]),
]);

/**
 * Literals that look like figures but are not facts about the votes. Each names its file, a part of the literal
 * and why it may stay; an entry that no longer matches anything fails the test (so the list cannot go stale).
 */
const ALLOWED: { file: string; contains: string; why: string }[] = [
  {
    file: 'src/router/retrieve.ts',
    contains: 'states country countries',
    why: 'a list of words too common to search by (un, states, 2025, february, 24…), not a statement',
  },
];

function findingsIn(file: string, code: string): Finding[] {
  const out: Finding[] = [];
  for (const text of literalsOf(code, file)) {
    const figure = figureIn(text);
    if (figure) out.push({ file, rule: 'figure', text: `${figure} in "${text}"` });
    const claim = claimIn(text, NAMES);
    if (claim) out.push({ file, rule: 'claim', text: `${claim} in "${text}"` });
    const dup = duplicateIn(text, KNOWN);
    if (dup) out.push({ file, rule: 'duplicate', text: `"${dup}" in "${text}"` });
  }
  return out;
}

const srcFiles = readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .map((e) => join(e.parentPath, e.name));

describe('no vote figure or fact sentence in src/ (they belong in knowledge/, where knowledge:check sees them)', () => {
  it('no string literal in src/ holds a tally, a counted figure, a claim about a member or a knowledge sentence', () => {
    const findings = srcFiles.flatMap((f) => findingsIn(relative(root, f), readFileSync(f, 'utf8')));
    const unexplained = findings.filter(
      (x) => !ALLOWED.some((a) => a.file === x.file && x.text.includes(a.contains)),
    );
    expect(unexplained).toEqual([]);
    for (const a of ALLOWED)
      expect(findings.some((x) => x.file === a.file && x.text.includes(a.contains))).toBe(true);
  });

  it.each([
    ["const s = 'ES-11/7 was adopted 93-18-65';", 'figure'],
    ['const s = `at least 12,654 civilians killed`;', 'figure'],
    ["const s = 'passed with 141 votes in favour';", 'figure'],
    [`const s = \`Russia vetoed \${n} amendments\`;`, 'claim'],
    ["const s = 'Hungary voted against the Ukrainian text.';", 'claim'],
    [`const s = '${k.facts.find((f) => f.id === 'f14')!.statement.replace(/'/g, '')}';`, 'duplicate'],
  ])('given a planted literal (%s), it reports a %s', (code, rule) => {
    expect(findingsIn('planted.ts', code).map((f) => f.rule)).toContain(rule);
  });

  it.each([
    ['// adopted 93-18-65 (a comment is not a literal)'],
    ["const s = 'Who voted against Ukraine’s resolution?';"],
    ["const s = 'the UN votes of 24 February 2025 on A/RES/ES-11/7';"],
    [`const port = 3000; const s = \`HTTP \${429} after 10 s\`;`],
    ["const s = 'What was the tally on resolution 2774?';"],
  ])('given a harmless literal or comment (%s), it reports nothing', (code) => {
    expect(findingsIn('harmless.ts', code)).toEqual([]);
  });
});
