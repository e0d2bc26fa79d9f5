import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ZodType, z } from 'zod';
import { GroupsSchema } from './group-schema.ts';
import { loadV2 } from './load-v2.ts';
import type { Body, Knowledge, Vote } from './model.ts';
import {
  AmendmentSchema,
  CountriesSchema,
  DisputedSchema,
  EventSchema,
  FactSchema,
  GlossarySchema,
  POSITIONS,
  type Position,
  QuoteSchema,
  type RawAmendment,
  type RawVote,
  SourceSchema,
  VoteSchema,
} from './schema.ts';
import { TopicsSchema } from './topic-schema.ts';

/** The knowledge/ folder shipped with the project. */
export const DEFAULT_KNOWLEDGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../knowledge');

export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
}

export function readJson<T>(
  dir: string,
  file: string,
  schema: ZodType<T>,
  hash: ReturnType<typeof createHash>,
): T {
  const path = join(dir, file);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new KnowledgeError(`cannot read ${path}: ${(err as Error).message}`);
  }
  hash.update(file).update(raw);
  const parsed = schema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new KnowledgeError(`${file}: ${first?.path.join('.') ?? ''} ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function bodyOf(name: string): Body {
  return name.startsWith('Security Council') ? 'SC' : 'GA';
}

function positionsOf(lists: Record<Position, string[]> | null): Map<string, Position> {
  const map = new Map<string, Position>();
  if (!lists) return map;
  for (const position of POSITIONS) for (const country of lists[position]) map.set(country, position);
  return map;
}

function listsAreComplete(v: { tally: RawVote['tally'] | null; lists: RawVote['lists'] | null }): boolean {
  if (!v.tally || !v.lists) return false;
  const lists = v.lists;
  const tally = v.tally;
  return POSITIONS.every((p) => tally[p] !== null && lists[p].length === tally[p]);
}

function fromRawVote(v: RawVote): Vote {
  const isMotion = v.adopted_symbol === null;
  return {
    id: v.id,
    symbol: v.adopted_symbol ?? v.id,
    kind: isMotion ? 'motion' : 'resolution',
    body: bodyOf(v.body),
    bodyName: v.body,
    date: v.date,
    meeting: v.meeting,
    draftSymbol: v.draft_symbol,
    title: v.title,
    sponsor: v.sponsor,
    outcome: v.outcome,
    adopted: v.outcome.startsWith('adopted'),
    tally: v.tally,
    positions: positionsOf(v.lists),
    listsComplete: listsAreComplete(v),
    target: null,
    content: null,
    sources: v.sources,
    confidence: v.confidence,
  };
}

function fromRawAmendment(a: RawAmendment): Vote {
  const verified = a.symbol.startsWith('A/') || a.symbol.startsWith('S/');
  return {
    id: a.id,
    symbol: a.id,
    kind: 'amendment',
    body: a.body === 'Security Council' ? 'SC' : 'GA',
    bodyName: a.body,
    date: a.date,
    meeting: '',
    draftSymbol: verified ? a.symbol : null,
    title: a.content,
    sponsor: a.sponsor,
    outcome: a.outcome,
    adopted: a.outcome.startsWith('adopted'),
    tally: a.tally,
    positions: positionsOf(a.lists),
    listsComplete: listsAreComplete(a),
    target: a.target,
    content: a.content,
    sources: a.sources,
    confidence: a.confidence,
  };
}

/** Reads and validates every knowledge file; throws KnowledgeError naming the file and field at fault. */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): Knowledge {
  const hash = createHash('sha256');
  const sources = readJson(dir, 'sources.json', z.array(SourceSchema), hash);
  const rawVotes = readJson(dir, 'votes.json', z.array(VoteSchema), hash);
  const amendments = readJson(dir, 'amendments.json', z.array(AmendmentSchema), hash);
  const quotes = readJson(dir, 'quotes.json', z.array(QuoteSchema), hash);
  const facts = readJson(dir, 'facts.json', z.array(FactSchema), hash);
  const timeline = readJson(dir, 'timeline.json', z.array(EventSchema), hash);
  const glossary = readJson(dir, 'glossary.json', GlossarySchema, hash);
  const topics = readJson(dir, 'topics.json', TopicsSchema, hash);
  const groups = readJson(dir, 'groups.json', GroupsSchema, hash);
  const disputed = readJson(dir, 'disputed.json', DisputedSchema, hash);
  const countries = readJson(dir, 'countries.json', CountriesSchema, hash);
  const articles: Record<string, string> = {};
  for (const id of ['article_a', 'article_b']) {
    const text = readFileSync(join(dir, 'articles', `${id}.txt`), 'utf8');
    hash.update(text);
    articles[id] = text;
  }
  const v2 = loadV2(dir, hash);
  const votes = [...rawVotes.map(fromRawVote), ...amendments.map(fromRawAmendment)];
  const sc = votes.find((v) => v.id === 'sc_2774');
  return {
    version: hash.digest('hex').slice(0, 12),
    sources: new Map(sources.map((s) => [s.id, s])),
    votes,
    voteById: new Map(votes.map((v) => [v.id, v])),
    quotes,
    facts,
    timeline: [...timeline].sort((a, b) => a.date.localeCompare(b.date)),
    glossary,
    topics,
    groups,
    disputed,
    members: countries.members,
    memberByName: new Map(countries.members.map((c) => [c.name, c])),
    nonMembers: countries.nonMembers,
    councilMembers: sc ? [...sc.positions.keys()].sort() : [],
    articles,
    ...v2,
  };
}
