/**
 * Questions about time: "how long ago was this", "how many days between ES-11/1 and ES-11/7", "what happened on
 * 2 March 2022", "anything on this day?", "a year later?", "show me the timeline". Days are counted on the
 * router's clock; what happened comes from the timeline and the votes on record, each cited.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import { cite, primarySources } from '../cite.ts';
import { WHO_ASKS } from '../cues.ts';
import { addDays, addYears, describeSpan, isoDay, longDate } from '../dates.ts';
import { outcomeSentence, statedTally, voteName } from '../describe.ts';
import { OTHER_BODIES } from '../lexicon.ts';
import { datedVotes, findMoments, type Moment } from '../moments.ts';
import { asksOtherVote } from '../readings.ts';
import { facets } from './facets.ts';
import { heldInRecord } from './held.ts';
import { capital } from './history-lines.ts';
import { historyVotesNamed } from './history-votes.ts';
import type { Intent, Reading } from './intent.ts';
import { tallyMathIntent } from './tally-math.ts';
import { ORDINAL } from './text-blocks.ts';

const SPAN =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|how many) (?:months?|weeks?|years?) (?:since|after|ago)\b|\b(?:time|gap|interval|days?) between\b|\bhow (long|soon|many (days|weeks|months|years))\b|\bdays? (between|from|after|before|since|ago)\b|\bhow old\b|\bago\b|\bdays between\b|\bhow long had\b|\bhow much time\b|\btime (passed|elapsed|went by)\b|\bhow far apart\b/;
const SINCE =
  /\b(ago|since|how old|so far|until now|till now|to date|now|today|till|until|to go|away|left)\b/;
const ORDER = /\bbefore or after\b|\bafter or before\b|\bwhich came first\b/;
const ON =
  /\bwhat (happened|happening|was going on|was happening|is happening|is going on|going on|did the (un|ga|general assembly|assembly|security council|council) do)\b|\banything (happen|at the un|on)\b|\bon this day\b|\b(a|one|two) years? (later|after|on)\b|\bthis week last year\b|\bun vote\??$/;
const TIMELINE = /\btimeline\b|\bchronolog\w*|\bsequence of events\b|\bwhat happened (when|in order)\b/;
const ON_THIS_DAY =
  /\bon this (day|date)\b|\btoday in history\b|\bthis (day|date) in\b|\banniversar\w* (?:is |of )?today\b|\btoday'?s? anniversar\w*|\banniversar\w* today\b|\bwhich anniversary is (?:it|this)\b|\btoday (?:an? |the )?(?:\w+ )?anniversar\w*/;
/** "The most recent GA vote on Ukraine you know of": the last vote on record. */
const LATEST = /\b(?:most recent|latest|newest|last) (?:\w+ ){0,3}(?:vote|votes|resolution|resolutions)\b/;
const YEAR_LATER = /\b(a|one|two) years? (later|after|on)\b|\bthis week last year\b/;

type Mode = 'span' | 'order' | 'on' | 'timeline';
const VOTED = /\bvot\w*|\babst\w*|\bagainst\b|\bfavou?r\b/;

/** Any of the cues above, or a date: without one, no question is about time. */
const TIME_WORDS = new RegExp(
  [
    SPAN,
    ORDER,
    ON,
    TIMELINE,
    ON_THIS_DAY,
    YEAR_LATER,
    LATEST,
    /\d|\byesterday\b|\banniversary\b|\bwhen (?:was|were|did|is)\b|\bwhat year\b|\bdate of\b/,
  ]
    .map((re) => re.source)
    .join('|'),
);

function modeOf(r: Reading, moments: Moment[]): Mode | null {
  const { p, t } = r;
  // "The Sudan resolution in 2024", "the UNESCO vote": another vote, whatever its date.
  // (The Human Rights Council suspension is the Assembly's ES-11/3: a vote the record holds is no other vote.)
  if ((asksOtherVote(p) || OTHER_BODIES.test(t)) && historyVotesNamed(r.k, t).length === 0) return null;
  // "This day in history, UN and Ukraine edition": Ukraine is the subject, not a voter asked about.
  if (ON_THIS_DAY.test(t) && !VOTED.test(t)) return 'on';
  // "Canada vs USA across both GA votes — how far apart were they": members compared, not dates.
  if (p.countries.length >= 2 && /\bapart\b|\bdiffer\w*/.test(t)) return null;
  if (TIMELINE.test(t)) return 'timeline';
  if (LATEST.test(t) && p.countries.length === 0 && !p.group) return 'on';
  if (ORDER.test(t) && moments.length >= 1) return 'order';
  if (SPAN.test(t) && moments.length >= 1) return 'span';
  // "When did Russia invade Ukraine?": the two named as the war's sides, not as voters.
  const sides = p.countries.every((c) => c === 'Russian Federation' || c === 'Ukraine');
  const invasion = /\binva(?:de|ded|sion)\b/.test(t) && sides && !VOTED.test(t);
  // A member's or a speaker's part on a date is theirs to answer ("how did Israel vote on 24 Feb?"), and an
  // observer's ("how did the Holy See vote on 24 Feb?": it has no vote).
  if (
    (p.countries.length > 0 && !invasion) ||
    p.nonMembers.length > 0 ||
    p.people.speakers.length > 0 ||
    p.people.unquoted ||
    p.group
  )
    return null;
  const dated = moments.some((m) => m.by === 'date');
  // "What happened at the UN on 24 February 2025?": the day itself has its own overview.
  const day = r.k.voteById.get('ga_es11_7')?.date;
  // "When was ES-11/6 voted?": the day of a vote or event of another time (the day's own timing is a topic).
  if (
    /\bwhen (?:was|were|did|is)\b|\bdate of\b/.test(t) &&
    moments.length === 1 &&
    moments[0]!.by !== 'date' &&
    moments[0]!.date !== day
  )
    return 'on';
  const relative = ON_THIS_DAY.test(t) || YEAR_LATER.test(t) || /\byesterday\b/.test(t);
  if (facets(r).topic?.id === 'overview' && !relative && moments.every((m) => m.date === day)) return null;
  // "The 2023 tally (the one a year after the invasion)": a year named with its vote is that vote's to answer.
  if (YEAR_LATER.test(t) && /\b20\d\d\b/.test(t) && heldInRecord(r)) return null;
  if (ON_THIS_DAY.test(t) || YEAR_LATER.test(t)) return 'on';
  if (ON.test(t) && (dated || moments.some((m) => m.by === 'event'))) return 'on';
  // "Who voted against in 2014": a list or a member's vote on a vote the record holds is the record's to answer.
  if (r.p.positions.length > 0 && (heldInRecord(r) || WHO_ASKS.test(t))) return null;
  // "14 nov 2022 un vote?", "what did the GA do on 12 october 2022": a date and a vote asked about; not arithmetic
  // on the day's votes ("the sum of the no votes across all three votes of 24 Feb").
  if (
    dated &&
    /\b(vote|votes|voted|happen|happened|do|did|adopt\w*|pass\w*)\b/.test(t) &&
    // The overview of the day answers for the day, not for another date named ("on 11 July 2024 what did the GA adopt").
    (!facets(r).topic ||
      (['overview', 'why_date'].includes(facets(r).topic?.id ?? '') &&
        moments.every((m) => m.date !== day))) &&
    !tallyMathIntent.match(r)
  )
    return 'on';
  return null;
}

const moments = new WeakMap<Reading, Moment[]>();
const momentsOf = (r: Reading): Moment[] => {
  let m = moments.get(r);
  if (!m) {
    m = findMoments(r.k, r.p, r.now);
    moments.set(r, m);
  }
  return m;
};

/** Adds what the fact base holds on a date: its events, and the votes taken that day with their tallies. */
function addDay(k: Knowledge, a: Answer, sources: string[][], date: string, only: string[] = []): boolean {
  const events = k.timeline.filter((e) => e.date === date && (only.length === 0 || only.includes(e.id)));
  const items = events.map((e) => {
    sources.push(e.sources);
    const sure = /^high\b/.test(e.confidence) && !/NOT VERIFIED/.test(e.confidence);
    return `${longDate(e.date)}: ${e.statement}${sure ? '' : ` (confidence: ${e.confidence})`}`;
  });
  for (const v of datedVotes(k).filter((x) => x.date === date)) {
    // An event asked about ("three years ago today") keeps its day's tallies with it; the lines are the event's.
    if (v.tally && v.tally.yes !== null && !a.tallies.some((t) => t.vote === v.symbol))
      a.tallies.push(statedTally(v));
    if (only.length > 0) continue;
    items.push(`${voteName(v)}: ${outcomeSentence(v)}`);
    if (!v.listsComplete && v.positions.size > 0)
      a.blocks.push({
        type: 'note',
        text: `${capital(voteName(v))}: the full roll call is not held; ${v.positions.size} of the members' positions are known.`,
      });
    sources.push(primarySources(v.sources));
  }
  // One list for the whole answer: the days follow one another in it.
  const list = a.blocks.find((b) => b.type === 'bullets');
  if (list && list.type === 'bullets') list.items.push(...items);
  else if (items.length > 0) a.blocks.push({ type: 'bullets', items });
  return items.length > 0;
}

function spanAnswer(r: Reading, ms: Moment[]): Answer {
  const today = isoDay(r.now);
  const sinceNow = ms.length === 1 || (SINCE.test(r.t) && !/\bbetween\b/.test(r.t));
  const [a0, b0] = [ms[0]!.date, ms[1]?.date ?? today];
  const [from, to]: [string, string] = sinceNow ? [a0, today] : a0 <= b0 ? [a0, b0] : [b0, a0];
  const summary = sinceNow
    ? from > to
      ? `${longDate(from)} is ${describeSpan(to, from)} away (today is ${longDate(to)}).`
      : `${longDate(from)} was ${describeSpan(from, to)} ago (today is ${longDate(to)}).`
    : `${describeSpan(from, to)} passed between ${longDate(from)} and ${longDate(to)}.`;
  const a = emptyAnswer('answer', 'timeline_span', summary);
  const sources: string[][] = [];
  for (const m of sinceNow ? ms.slice(0, 1) : ms.slice(0, 2)) addDay(r.k, a, sources, m.date, m.events);
  a.citations = cite(r.k, ...sources);
  return a;
}

function orderAnswer(r: Reading, ms: Moment[]): Answer {
  const [a0, b0] = ms.length >= 2 ? [ms[0]!, ms[1]!] : [ms[0]!, ms[0]!];
  const d = b0.date === a0.date ? 0 : Math.sign(Date.parse(a0.date) - Date.parse(b0.date));
  const rel = d === 0 ? 'on the same day as' : d < 0 ? 'before' : 'after';
  const a = emptyAnswer(
    'answer',
    'timeline_order',
    `The first came ${rel} the second: ${longDate(a0.date)} and ${longDate(b0.date)}.`,
  );
  if (d === 0) a.summary = `Both were on the same day, ${longDate(a0.date)}.`;
  const sources: string[][] = [];
  addDay(r.k, a, sources, a0.date, a0.events);
  if (b0.date !== a0.date) addDay(r.k, a, sources, b0.date, b0.events);
  a.citations = cite(r.k, ...sources);
  return a;
}

/** The date asked about: named, "a year later" than the one before, or today for "on this day". */
function datesAsked(r: Reading, ms: Moment[]): { dates: string[]; label: string } {
  const today = isoDay(r.now);
  if (LATEST.test(r.t)) {
    const last = datedVotes(r.k)
      .map((v) => v.date)
      .filter((d) => d <= today)
      .sort()
      .at(-1);
    return last ? { dates: [last], label: longDate(last) } : { dates: [], label: 'any day' };
  }
  if (ON_THIS_DAY.test(r.t)) {
    const md = today.slice(4);
    const dates = [...new Set([...r.k.timeline.map((e) => e.date), ...datedVotes(r.k).map((v) => v.date)])]
      .filter((d) => d.slice(4) === md && d < today)
      .sort();
    return { dates, label: `on ${longDate(today).replace(/ \d{4}$/, '')} in earlier years` };
  }
  const later = YEAR_LATER.exec(r.t);
  if (later) {
    const base = /\blast year\b/.test(r.t)
      ? addYears(today, -1)
      : // "One year on from the 2025 votes: what did the Assembly do today?": a year after the moment named, not
        // after today.
        (ms.find((m) => m.date !== today)?.date ?? r.k.voteById.get('ga_es11_7')!.date);
    const years = /\btwo\b/.test(later[0]) ? 2 : 1;
    // "A year after these votes, on the anniversary in 2026": the moment named is itself the year after.
    const day = r.k.voteById.get('ga_es11_7')!.date;
    const fromDay = ms.some((m) => m.date === addYears(day, years));
    const d = /\blast year\b/.test(r.t) ? base : addYears(fromDay ? day : base, years);
    // A week either side: "this week last year".
    const near = [...new Set([...r.k.timeline.map((e) => e.date), ...datedVotes(r.k).map((v) => v.date)])]
      .filter((x) => x >= addDays(d, -7) && x <= addDays(d, 7))
      .sort();
    return { dates: near, label: `around ${longDate(d)}` };
  }
  const dates = [...new Set(ms.map((m) => m.date))];
  return { dates, label: dates.map(longDate).join(' and ') };
}

/** " (a Monday, 3 days ago)": one date asked about, placed from today, when it is recent. */
function whenFromNow(dates: string[], today: string): string {
  if (dates.length !== 1) return '';
  const d = dates[0]!;
  const days = Math.round((Date.parse(today) - Date.parse(d)) / 86_400_000);
  if (days < 0 || days > 31) return '';
  const weekday = new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  });
  const ago = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  // Weeks start on Monday: "this week" and "last week" as a calendar says them.
  const monday = (iso: string) => {
    const t = Date.parse(`${iso}T00:00:00Z`);
    return t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000;
  };
  const weeks = Math.round((monday(today) - monday(d)) / (7 * 86_400_000));
  const week = weeks === 0 ? ', this week' : weeks === 1 ? ', last week' : '';
  return ` (a ${weekday}, ${ago}${week})`;
}

/** "Today is the fourth anniversary of 24 February 2022 and the first of 24 February 2025.": on this day. */
function anniversaries(dates: string[], today: string): string | null {
  const years = dates.map((d) => ({ d, n: Number(today.slice(0, 4)) - Number(d.slice(0, 4)) }));
  if (years.length === 0 || years.some(({ n }) => !ORDINAL[n - 1])) return null;
  return `Today, ${longDate(today)}, is the ${years.map(({ d, n }) => `${ORDINAL[n - 1]} anniversary of ${longDate(d)}`).join(', and the ')}.`;
}

function onAnswer(r: Reading, ms: Moment[]): Answer {
  const { dates, label } = datesAsked(r, ms);
  const a = emptyAnswer(
    'answer',
    'timeline_day',
    `What the record holds ${label.startsWith('on') || label.startsWith('around') ? label : `on ${label}`}${whenFromNow(dates, isoDay(r.now))}:`,
  );
  const sources: string[][] = [];
  const found = dates.filter((d) => addDay(r.k, a, sources, d));
  if (found.length === 0) {
    const b = emptyAnswer(
      'no_answer',
      'timeline_day',
      `I hold no UN event or vote on Ukraine ${label.startsWith('on') || label.startsWith('around') ? label : `on ${label}`}.`,
    );
    b.blocks.push({ type: 'paragraph', text: 'Ask “show me the timeline” for every dated event I hold.' });
    b.suggestions = ['Show me the timeline', 'What happened on 24 February 2026?'];
    return b;
  }
  a.citations = cite(r.k, ...sources);
  const today = isoDay(r.now);
  const lead = ON_THIS_DAY.test(r.t) ? anniversaries(found, today) : null;
  if (lead) a.blocks.unshift({ type: 'paragraph', text: lead });
  return a;
}

function timelineAnswer(r: Reading): Answer {
  const a = emptyAnswer('answer', 'timeline', 'The dated events I hold, in order:');
  const sources: string[][] = [];
  const dates = [
    ...new Set([...r.k.timeline.map((e) => e.date), ...datedVotes(r.k).map((v) => v.date)]),
  ].sort();
  for (const d of dates) addDay(r.k, a, sources, d);
  a.citations = cite(r.k, ...sources);
  return a;
}

/** Asking about an event: "the 2022 Council draft Russia vetoed: who abstained?", "what was the Oval Office row". */
const ASKS_ABOUT =
  /^(?:so |and |ok )?(?:who|what|which|how many|how did|tell me|when)\b|^did (?:the )?(?:ga|un|unga|assembly|general assembly|council|security council) (?:pass|adopt|vote on|do)\b|\b(?:who|what|which)\b[^?]*\??$|\b(?:tally|result|outcome|count|vote)\??$/;

/**
 * One event of another day named by its words, asked about: the event as the timeline holds it. Other times'
 * refusals (88) step aside for it: "I don't have the votes of 2022" is no answer when the record holds the event.
 */
const asked = new WeakMap<Reading, Moment | null>();

/** Memoized per reading: the event intent and the refusal of other times both ask it. */
export function eventAsked(r: Reading): Moment | null {
  if (!asked.has(r)) asked.set(r, findEventAsked(r));
  return asked.get(r) ?? null;
}

function findEventAsked(r: Reading): Moment | null {
  if (!TIME_WORDS.test(r.t) || !ASKS_ABOUT.test(r.t)) return null;
  // "The tally on ES-11/12": a vote not on record, whatever event shares its words; "resolution 2623" is an event
  // that names its number.
  const other = r.p.votes.otherSymbol?.match(/\d+(?:\/\d+)?$/)?.[0];
  if (other !== undefined && !r.k.timeline.some((e) => new RegExp(`\\b${other}\\b`).test(e.statement)))
    return null;
  if (heldInRecord(r)) return null;
  const [only, ...rest] = momentsOf(r);
  const day = r.k.voteById.get('ga_es11_7')?.date;
  if (!only || rest.length > 0 || only.date === day) return null;
  if (only.by === 'event') return only;
  // "78/316, what's that one?" (named by its symbol), "the Zaporizhzhia resolution in 2024 — tally?" (the one event
  // of a year): an event on a day that holds no vote on record.
  const noVote = !datedVotes(r.k).some((v) => v.date === only.date);
  return only.events.length > 0 && noVote ? only : null;
}

export const eventIntent: Intent = {
  id: 'timeline_event',
  // Below the named kinds (a definition, a topic) that may share the event's words, above members and lists;
  // the refusal of other times steps aside for it (other-time.ts).
  ceiling: 76,
  match: (r) => (eventAsked(r) ? 76 : null),
  answer: (r) => onAnswer(r, [eventAsked(r)!]),
};

export const timelineIntent: Intent = {
  id: 'timeline',
  ceiling: 89,
  // The cues first: finding moments searches the fact base, which most questions need not do.
  match: (r) => (TIME_WORDS.test(r.t) && modeOf(r, momentsOf(r)) ? 89 : null),
  answer: (r) => {
    const ms = momentsOf(r);
    const mode = modeOf(r, ms);
    if (mode === 'span') return spanAnswer(r, ms);
    if (mode === 'order') return orderAnswer(r, ms);
    if (mode === 'on') return onAnswer(r, ms);
    return timelineAnswer(r);
  },
};
