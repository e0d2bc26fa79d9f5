/** Loads statements.json, texts.json and history.json into the Knowledge model (see model-v2.ts). */
import type { createHash } from 'node:crypto';
import { readJson } from './load.ts';
import type { HistoryVote, KnowledgeV2 } from './model-v2.ts';
import { POSITIONS, type Position } from './schema.ts';
import {
  HistoryFileSchema,
  type RawHistoryVote,
  StatementsFileSchema,
  TextsFileSchema,
} from './schema-v2.ts';

function historyVote(v: RawHistoryVote): HistoryVote {
  const positions = new Map<string, Position>();
  for (const p of POSITIONS) for (const c of v.lists[p] ?? []) positions.set(c, p);
  return {
    id: v.id,
    symbol: v.symbol ?? v.id,
    kind: 'resolution',
    body: 'GA',
    bodyName: 'General Assembly',
    date: v.date,
    meeting: v.meeting,
    draftSymbol: v.draftSymbol,
    title: v.title,
    sponsor: '',
    outcome: v.outcome,
    adopted: v.outcome.startsWith('adopted'),
    tally: v.tally,
    positions,
    listsComplete: v.complete,
    target: null,
    content: null,
    sources: v.sources,
    confidence: v.verified,
    listComplete: v.listComplete,
    symbolConfirmed: v.symbol !== null,
    symbolNote: v.symbolNote,
    unplaced: v.unplaced,
    year: Number(v.date.slice(0, 4)),
  };
}

export function loadV2(dir: string, hash: ReturnType<typeof createHash>): KnowledgeV2 {
  const st = readJson(dir, 'statements.json', StatementsFileSchema, hash);
  const tx = readJson(dir, 'texts.json', TextsFileSchema, hash);
  const hi = readJson(dir, 'history.json', HistoryFileSchema, hash);
  const history = hi.votes.map(historyVote).sort((a, b) => a.date.localeCompare(b.date));
  const historyByKey = new Map<string, HistoryVote>();
  const historyByYear = new Map<number, HistoryVote[]>();
  for (const v of history) {
    for (const key of [v.id, v.symbol, v.date]) historyByKey.set(key, v);
    historyByYear.set(v.year, [...(historyByYear.get(v.year) ?? []), v]);
  }
  return {
    meetings: new Map(st.meetings.map((m) => [m.id, m])),
    statements: st.statements,
    texts: tx.documents,
    textById: new Map(tx.documents.map((d) => [d.id, d])),
    textAmendments: tx.amendments,
    history,
    historyByKey,
    historyByYear,
    historyChanges: hi.changes,
  };
}
