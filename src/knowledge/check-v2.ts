/** knowledge:check rules for statements.json, texts.json and history.json (called by check.ts). */
import { createHash } from 'node:crypto';
import type { Knowledge, Vote } from './model.ts';
import type { HistoryVote } from './model-v2.ts';
import { POSITIONS } from './schema.ts';

export const historyChecksumKey = (id: string): string => `history:${id}`;

const QUOTE_MARKS = /^["'\u201c\u2018\u00ab]|["'\u201d\u2019\u00bb]$/;

function unknownSources(k: Knowledge, where: string, ids: readonly string[], problems: string[]): void {
  for (const id of ids) if (!k.sources.has(id)) problems.push(`${where}: unknown source id "${id}"`);
}

function checkHistoryVote(
  k: Knowledge,
  v: HistoryVote,
  raw: Record<string, string[] | undefined>,
  problems: string[],
): void {
  const seen = new Set<string>();
  for (const name of [...POSITIONS.flatMap((p) => raw[p] ?? []), ...v.unplaced]) {
    if (seen.has(name)) problems.push(`${v.id}: "${name}" is listed twice`);
    seen.add(name);
    if (!k.memberByName.has(name)) problems.push(`${v.id}: "${name}" is not a UN member`);
  }
  for (const p of POSITIONS) {
    const list = raw[p];
    const tally = v.tally?.[p] ?? null;
    if (list && tally !== null && list.length > tally)
      problems.push(`${v.id}: the ${p} list has ${list.length} names, more than its tally of ${tally}`);
    if (v.listComplete[p] && list?.length !== tally)
      problems.push(
        `${v.id}: the ${p} list is marked complete with ${list?.length ?? 0} names, its tally is ${tally}`,
      );
    if (v.listsComplete && !v.listComplete[p])
      problems.push(`${v.id}: marked complete but its ${p} list is not`);
  }
  const total = POSITIONS.reduce((n, p) => n + (v.tally?.[p] ?? 0), 0);
  if (total !== k.members.length)
    problems.push(`${v.id}: tally adds up to ${total}, not ${k.members.length}`);
  unknownSources(k, v.id, v.sources, problems);
}

/** A record by symbol among the day's votes and the history. */
function recordOf(k: Knowledge, symbol: string): Vote | undefined {
  return k.historyByKey.get(symbol) ?? k.votes.find((v) => v.symbol === symbol);
}

function checkChanges(k: Knowledge, problems: string[]): void {
  for (const c of k.historyChanges) {
    const [from, to] = [recordOf(k, c.from), recordOf(k, c.to)];
    if (!from?.listsComplete || !to?.listsComplete) {
      problems.push(`changes ${c.from} -> ${c.to}: not between two complete records`);
      continue;
    }
    for (const [move, names] of Object.entries(c.moves))
      for (const name of names)
        if (`${from.positions.get(name)}->${to.positions.get(name)}` !== move)
          problems.push(`changes ${c.from} -> ${c.to}: ${name} is listed as ${move}, the records differ`);
  }
}

function checkStatements(k: Knowledge, problems: string[]): void {
  for (const s of k.statements) {
    if (!k.meetings.has(s.meeting)) problems.push(`${s.id}: unknown meeting "${s.meeting}"`);
    unknownSources(k, s.id, s.sources, problems);
    for (const id of s.votesExplained)
      if (!k.voteById.has(id)) problems.push(`${s.id}: unknown vote "${id}"`);
    const para = s.paraphrase;
    if (para.shownAs !== 'paraphrase')
      problems.push(`${s.id}: the paraphrase is not labelled as a paraphrase`);
    if (QUOTE_MARKS.test(para.text.trim()) || s.fragments.some((f) => f.text === para.text))
      problems.push(`${s.id}: the paraphrase is shown as a quote`);
    // Words a check dropped are never held as a verbatim fragment or a quote.
    for (const d of s.dropped)
      if (s.fragments.some((f) => f.text.includes(d.text)) || k.quotes.some((q) => q.text.includes(d.text)))
        problems.push(`${s.id}: the dropped words "${d.text}" are held as a quote`);
    s.fragments.forEach((f, i) => {
      if (!f.verbatim) problems.push(`${s.id}: fragment ${i + 1} is not marked verbatim`);
      if (f.sources.length === 0) problems.push(`${s.id}: fragment ${i + 1} has no source`);
      unknownSources(k, `${s.id} fragment ${i + 1}`, f.sources, problems);
    });
  }
  for (const m of k.meetings.values()) unknownSources(k, m.id, m.sources, problems);
}

function checkTexts(k: Knowledge, problems: string[]): void {
  for (const d of k.texts) {
    for (const p of d.paragraphs) {
      const where = `${d.id} ${p.n}`;
      if (p.sources.length === 0) problems.push(`${where}: paragraph without a source`);
      if (!p.verbatim) problems.push(`${where}: paragraph is not marked verbatim`);
      if (p.disputed && p.variants.length === 0) problems.push(`${where}: disputed but no variant is given`);
      unknownSources(k, where, [...p.sources, ...p.variants.flatMap((v) => v.sources)], problems);
    }
    d.fragments.forEach((f, i) => {
      const where = `${d.id} fragment ${i + 1}`;
      if (f.sources.length === 0) problems.push(`${where}: fragment without a source`);
      if (!f.verbatim) problems.push(`${where}: fragment is not marked verbatim`);
      unknownSources(k, where, f.sources, problems);
    });
  }
  for (const a of k.textAmendments) unknownSources(k, a.id, a.sources, problems);
}

/** SHA-256 over a vote's positions, sorted by country (the same as check.ts's, for history records). */
function fingerprint(vote: Vote): string {
  const lines = [...vote.positions].sort(([a], [b]) => a.localeCompare(b)).map(([c, p]) => `${c}\t${p}`);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Problems in the three v2 files; `rawLists` are history.json's lists as written (duplicates survive there). */
export function checkKnowledgeV2(
  k: Knowledge,
  rawLists: ReadonlyMap<string, Record<string, string[] | undefined>>,
  checksums: Record<string, string>,
): string[] {
  const problems: string[] = [];
  for (const v of k.history) {
    checkHistoryVote(k, v, rawLists.get(v.id) ?? {}, problems);
    const expected = checksums[historyChecksumKey(v.id)];
    if (expected === undefined) problems.push(`${v.id}: no checksum in checksums.json`);
    else if (expected !== fingerprint(v))
      problems.push(`${v.id}: positions differ from the verified import (checksums.json)`);
  }
  checkChanges(k, problems);
  checkStatements(k, problems);
  checkTexts(k, problems);
  return problems;
}
