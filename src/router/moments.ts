/**
 * The moments a question refers to ("the Oval Office meeting", "ES-11/1", "the fourth anniversary", "2 March
 * 2022", "yesterday", "the votes"), each with its date and what the fact base holds on that date, in the order
 * the question names them.
 */
import type { Knowledge, Vote } from '../knowledge/model.ts';
import { addYears, findDate, isoDay } from './dates.ts';
import { historyVotesNamed } from './intents/history-votes.ts';
import { relativeRange } from './relative-time.ts';
import { retrievalIndex } from './retrieve.ts';
import type { Parsed } from './understand.ts';

export interface Moment {
  date: string;
  /** How it was named: a date or time ("2 March 2022", "in 2026", "yesterday"), a vote, or an event's words. */
  by: 'date' | 'vote' | 'event';
  /** Where in the question it is named, so "between A and B" keeps its order. */
  at: number;
  /** The timeline events of that date that the question points to (all of them for a date named as such). */
  events: string[];
}

/** Votes on record with a date: the day's and, where the fact base holds them, the earlier and later ones. */
export function datedVotes(k: Knowledge): Vote[] {
  return [...k.votes.filter((v) => v.kind === 'resolution'), ...k.history];
}

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
};
const ANNIVERSARY = /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th) anniversary\b/;
/** The day the full-scale invasion began, from the timeline (its first event). */
const invasionDay = (k: Knowledge) => k.timeline.find((e) => /invasion/i.test(e.statement))?.date ?? null;
const SYMBOLS =
  /\b(?:a\/res\/)?es[- ]?11[/ -]?(\d)\b|\b(68\/262|78\/316)\b|\bresolution (\d{4})\b|(?<!\/)\b(2[1-9]\d\d)\b(?!\/)/g;
/** Words for the day's votes themselves. */
const THE_VOTES =
  /(?<!\b(?:a|an|any|another|no|what|which) )\b(the|these|those|that|this|they|ukraine|ukrainian|anniversary|un|ga|unga|unsc|sc|assembly|council) (votes?|voted|vote was|resolutions?)\b|\bthey voted\b|\bthe votes?\b|\bthe (?:feb|february|anniversary|ukraine|un) votes\b/;
/** Words every event shares: left out when events are found by their words. */
const GENERIC =
  /\b(adopt\w*|ga|votes?|voted|vot\w+|anniversary|resolutions?|assembly|council|security|general|un|days?|long|after|before|between|since|ago|soon|many|how|happened|today|now)\b/g;
/** "the 2023 anniversary resolution", "the 2025 ones": a year whose one Assembly vote day the record holds. */
const YEAR_VOTES = /\b(19[4-9]\d|20\d\d)\b/g;
const WAR = /\b(war|invasion|full scale invasion|invaded|invade)\b/;

const eventsOn = (k: Knowledge, date: string) => k.timeline.filter((e) => e.date === date).map((e) => e.id);

function add(out: Moment[], m: Moment): void {
  if (!out.some((x) => x.date === m.date && x.events.join() === m.events.join())) out.push(m);
}

/** Every moment the question names. `now` sets "yesterday" and dates typed without a year. */
export function findMoments(k: Knowledge, p: Parsed, now: Date): Moment[] {
  const t = p.q.text;
  const out: Moment[] = [];
  const today = isoDay(now);
  const date = findDate(t, now.getUTCFullYear());
  if (date) add(out, { date, by: 'date', at: t.search(/\d/), events: eventsOn(k, date) });
  // "Yesterday", "two years ago today": one day named from today.
  const relative = relativeRange(t, today);
  if (relative && relative.from === relative.to && !/^today$/i.test(relative.phrase))
    add(out, { date: relative.from, by: 'date', at: relative.index, events: eventsOn(k, relative.from) });
  const anniversary = ANNIVERSARY.exec(t);
  const start = invasionDay(k);
  if (anniversary?.[1] && start) {
    const d = addYears(start, ORDINALS[anniversary[1]] ?? 0);
    add(out, { date: d, by: 'date', at: anniversary.index, events: eventsOn(k, d) });
  }
  const symbols = [...t.matchAll(SYMBOLS)];
  for (const m of symbols) {
    // "ES-11/1", "68/262", "resolution 2623": a vote on record by its symbol, or the event that names the number.
    // A Council resolution by its number alone ("how long after 2623 did 2774 come"), not a year (2000-2099 less
    // those above 2100 are not typed as years here).
    const wanted = m[1] ? `ES-11/${m[1]}` : (m[2] ?? m[3] ?? m[4] ?? '');
    const v = datedVotes(k).find((x) => x.symbol.endsWith(wanted) || x.symbol.startsWith(`S/RES/${wanted} `));
    const e = k.timeline.find((x) => new RegExp(`\\b${wanted.replace('/', '\\/')}\\b`).test(x.statement));
    // 2774 by its number alone is a vote of the day, which the day's votes below give with its tally.
    if (m[4] && v && k.voteById.has(v.id)) continue;
    const d = v?.date ?? e?.date;
    if (d) add(out, { date: d, by: 'vote', at: m.index ?? 0, events: e ? [e.id] : eventsOn(k, d) });
  }
  const symbol = symbols[0] ?? null;
  // Earlier and later votes as the record names them, by subject too ("when the GA suspended Russia from the HRC").
  // Votes named by their year alone ("the 2022 council veto": every Assembly vote of 2022) give way below to an
  // event of that year named by its words.
  const named = new Set(historyVotesNamed(k, t.replace(YEAR_VOTES, ' ')).map((v) => v.id));
  const byYearOnly: Moment[] = [];
  for (const v of historyVotesNamed(k, t)) {
    const m: Moment = { date: v.date, by: 'vote', at: 0, events: eventsOn(k, v.date).slice(0, 1) };
    add(out, m);
    if (!named.has(v.id)) byYearOnly.push(m);
  }
  // The day's votes as named ("the Council resolution"), unless a year puts them in another time.
  const years = [...t.matchAll(YEAR_VOTES)].map((m) => m[0]);
  for (const id of p.votes.ids) {
    const v = k.voteById.get(id);
    // "Between the 2022 veto and 2774": a vote named by its number is meant whatever year is named with it.
    const number = v ? /\b\d{4}(?= \()|es-11\/\d\b/i.exec(v.symbol)?.[0]?.toLowerCase() : undefined;
    const byNumber = number !== undefined && t.includes(number);
    if (v && (byNumber || years.every((y) => v.date.startsWith(y))) && !out.some((m) => m.date === v.date))
      add(out, {
        date: v.date,
        by: 'vote',
        at: byNumber ? t.indexOf(number) : Math.max(0, t.search(THE_VOTES)),
        events: [],
      });
  }
  for (const m of t.matchAll(YEAR_VOTES)) {
    if (date?.startsWith(m[0])) continue;
    // A year alone: the Assembly's votes that year (the Council's are not in the record).
    if (p.votes.body === 'SC') continue;
    const days = new Set(
      datedVotes(k)
        .filter((v) => v.body === 'GA' && v.date.startsWith(m[0]))
        .map((v) => v.date),
    );
    for (const e of k.timeline)
      if (
        e.date.startsWith(m[0]) &&
        /\bresolution\b|\badopted\b/.test(e.statement) &&
        /Assembly/.test(e.statement)
      )
        days.add(e.date);
    const [only] = days;
    if (days.size === 1 && only)
      add(out, { date: only, by: 'date', at: m.index, events: eventsOn(k, only).slice(0, 1) });
  }
  const war = WAR.exec(t);
  // "The fourth anniversary of the invasion" is one date, not two.
  if (war && start && !anniversary)
    add(out, { date: start, by: 'event', at: war.index, events: eventsOn(k, start).slice(0, 1) });
  // Events found by their words ("the Oval Office meeting", "Starmer"), when they are clearly named.
  // A year named with them ("the feb 2022 council veto") is a strong sign: events of other years are not meant,
  // and fewer shared words are enough.
  const all = retrievalIndex(k).search(t.replace(GENERIC, ' '), { only: 'event', limit: 6 });
  const inYears = years.length > 0 ? all.filter((h) => years.some((y) => h.item.date?.startsWith(y))) : [];
  const hits = (inYears.length > 0 ? inYears : all).slice(0, 3);
  const floor = inYears.length > 0 ? 2.5 : 4.5;
  const best = hits[0]?.score ?? 0;
  const eventAt = new Set<number>();
  for (const hit of hits) {
    const at = firstWordAt(t, hit.item.text);
    // One phrase names one event: the best found for the words where it stands ("the 2022 council veto").
    if (hit.score >= floor && hit.score >= 0.7 * best && hit.item.date && !eventAt.has(at)) {
      eventAt.add(at);
      add(out, { date: hit.item.date, by: 'event', at, events: [hit.item.id] });
    }
  }
  const eventYears = new Set(out.filter((m) => m.by === 'event').map((m) => m.date.slice(0, 4)));
  for (const m of byYearOnly) {
    const i = out.indexOf(m);
    if (i >= 0 && eventYears.has(m.date.slice(0, 4))) out.splice(i, 1);
  }
  // "the votes", "they voted": the day's votes, unless the words name another vote ("the GA vote on ES-11/1").
  const votes = THE_VOTES.exec(t);
  const day = k.votes.find((v) => v.id === 'ga_es11_7')?.date;
  const namesOther = symbol && votes && symbol.index - votes.index < 20 && symbol.index > votes.index;
  // "What Ukraine vote happened on this date in 2022?": the vote of a date named is the one meant.
  // (A date typed without its year, "feb 24", is the day's.)
  const votedOnDate =
    years.length > 0 && out.some((m) => m.by === 'date' && datedVotes(k).some((v) => v.date === m.date));
  if (votes && day && !namesOther && !votedOnDate && !out.some((m) => m.date === day))
    add(out, { date: day, by: 'vote', at: votes.index, events: [] });
  return out.sort((a, b) => a.at - b.at);
}

/** Where the first word the question shares with an event's text stands in the question. */
function firstWordAt(text: string, eventText: string): number {
  const words = new Set(
    eventText
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 3),
  );
  let pos = 0;
  for (const w of text.split(' ')) {
    if (words.has(w)) return pos;
    pos += w.length + 1;
  }
  return text.length;
}
