/**
 * Times named relative to today ("yesterday", "last week", "two weeks ago", "last year"), read on the router's
 * clock. When such a time holds exactly one day with a vote on record, the question is read as naming that day
 * ("how did the US vote yesterday?" asked on 25 February 2025 is asked about 24 February 2025); otherwise the
 * words are left as they are, and the intents say what is and is not held.
 */
import type { Knowledge } from '../knowledge/model.ts';
import { addDays, addMonths, addYears, isoDay, longDate } from './dates.ts';
import { NUMBER_WORDS } from './lexicon.ts';
import { datedVotes } from './moments.ts';

/** A question about a vote ("end the war this year" in a text is no time of a vote). */
const VOTE_WORDS = /\b(vot\w*|ballot|un|unga|unsc|ga|sc|assembly|council|happen\w*|draft|resolution)\b/i;
const COUNT: Record<string, number> = { a: 1, an: 1, ...NUMBER_WORDS };
const COUNTED = Object.keys(COUNT).join('|');
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Days either side of "N weeks / months / years ago": people round. */
const SLACK: Record<string, number> = { day: 0, week: 3, month: 10, year: 15 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

export interface Range {
  /** The words as typed. */
  phrase: string;
  from: string;
  to: string;
}

const year = (iso: string) => Number(iso.slice(0, 4));
const monthStart = (iso: string, back: number): string => {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - back);
  return isoDay(d);
};

const RULES: { re: RegExp; range: (m: RegExpExecArray, today: string) => [string, string] }[] = [
  { re: /\bthe day before yesterday\b/i, range: (_, t) => [addDays(t, -2), addDays(t, -2)] },
  // "On this date in 2022", "this day back in 2014": today's day and month in the year named.
  {
    re: /\b(?:on )?(?:this|today s|todays|the same) (?:date|day) (?:in|of|back in) ((?:19|20)\d\d)\b/i,
    range: (m, t) => {
      const day = addYears(t, Number(m[1]) - year(t));
      return [day, day];
    },
  },
  { re: /\byesterday\b/i, range: (_, t) => [addDays(t, -1), addDays(t, -1)] },
  // "How did the UK vote on Monday?": the last Monday before today (not "Monday 24 February", a date).
  {
    re: /\b(?:on |last |this past )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!,? (?:\d|the \d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i,
    range: (m, t) => {
      const wanted = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const today = new Date(`${t}T00:00:00Z`).getUTCDay();
      const back = (today - wanted + 7) % 7 || 7;
      return [addDays(t, -back), addDays(t, -back)];
    },
  },
  {
    re: new RegExp(
      String.raw`(?<!\bago )\btoday\b(?! (?:\d{1,2}|${COUNTED}) (?:day|week|month|year)s? ago)`,
      'i',
    ),
    range: (_, t) => [t, t],
  },
  { re: /\b(?:this|the) past week\b|\bthis week\b/i, range: (_, t) => [addDays(t, -7), t] },
  { re: /\blast week\b/i, range: (_, t) => [addDays(t, -13), addDays(t, -1)] },
  { re: /\bthis month\b/i, range: (_, t) => [monthStart(t, 0), t] },
  { re: /\blast month\b/i, range: (_, t) => [monthStart(t, 1), addDays(t, -1)] },
  { re: /\bthis year\b/i, range: (_, t) => [`${year(t)}-01-01`, t] },
  { re: /\blast year\b/i, range: (_, t) => [`${year(t) - 1}-01-01`, `${year(t) - 1}-12-31`] },
  {
    re: new RegExp(
      String.raw`\b(?:today )?(\d{1,2}|${COUNTED}) (day|week|month|year)s? ago(?: today)?\b`,
      'i',
    ),
    range: (m, t) => {
      const n = COUNT[m[1]!.toLowerCase()] ?? Number(m[1]);
      const unit = m[2]!.toLowerCase();
      // Years and months on the calendar ("3 years ago today" is the same day and month, "a month ago today" the
      // same day of the month), other units in days.
      const centre =
        unit === 'year'
          ? addYears(t, -n)
          : unit === 'month'
            ? addMonths(t, -n)
            : addDays(t, -n * (UNIT_DAYS[unit] ?? 1));
      // "Two years ago today": that very day.
      const slack = /today$|^today/i.test(m[0]) ? 0 : (SLACK[unit] ?? 0);
      return [addDays(centre, -slack), addDays(centre, slack)];
    },
  },
];

/** Every time named relative to `today` in the text, as ranges of days, in the order of the rules. */
export function relativeRanges(text: string, today: string): (Range & { index: number })[] {
  const out: (Range & { index: number })[] = [];
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    // "last week" is not also "this week" where the words overlap ("the day before yesterday", "yesterday").
    if (m && !out.some((o) => m.index < o.index + o.phrase.length && o.index < m.index + m[0].length)) {
      const [from, to] = rule.range(m, today);
      out.push({ phrase: m[0], from, to, index: m.index });
    }
  }
  return out;
}

/** The first time named relative to `today` in the text, as a range of days. */
export const relativeRange = (text: string, today: string): (Range & { index: number }) | null =>
  relativeRanges(text, today)[0] ?? null;

/** The days with a vote on record (the day's and the earlier and later ones the record holds). */
const voteDays = (k: Knowledge): string[] => [...new Set(datedVotes(k).map((v) => v.date))].sort();

/**
 * The text with a relative time replaced by the one vote day it holds ("yesterday" -> "on 24 February 2025"),
 * or unchanged when it names none or several.
 */
export function resolveRelativeTime(k: Knowledge, text: string, now: Date): string {
  // Only a question about votes, and not "this week last year" (the timeline's own phrase).
  if (!VOTE_WORDS.test(text) || /\bthis week last year\b/i.test(text)) return text;
  // "This week or last week?": of the times named, the one that holds a vote day.
  for (const range of relativeRanges(text, isoDay(now))) {
    const day = dayIn(k, range, HAPPENED.test(text));
    if (!day) continue;
    const before = text.slice(0, range.index).replace(/\b(on|in|during|from|since)\s*$/i, '');
    return `${before}on ${longDate(day)}${text.slice(range.index + range.phrase.length)}`;
  }
  return text;
}

/** "What happened …", "the GA voted on …": the timeline's dated events count as days too. */
const HAPPENED = /\b(happen\w*|going on|events?|voted|vetoed|adopted)\b/i;

/** The one day of the range with a vote on record (or an event, when asked what happened), nearest its middle. */
function dayIn(k: Knowledge, range: Range, events: boolean): string | null {
  const votes = voteDays(k).filter((d) => d >= range.from && d <= range.to);
  if (votes.length === 1) return votes[0]!;
  // A day asked by name ("a year ago today"): that day, if anything is on record for it.
  if (range.from === range.to) return k.timeline.some((e) => e.date === range.from) ? range.from : null;
  if (!events) return null;
  const middle = (Date.parse(range.from) + Date.parse(range.to)) / 2;
  const days = [...new Set([...votes, ...k.timeline.map((e) => e.date)])]
    .filter((d) => d >= range.from && d <= range.to)
    .sort((a, b) => Math.abs(Date.parse(a) - middle) - Math.abs(Date.parse(b) - middle));
  if (days.length === 0) return null;
  // Two days equally near the middle: no one day is meant.
  const [x, y] = days;
  return y && Math.abs(Date.parse(x!) - middle) === Math.abs(Date.parse(y) - middle) ? null : x!;
}
