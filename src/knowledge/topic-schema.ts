/** Explanation topics (knowledge/topics.json): the cues that find a topic and the cited sentence that leads it. */
import { z } from 'zod';

/** A regular expression written as its source text; it must compile. */
export const regexSource = z.string().refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

const ids = z.array(z.string().min(1)).optional();

/** The conditions a topic may name for an alternative summary; each is evaluated in code (topic-logic.ts). */
export const TOPIC_CONDITIONS = ['council_only'] as const;

export const TopicEntrySchema = z.object({
  id: z.string().min(1),
  /** The answer's intent ("explain_casualties"). */
  intent: z.string().min(1),
  /** Each cue that matches adds one to the topic's score. */
  cues: z.array(regexSource).min(1),
  /** The topic's own subject: when it matches, the topic outweighs a country or speaker the question names. */
  strong: regexSource.optional(),
  /** A cue that must match for the topic to count at all. */
  requires: regexSource.optional(),
  /**
   * The sentence that leads the answer. `{title:VOTE_ID}` is replaced with that vote's title. Every number in
   * it must appear in an item it cites (knowledge:check).
   */
  summary: z.string().min(1),
  alternatives: z.array(z.object({ when: z.enum(TOPIC_CONDITIONS), summary: z.string().min(1) })).optional(),
  /** A closing note (what the sources do not hold). */
  note: z.string().min(1).optional(),
  cites: z.object({ facts: ids, glossary: ids, quotes: ids, events: ids, votes: ids }),
  /** Further source ids cited as they are. */
  sources: z.array(z.string().min(1)).optional(),
});

export const TopicsSchema = z.array(TopicEntrySchema);
export type TopicEntry = z.infer<typeof TopicEntrySchema>;
