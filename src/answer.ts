import type { Position } from './knowledge/schema.ts';

/** A source as shown to readers. `url` is null for the two seed articles, which have no public address. */
export interface Citation {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
}

export interface StatedPosition {
  vote: string;
  country: string;
  position: Position;
}

export interface StatedTally {
  vote: string;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  absent: number | null;
}

export interface StatedQuote {
  id: string;
  speaker: string;
  role: string;
  text: string;
  source: string;
  forum: string;
}

/** Small, platform-neutral content blocks. All text is plain: renderers escape it for their platform. */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'bullets'; items: string[] }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'quote'; text: string; speaker: string; role: string; forum: string; sourceId: string }
  | { type: 'countries'; label: string; countries: string[] }
  | { type: 'note'; text: string }
  /**
   * A person on the chat platform, after a label ("Set up by" + U42). Renderers show the platform's mention
   * (`<@id>`) where it pings nobody, and the plain id elsewhere.
   */
  | { type: 'user'; label: string; userId: string };

export interface AnswerImage {
  /** The vote pictured (its symbol), or what a picture of several shows ("<member>: votes on Ukraine"). */
  vote: string;
  path: string;
  alt: string;
}

interface AnswerBase {
  /** Router intent ("country_vote", "tally", "help", "out_of_scope", ...). */
  intent: string;
  /** 0..1: how sure the router is that it understood the question. */
  confidence: number;
  /** One line that stands alone (notification text, embed title). */
  summary: string;
  blocks: Block[];
  citations: Citation[];
  positions: StatedPosition[];
  tallies: StatedTally[];
  quotes: StatedQuote[];
  /** Questions the reader could ask next. */
  suggestions: string[];
  images?: AnswerImage[];
  /** The language the answer is written in, when not English (BCP 47, "fr"); renderers label headings in it. */
  lang?: string;
}

/**
 * What the core says. `answer`: facts found; `clarify`: several readings, each offered;
 * `no_answer`: out of scope or unknown, nothing factual stated; `error`: something broke, said politely.
 */
export type Answer =
  | (AnswerBase & { kind: 'answer' })
  | (AnswerBase & { kind: 'clarify' })
  | (AnswerBase & { kind: 'no_answer' })
  | (AnswerBase & { kind: 'error'; code: string });

export type AnswerKind = Answer['kind'];

export function emptyAnswer(
  kind: 'answer' | 'clarify' | 'no_answer',
  intent: string,
  summary: string,
): Answer {
  return {
    kind,
    intent,
    confidence: 1,
    summary,
    blocks: [],
    citations: [],
    positions: [],
    tallies: [],
    quotes: [],
    suggestions: [],
  };
}

export const POSITION_LABEL: Record<Position, string> = {
  yes: 'in favour',
  no: 'against',
  abstain: 'abstained',
  absent: 'did not vote',
};
