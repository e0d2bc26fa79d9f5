/**
 * When a question asks for one member across the votes ("how has Brazil voted over the years", "Kenya since
 * 2022", "Brazil's record as a chart"), shared by the record intent and the intents that step aside for it.
 */
import { membersAsked } from './history-lines.ts';
import type { Reading } from './intent.ts';

export const ACROSS =
  /\b(change|changed|shift|shifted|move|moved)\w* (?:from|between) (?:19|20)\d\d (?:to|and) (?:19|20)\d\d\b|\bover the years\b|\bover time\b|\bacross\b|\bsince (19|20)\d\d\b|\b(voting )?(history|record|track record)\b|\ball (the |its |their )?(ukraine )?(votes|resolutions)\b|\bevery (vote|resolution)\b|\bside by side\b|\bevolution\b|\bevolved\b|\beach year\b|\bover the (last|past) (few )?years\b/;
export const SINCE = /\bsince ((?:19|20)\d\d)\b/;

/** A vote named by its symbol: a picture of it is a map, not a member's record. */
const SYMBOL_NAMED = /\bes[- ]?11[/ -]?\d\b|\b68[/ ]262\b|\b2774\b/;

/** A member asked about across the votes. */
export const asksMemberRecord = (r: Reading): boolean => membersAsked(r).length > 0 && ACROSS.test(r.t);

/**
 * "Show Brazil's record over the years as a chart": the picture is the member's record chart, so the map
 * intents step aside, unless the question names a vote by its symbol ("map of ES-11/1 for Brazil").
 */
export const asksRecordPicture = (r: Reading): boolean => asksMemberRecord(r) && !SYMBOL_NAMED.test(r.t);
