/**
 * Readings that several intents share, worked out once per question (memoised on the Reading): the
 * explanation topic found, the other time or vote a question names, and how a quote request is phrased.
 */

import type { Topic } from '../answers/compose.ts';
import { findTopic } from '../answers/explain.ts';
import { AMENDMENT_SAYS, CLAIM_SAYS, OTHER_TIME, ROLE, WHO_SAID } from '../cues.ts';
import { QUOTE_CUE, VOTE_CUE } from '../lexicon.ts';
import { otherYear } from '../readings.ts';
import type { Reading } from './intent.ts';

export interface Facets {
  /** The best explanation topic, and whether its own subject is named ("civilians killed"). */
  found: { topic: Topic; score: number } | null;
  strong: boolean;
  /** The topic to answer with, unless a plain question about a country's vote outweighs its one loose cue. */
  topic: Topic | null;
  /** "in 2019", "last year", "in September": a time other than the day, as said. */
  otherWhen: string | null;
  /** Asks for someone's words (not "say that Ukraine voted yes", not what a text says). */
  quoteCue: boolean;
  /** The amendments are what is asked about. */
  amendments: boolean;
}

const memo = new WeakMap<Reading, Facets>();

/** "Say that Ukraine voted yes", "the article says Ukraine supported it": claims about a vote, not quote requests. */
const SAY_WORD =
  /\b(say|says|said|claim|claims|claimed|confirm|admit|pretend|state|report|reports|reported)\b/;
// "What the Guyanese ambassador said after the vote": "the vote" names a moment, not what was said of a vote.
const VOTE_WORD =
  /(?<!\b(?:the|this|that|each|every|council|assembly|ga|sc) )\b(vot(e|ed|es)|support(ed|s)?|back(ed|s)?|oppos(e|ed|es)|abstain(ed|s)?)\b/;
/** A say-word and a vote-word in either order: "say Ukraine voted yes", "Ukraine voted yes, the article says so". */
const TOLD_WHAT_TO_SAY = { test: (t: string) => SAY_WORD.test(t) && VOTE_WORD.test(t) };

function otherWhenOf(t: string): string | null {
  const year = otherYear(t);
  if (year) return `in ${year}`;
  // "The March 2025 resolution": in March 2025.
  const month = /\b([a-z]+) (2025)\b/.exec(OTHER_TIME.exec(t)?.[0] ?? '');
  if (month) return `in ${month[1]!.charAt(0).toUpperCase()}${month[1]!.slice(1)} ${month[2]}`;
  return (
    OTHER_TIME.exec(t)?.[0].replace(
      / ([a-z])(\w+ber|uary|ril|ne|ly|gust)$/,
      (_, c: string, r: string) => ` ${c.toUpperCase()}${r}`,
    ) ?? null
  );
}

export function facets(r: Reading): Facets {
  const known = memo.get(r);
  if (known) return known;
  const { p, t } = r;
  const found = findTopic({ text: t, countries: p.countries, voteIds: p.votes.ids }, r.k);
  const strong = found?.topic.strong?.test(t) === true;
  // A single loose cue ("compare", "when") does not outweigh a plain question about a country's vote.
  const weak =
    found &&
    !strong &&
    found.score < 2 &&
    !found.topic.requires &&
    p.countries.length > 0 &&
    VOTE_CUE.test(t);
  const toldWhatToSay = TOLD_WHAT_TO_SAY.test(t) && !/\bwhat did\b/.test(t) && !WHO_SAID.test(t);
  // "What did the European amendments say?": the words of a text, not of a speaker.
  const textSays = p.votes.amendment && AMENDMENT_SAYS.test(t) && !ROLE.test(t) && !WHO_SAID.test(t);
  const f: Facets = {
    found,
    strong,
    topic: found && !weak ? found.topic : null,
    otherWhen: otherWhenOf(t),
    quoteCue: QUOTE_CUE.test(t.replace(CLAIM_SAYS, ' ')) && !toldWhatToSay && !textSays,
    amendments: p.votes.amendment || (p.votes.amendmentTopics.length > 0 && /\bamend/.test(t)),
  };
  memo.set(r, f);
  return f;
}
