import { z } from 'zod';
import { regexSource } from './topic-schema.ts';

export const POSITIONS = ['yes', 'no', 'abstain', 'absent'] as const;
export const PositionSchema = z.enum(POSITIONS);
export type Position = z.infer<typeof PositionSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const sourceIds = z.array(z.string().min(1)).min(1);
const ids = z.array(z.string().min(1)).optional();

export const SourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url().nullable(),
  date: z.string().nullable().optional(),
});

const count = z.number().int().nonnegative();
export const TallySchema = z.object({
  yes: count.nullable(),
  no: count.nullable(),
  abstain: count.nullable(),
  absent: count.nullable(),
});

const ListsSchema = z.object({
  yes: z.array(z.string()),
  no: z.array(z.string()),
  abstain: z.array(z.string()),
  absent: z.array(z.string()),
});

export const VoteSchema = z.object({
  id: z.string().min(1),
  body: z.string().min(1),
  date: isoDate,
  meeting: z.string(),
  draft_symbol: z.string().nullable(),
  adopted_symbol: z.string().nullable(),
  title: z.string().min(1),
  sponsor: z.string(),
  outcome: z.string().min(1),
  tally: TallySchema,
  lists: ListsSchema,
  sources: sourceIds,
  confidence: z.string(),
});

export const AmendmentSchema = z.object({
  id: z.string().min(1),
  target: z.string().min(1),
  body: z.enum(['General Assembly', 'Security Council']),
  date: isoDate,
  symbol: z.string(),
  sponsor: z.string(),
  content: z.string().min(1),
  outcome: z.string().min(1),
  tally: TallySchema.nullable(),
  lists: ListsSchema.nullable(),
  sources: sourceIds,
  confidence: z.string(),
});

export const QuoteSchema = z.object({
  id: z.string().min(1),
  speaker: z.string().min(1),
  role: z.string().min(1),
  country: z.string().min(1),
  body: z.string().min(1),
  date: isoDate,
  text: z.string().min(1),
  source: z.string().min(1),
  note: z.string(),
  extra_sources: z.array(z.string()).optional(),
});

export const FactSchema = z.object({
  id: z.string().min(1),
  statement: z.string().min(1),
  sources: sourceIds,
});

export const EventSchema = z.object({
  id: z.string().min(1),
  date: isoDate,
  statement: z.string().min(1),
  sources: sourceIds,
  confidence: z.string(),
});

export const DisputedSchema = z.object({
  positions: z.array(
    z.object({
      vote: z.string(),
      country: z.string(),
      record: PositionSchema,
      other: z.string(),
      sources: sourceIds,
    }),
  ),
  gaEuropeanAmendmentTalliesUnmapped: z.object({
    tallies: z.array(z.string()),
    source: z.string(),
    note: z.string(),
  }),
});

export const CountrySchema = z.object({
  name: z.string().min(1),
  iso2: z.string().length(2),
  iso3: z.string().length(3),
  m49: z.string(),
  region: z.string(),
  subregion: z.string(),
  unRegionalGroup: z.string().nullable(),
  aliases: z.array(z.string()),
  otherLanguages: z.array(z.string()),
  demonyms: z.array(z.string()),
  /** Capitals as world-countries lists them: "what did Ankara vote" names the member by its capital. */
  capitals: z.array(z.string()).default([]),
});

export const NonMemberSchema = z.object({
  name: z.string().min(1),
  status: z.string().min(1),
  aliases: z.array(z.string()),
});

export const CountriesSchema = z.object({
  members: z.array(CountrySchema).length(193),
  nonMembers: z.array(NonMemberSchema),
});

export const GlossarySchema = z.array(
  z.object({
    id: z.string(),
    terms: z.array(z.string()).min(1),
    /** The definition in one plain sentence: entries with one answer "what does X mean?". */
    plain: z.string().min(1).optional(),
    /** Phrasings that ask for this definition without naming a term ("what does a resolution need to pass"). */
    cues: z.array(regexSource).optional(),
    text: z.string().min(1),
    sources: sourceIds,
    /** The cited detail given after the definition. */
    see: z.object({ facts: ids, events: ids, glossary: ids }).optional(),
  }),
);

export const ChecksumsSchema = z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/));

export type Source = z.infer<typeof SourceSchema>;
export type Tally = z.infer<typeof TallySchema>;
export type RawVote = z.infer<typeof VoteSchema>;
export type RawAmendment = z.infer<typeof AmendmentSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type Disputed = z.infer<typeof DisputedSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type NonMember = z.infer<typeof NonMemberSchema>;
export type GlossaryEntry = z.infer<typeof GlossarySchema>[number];
