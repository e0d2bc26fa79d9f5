/**
 * When a question asks for one member across the votes ("how has Brazil voted over the years", "Kenya since
 * 2022", "Brazil's record as a chart"), shared by the record intent and the intents that step aside for it.
 */
import type { Vote } from '../../knowledge/model.ts';
import { mainVotes } from '../describe.ts';
import { OTHER_BODIES } from '../lexicon.ts';
import { membersAsked } from './history-lines.ts';
import { historyVotesNamed } from './history-votes.ts';
import type { Reading } from './intent.ts';

export const ACROSS =
  /\b(change|changed|shift|shifted|move|moved)\w* (?:from|between) (?:19|20)\d\d (?:to|and) (?:19|20)\d\d\b|\bover the years\b|\bover time\b|\bacross\b|\bsince (19|20)\d\d\b|(?<!\b(?:on|off|for the) )\b(voting )?(history|record|track record)\b(?! (of|on) (what|who|the) (they|he|she|it)? ?(said|say))|\ball (the |its |their )?(ukraine )?(votes|resolutions)\b|\bevery (vote|resolution)\b|\bside by side\b|\bevolution\b|\bevolved\b|\beach year\b|\bover the (last|past) (few )?years\b/;
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

/** "Israel in 2014 vs 2022 vs 2025", "Syria on ES-11/1 and ES-11/7": the votes named, by symbol, subject or
 * year (the record's own reading of them), and the day's votes named or, for "2025", all three of them (a
 * follow-up's "was that different in 2022?" keeps the earlier question's vote). */
export function votesNamed(r: Reading): Vote[] {
  const out = new Map<string, Vote>();
  for (const v of historyVotesNamed(r.k, r.t)) out.set(v.id, v);
  // "The Human Rights Council vote": another body's name is no vote of the day.
  const day = OTHER_BODIES.test(r.t) ? [] : r.p.votes.ids;
  for (const id of day) {
    const v = r.k.voteById.get(id);
    if (v && v.kind === 'resolution') out.set(v.id, v);
  }
  if (day.length === 0 && /\b2025\b/.test(r.t.replace(/\b2774 \(?2025\)?/, '2774')))
    for (const v of mainVotes(r.k)) out.set(v.id, v);
  return [...out.values()].sort((a, b) => a.date.localeCompare(b.date) || a.symbol.localeCompare(b.symbol));
}

/** A member, and two or more votes of different days named: that member across those votes. */
export const acrossNamedVotes = (r: Reading): boolean =>
  membersAsked(r).length > 0 && references(r) >= 2 && new Set(votesNamed(r).map((v) => v.date)).size >= 2;

/** How many times or votes the question names ("2014 vs 2022", "ES-11/1 and ES-11/7", "that … in 2022"). */
function references(r: Reading): number {
  const t = r.t.replace(/\b2774 \(?2025\)?/, '2774');
  const years = new Set(t.match(/\b(?:2014|2022|2023|2025|2026)\b/g) ?? []);
  const symbols = new Set(t.match(/\bes[- ]?11[/ -]?\d\b|\b68[/ ]262\b|\b2774\b/g) ?? []);
  const day = OTHER_BODIES.test(r.t) || symbols.size > 0 ? 0 : Math.min(1, r.p.votes.ids.length);
  return years.size + symbols.size + day;
}
