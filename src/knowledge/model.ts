import type { GroupEntry } from './group-schema.ts';
import type { KnowledgeV2 } from './model-v2.ts';
import type {
  Country,
  Disputed,
  Fact,
  GlossaryEntry,
  NonMember,
  Position,
  Quote,
  Source,
  Tally,
  TimelineEvent,
} from './schema.ts';
import type { TopicEntry } from './topic-schema.ts';

export type Body = 'GA' | 'SC';

/** A vote (resolution, motion or amendment) with each known member position. */
export interface Vote {
  id: string;
  /** The official symbol used in answers and `--json` ("A/RES/ES-11/7"), or the id when there is none. */
  symbol: string;
  kind: 'resolution' | 'motion' | 'amendment';
  body: Body;
  bodyName: string;
  date: string;
  meeting: string;
  draftSymbol: string | null;
  title: string;
  sponsor: string;
  outcome: string;
  adopted: boolean;
  tally: Tally | null;
  /** Members whose position is on record; complete when `listsComplete`. */
  positions: ReadonlyMap<string, Position>;
  listsComplete: boolean;
  /** For amendments: the vote whose text it tried to change. */
  target: string | null;
  /** For amendments: what it tried to change. */
  content: string | null;
  sources: string[];
  confidence: string;
}

export interface Knowledge extends KnowledgeV2 {
  /** Short content hash of the knowledge files: changes whenever any fact changes. */
  version: string;
  sources: ReadonlyMap<string, Source>;
  votes: Vote[];
  voteById: ReadonlyMap<string, Vote>;
  quotes: Quote[];
  facts: Fact[];
  timeline: TimelineEvent[];
  glossary: GlossaryEntry[];
  /** Explanation topics: cues, the cited sentence that leads each, and the ids it cites (topics.json). */
  topics: TopicEntry[];
  /** Groups of states (EU, NATO, BRICS, the UN regional groups…): members on the day of the votes (groups.json). */
  groups: GroupEntry[];
  disputed: Disputed;
  members: Country[];
  memberByName: ReadonlyMap<string, Country>;
  nonMembers: NonMember[];
  /** Council members in 2025, from the complete 2774 record. */
  councilMembers: string[];
  articles: Record<string, string>;
}

export const MAIN_VOTE_IDS = ['ga_es11_7', 'ga_es11_8', 'sc_2774'] as const;
