/** The Knowledge fields of the second reference release: statements, texts and the history of Assembly votes. */
import type { Vote } from './model.ts';
import type { Position } from './schema.ts';
import type { Meeting, PositionChanges, Statement, TextAmendment, TextDocument } from './schema-v2.ts';

/**
 * An earlier or later Assembly vote on Ukraine. `positions` holds only the members a source names; a member not
 * in it has no known position unless `listsComplete`. `symbol` is the document symbol, or the id when no source
 * confirms one (`symbolConfirmed` false).
 */
export interface HistoryVote extends Vote {
  /** Per position: the list is named in full. */
  listComplete: Record<Position, boolean>;
  symbolConfirmed: boolean;
  symbolNote: string | null;
  /** Members no source places (ES-11/6): never given a position. */
  unplaced: string[];
  year: number;
}

export interface KnowledgeV2 {
  meetings: ReadonlyMap<string, Meeting>;
  statements: Statement[];
  texts: TextDocument[];
  textById: ReadonlyMap<string, TextDocument>;
  textAmendments: TextAmendment[];
  /** Sorted by date, oldest first. */
  history: HistoryVote[];
  /** By id, by symbol ("A/RES/ES-11/1") and by date ("2022-03-02"). */
  historyByKey: ReadonlyMap<string, HistoryVote>;
  /** The votes of a year, oldest first (2022 holds five). */
  historyByYear: ReadonlyMap<number, HistoryVote[]>;
  /** Moves between complete records, as the reference computed them. */
  historyChanges: PositionChanges[];
}
