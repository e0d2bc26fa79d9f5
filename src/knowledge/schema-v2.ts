/**
 * Schemas of the second reference release: statements.json, texts.json and history.json under knowledge/.
 * Kept apart from schema.ts so the two grow without stepping on each other. The rules a schema cannot say
 * (lists against tallies, verbatim marks, sources) are in check-v2.ts.
 */
import { z } from 'zod';
import { TallySchema } from './schema.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const ids = z.array(z.string().min(1));

export const MeetingSchema = z.object({
  id: z.string().min(1),
  body: z.string().min(1),
  meeting: z.string().min(1),
  date: z.string().min(1),
  sources: ids,
});

/** A fragment a source puts in quotation marks as the speaker's words. `verbatim` must be true (check-v2). */
export const FragmentSchema = z.object({
  text: z.string().min(1),
  verbatim: z.boolean(),
  /** The language the words were said in, when not English ("Spanish"). */
  language: z.string().nullable(),
  /** "as quoted by Reuters": the press rendering, where the delegation's own text differs. */
  asQuotedBy: z.string().nullable(),
  kind: z.string(),
  sources: ids,
  verifiedBy: z.number().int().nonnegative(),
  note: z.string(),
});

export const StatementSchema = z.object({
  id: z.string().min(1),
  meeting: z.string().min(1),
  /** UN name of the member, an observer ("European Union (observer)") or the Secretariat; null when unknown. */
  country: z.string().nullable(),
  speaker: z.string().nullable(),
  role: z.string().min(1),
  timing: z.string().min(1),
  /** Our own words: shown labelled as a paraphrase, never in quotation marks. */
  paraphrase: z.object({ shownAs: z.string(), text: z.string().min(1) }),
  fragments: z.array(FragmentSchema),
  /** Knowledge vote ids the statement explains. */
  votesExplained: ids,
  sources: ids,
  confidence: z.string(),
  notes: z.string(),
  /**
   * Words attributed to the speaker that a check could not find in any archived source and dropped: never shown as
   * a quote; asked for, the answer says they could not be verified.
   */
  dropped: z.array(z.object({ text: z.string().min(1), note: z.string().min(1) })),
});

export const StatementsFileSchema = z.object({
  meetings: z.array(MeetingSchema),
  statements: z.array(StatementSchema),
});

export const ParagraphSchema = z.object({
  /** "heading", "PP1", "OP1". */
  n: z.string().min(1),
  text: z.string().min(1),
  verbatim: z.boolean(),
  sources: ids,
  verifiedBy: z.number().int().nonnegative(),
  /** Sources disagree on a word: the paragraph is never quoted as certain, and the dispute is named. */
  disputed: z.boolean(),
  variants: z.array(z.object({ text: z.string().min(1), sources: ids, note: z.string() })),
  note: z.string(),
});

/** A phrase quoted in the press: never a whole paragraph. */
export const PressFragmentSchema = z.object({
  where: z.string(),
  text: z.string().min(1),
  verbatim: z.boolean(),
  sources: ids,
  note: z.string(),
});

export const DocumentSchema = z.object({
  id: z.string().min(1),
  symbol: z.string().min(1),
  draft: z.string(),
  title: z.string().min(1),
  body: z.string().min(1),
  complete: z.boolean(),
  paragraphs: z.array(ParagraphSchema),
  fragments: z.array(PressFragmentSchema),
  missing: z.array(z.string()),
  notes: z.string(),
});

export const TextAmendmentSchema = z.object({
  id: z.string().min(1),
  symbol: z.string().nullable(),
  target: z.string().min(1),
  body: z.string().min(1),
  sponsor: z.string(),
  /** What it changed, as the sources describe it (a description, not the amendment's words). */
  change: z.string().min(1),
  /** The words quoted verbatim, or null when no source quotes them. */
  verbatimFound: z.string().nullable(),
  verifiedBy: z.number().int().nonnegative(),
  outcome: z.string().min(1),
  sources: ids,
  note: z.string(),
});

export const TextsFileSchema = z.object({
  documents: z.array(DocumentSchema),
  amendments: z.array(TextAmendmentSchema),
});

const optionalList = z.array(z.string()).optional();

export const HistoryVoteSchema = z.object({
  id: z.string().min(1),
  /** Null when no source confirms the document symbol (the 2026 vote). */
  symbol: z.string().nullable(),
  symbolNote: z.string().nullable(),
  draftSymbol: z.string().nullable(),
  date: isoDate,
  title: z.string().min(1),
  meeting: z.string(),
  /** "adopted" where the reference shows it (an A/RES symbol, or the timeline), else "not recorded". */
  outcome: z.string().min(1),
  tally: TallySchema,
  /** Only the lists a source names; a member in none has no known position. */
  lists: z.object({ yes: optionalList, no: optionalList, abstain: optionalList, absent: optionalList }),
  /** Per list: named in full (as long as its tally). */
  listComplete: z.object({ yes: z.boolean(), no: z.boolean(), abstain: z.boolean(), absent: z.boolean() }),
  complete: z.boolean(),
  /** Members no source places: never given a position. */
  unplaced: z.array(z.string()),
  sources: ids.min(1),
  verified: z.string(),
});

/** Members who moved between two complete records, keyed "yes->abstain". */
export const PositionChangesSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  moves: z.record(z.string(), z.array(z.string())),
});

export const HistoryFileSchema = z.object({
  votes: z.array(HistoryVoteSchema),
  changes: z.array(PositionChangesSchema),
});

export type Meeting = z.infer<typeof MeetingSchema>;
export type Fragment = z.infer<typeof FragmentSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type PressFragment = z.infer<typeof PressFragmentSchema>;
export type TextDocument = z.infer<typeof DocumentSchema>;
export type TextAmendment = z.infer<typeof TextAmendmentSchema>;
export type RawHistoryVote = z.infer<typeof HistoryVoteSchema>;
export type PositionChanges = z.infer<typeof PositionChangesSchema>;
