import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkGroups } from './check-groups.ts';
import { checkGlossary, checkTopics } from './check-topics.ts';
import { checkKnowledgeV2 } from './check-v2.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from './load.ts';
import type { Knowledge, Vote } from './model.ts';
import { ChecksumsSchema, POSITIONS } from './schema.ts';

/** SHA-256 over a vote's positions, sorted by country: any change to any position changes it. */
export function positionsFingerprint(vote: Vote): string {
  const lines = [...vote.positions].sort(([a], [b]) => a.localeCompare(b)).map(([c, p]) => `${c}\t${p}`);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Folds typographic variants (curly quotes, dashes, spacing) that the quote check allows. */
export function foldTypography(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function checkVote(k: Knowledge, vote: Vote, problems: string[]): void {
  const members = vote.body === 'SC' ? new Set(k.councilMembers) : new Set(k.memberByName.keys());
  for (const country of vote.positions.keys()) {
    if (!k.memberByName.has(country)) problems.push(`${vote.id}: unknown country "${country}"`);
    else if (!members.has(country)) problems.push(`${vote.id}: "${country}" is not a member of ${vote.body}`);
  }
  for (const id of vote.sources)
    if (!k.sources.has(id)) problems.push(`${vote.id}: unknown source id "${id}"`);
  if (!vote.tally) return;
  const counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const p of vote.positions.values()) counts[p] += 1;
  const listed = vote.positions.size;
  const full = vote.kind === 'resolution';
  if (full && listed !== members.size)
    problems.push(`${vote.id}: ${listed} positions listed, ${members.size} members expected`);
  for (const p of POSITIONS) {
    const t = vote.tally[p];
    if (t === null) continue;
    if (full ? counts[p] !== t : counts[p] > t)
      problems.push(`${vote.id}: tally says ${p} ${t}, the country lists have ${counts[p]}`);
  }
  if (full) {
    const total = POSITIONS.reduce((n, p) => n + (vote.tally?.[p] ?? 0), 0);
    if (total !== members.size) problems.push(`${vote.id}: tally adds up to ${total}, not ${members.size}`);
  }
}

function checkDuplicates(dir: string, problems: string[]): void {
  const raw = JSON.parse(readFileSync(join(dir, 'votes.json'), 'utf8')) as {
    id: string;
    lists: Record<string, string[]>;
  }[];
  for (const v of raw) {
    const seen = new Set<string>();
    for (const c of Object.values(v.lists).flat()) {
      if (seen.has(c)) problems.push(`${v.id}: "${c}" is listed twice`);
      seen.add(c);
    }
  }
}

/** Cross-file checks the schemas cannot express. Returns the problems found; empty means sound. */
export function checkKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): string[] {
  const problems: string[] = [];
  let k: Knowledge;
  try {
    k = loadKnowledge(dir);
  } catch (err) {
    return [(err as Error).message];
  }
  checkDuplicates(dir, problems);
  for (const vote of k.votes) checkVote(k, vote, problems);
  for (const vote of k.votes)
    if (vote.target && !k.voteById.has(vote.target))
      problems.push(`${vote.id}: unknown target "${vote.target}"`);
  const withSources = [...k.facts, ...k.timeline, ...k.glossary, ...k.disputed.positions];
  for (const item of withSources)
    for (const id of item.sources)
      if (!k.sources.has(id))
        problems.push(`${'id' in item ? item.id : 'disputed'}: unknown source id "${id}"`);
  for (const q of k.quotes) {
    for (const id of [q.source, ...(q.extra_sources ?? [])])
      if (!k.sources.has(id)) problems.push(`${q.id}: unknown source id "${id}"`);
    const article = k.articles[q.source];
    if (article !== undefined && !foldTypography(article).includes(foldTypography(q.text)))
      problems.push(`${q.id}: quote not found verbatim in ${q.source}`);
  }
  for (const d of k.disputed.positions) {
    const vote = k.votes.find((v) => v.symbol === d.vote);
    if (vote?.positions.get(d.country) !== d.record)
      problems.push(`disputed: ${d.country} on ${d.vote} is not "${d.record}" in the record`);
  }
  checkTopics(k, problems);
  checkGlossary(k, problems);
  checkGroups(k, problems);
  const checksums = ChecksumsSchema.parse(JSON.parse(readFileSync(join(dir, 'checksums.json'), 'utf8')));
  for (const vote of k.votes) {
    const expected = checksums[vote.id];
    if (expected === undefined) problems.push(`${vote.id}: no checksum in checksums.json`);
    else if (expected !== positionsFingerprint(vote))
      problems.push(`${vote.id}: positions differ from the verified import (checksums.json)`);
  }
  const history = JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')) as {
    votes: { id: string; lists: Record<string, string[] | undefined> }[];
  };
  problems.push(...checkKnowledgeV2(k, new Map(history.votes.map((v) => [v.id, v.lists])), checksums));
  return problems;
}
