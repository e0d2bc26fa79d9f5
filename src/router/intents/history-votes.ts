/**
 * Which earlier or later Assembly votes a question names (by symbol, date, year or anniversary), and how one is
 * called in prose. The history itself is data (knowledge/history.json); this reads only the question.
 */

import { longDate } from '../../charts/vote-facts.ts';
import type { Knowledge, Vote } from '../../knowledge/model.ts';
import type { HistoryVote } from '../../knowledge/model-v2.ts';
import type { Position } from '../../knowledge/schema.ts';
import { OTHER_VOTE } from '../cues.ts';
import { joinNames } from '../describe.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`;
/** "2 march 2022", "march 2 2022", "march 2022". */
const DATED = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)? )?${MONTH}(?: (\d{1,2})(?:st|nd|rd|th)?)?,? (20\d\d|19\d\d)\b`,
  'g',
);
const SYMBOL = /\b(?:a\/res\/)?es[- ]?11[/ -]?(\d)\b|\b(?:a\/res\/)?(68)[/ ](262)\b/g;
const YEAR = /\b(19\d\d|20\d\d)\b/g;
/** Ordinal anniversaries of the invasion: the first (2023) and the fourth (2026). */
const ANNIVERSARY =
  /\b(first|1st|fourth|4th|2026) anniversary\b|\banniversary (?:resolution|vote|text)? ?(?:of |in )?(2026|2023)\b/;
const ANNIVERSARY_YEAR: Record<string, string> = {
  first: '2023',
  '1st': '2023',
  fourth: '2026',
  '4th': '2026',
};

const monthNumber = (m: string): string => {
  const i = MONTHS.findIndex((full) => full.startsWith(m.slice(0, 3)));
  return String(i + 1).padStart(2, '0');
};

function add(out: HistoryVote[], votes: HistoryVote[]): void {
  for (const v of votes) if (!out.includes(v)) out.push(v);
}

/**
 * Resolutions named by their subject, as their titles (and, for ES-11/4, the timeline) describe them: "the
 * resolution suspending Russia from the Human Rights Council".
 */
const BY_SUBJECT: [RegExp, string][] = [
  [/\bhumanitarian\b/, 'ga_es11_2'],
  [/\bhuman rights council\b|\bhrc\b/, 'ga_es11_3'],
  // Crimea's annexation was the subject of 68/262 (2014); "the annexation" alone is ES-11/4's four regions (2022).
  [/\bcrimea\w*\b/, 'ga_68_262'],
  [/^(?!.*\bcrimea).*\bannex\w*\b/, 'ga_es11_4'],
  [/\breparations?\b|\bregister of damage\b/, 'ga_es11_5'],
];
const BY_SYMBOL_ONLY = /\bes[- ]?11[/ -]?[1-6]\b|\b68[/ ]262\b/;
const NAMES_A_VOTE =
  /\b(resolution|resolutions|res|reso|vote|votes|voted|voting|text|tally|result|suspen\w*|expel\w*|expul\w*|kick\w*|condemn\w*|adopt\w*)\b/;

function bySymbol(k: Knowledge, t: string, out: HistoryVote[]): void {
  SYMBOL.lastIndex = 0;
  for (let m = SYMBOL.exec(t); m !== null; m = SYMBOL.exec(t)) {
    const v = k.historyByKey.get(m[1] ? `A/RES/ES-11/${m[1]}` : `A/RES/${m[2]}/${m[3]}`);
    if (v) add(out, [v]);
  }
}

function byAnniversary(k: Knowledge, t: string, out: HistoryVote[]): void {
  const a = ANNIVERSARY.exec(t);
  if (!a) return;
  const year = ANNIVERSARY_YEAR[a[1] ?? ''] ?? a[1] ?? a[2] ?? '';
  add(
    out,
    k.history.filter((v) => v.date.startsWith(year) && v.date.slice(5, 7) === '02'),
  );
}

/** "2 March 2022", "March 2022": the votes of that day or month; true when the question names one. */
function byDate(k: Knowledge, t: string, out: HistoryVote[]): boolean {
  DATED.lastIndex = 0;
  let dated = false;
  for (let m = DATED.exec(t); m !== null; m = DATED.exec(t)) {
    dated = true;
    const prefix = `${m[4]}-${monthNumber(m[2] ?? '')}`;
    const day = m[1] ?? m[3];
    const date = day ? `${prefix}-${day.padStart(2, '0')}` : null;
    add(
      out,
      k.history.filter((v) => (date ? v.date === date : v.date.startsWith(prefix))),
    );
  }
  return dated;
}

/** The history votes a question names, in the order named; empty when it names none (2025 is the day's votes). */
export function historyVotesNamed(k: Knowledge, t: string): HistoryVote[] {
  const out: HistoryVote[] = [];
  // "the climate resolution in 2023": another vote of that year, not the Ukraine one.
  if (OTHER_VOTE.test(t) && !BY_SYMBOL_ONLY.test(t)) return out;
  const years = [...t.matchAll(YEAR)].map((m) => m[1]!).filter((y) => y !== '2025');
  bySymbol(k, t, out);
  byAnniversary(k, t, out);
  const dated = byDate(k, t, out);
  // By subject ("the annexation resolution"), unless the question names another year for it.
  if (NAMES_A_VOTE.test(t))
    for (const [re, id] of BY_SUBJECT) {
      const v = re.test(t) ? k.historyByKey.get(id) : undefined;
      if (v && (years.length === 0 || years.includes(String(v.year)))) add(out, [v]);
    }
  if (dated) return out;
  // A year alone: its votes, unless a vote of that year is already named.
  for (const y of years)
    if (!out.some((v) => String(v.year) === y)) add(out, k.historyByYear.get(Number(y)) ?? []);
  return out;
}

/** "A/RES/ES-11/1 (“Aggression against Ukraine”, 2 March 2022)"; the 2026 vote says its symbol is not confirmed. */
export function historyName(v: HistoryVote): string {
  const head = v.symbolConfirmed ? v.symbol : 'the Assembly resolution';
  const note = v.symbolConfirmed ? '' : ', document symbol not confirmed by the sources';
  return `${head} (“${v.title}”, ${longDate(v.date)}${note})`;
}

/** The name in a list or heading: the symbol, or the date where no symbol is confirmed. */
export function shortName(v: Vote): string {
  if (!('symbolConfirmed' in v) || v.symbolConfirmed) return v.symbol;
  return `the resolution of ${longDate(v.date)}`;
}

export function tallyLine(v: HistoryVote): string {
  const t = v.tally;
  if (!t || t.yes === null || t.no === null || t.abstain === null) return 'tally not held';
  const absent = t.absent !== null ? `, ${t.absent} not voting` : '';
  return `${t.yes} in favour, ${t.no} against, ${t.abstain} abstentions${absent}`;
}

const LIST_NAME: Record<Position, string> = {
  yes: 'votes in favour',
  no: 'votes against',
  abstain: 'abstentions',
  absent: 'members not voting',
};

/** What a partial record lacks: "the lists of votes in favour and abstentions are not held; only 118 of ...". */
export function missingLists(v: HistoryVote): string[] {
  const absent: string[] = [];
  const partial: string[] = [];
  for (const p of ['yes', 'no', 'abstain', 'absent'] as const) {
    if (v.listComplete[p]) continue;
    const named = [...v.positions.values()].filter((x) => x === p).length;
    const total = v.tally?.[p] ?? '?';
    if (named === 0) absent.push(LIST_NAME[p]);
    else partial.push(`only ${named} of the ${total} ${LIST_NAME[p]} ${named === 1 ? 'is' : 'are'} named`);
  }
  const out: string[] = [];
  if (absent.length === 1) out.push(`the list of ${absent[0]} is not held`);
  if (absent.length > 1) out.push(`the lists of ${joinNames(absent)} are not held`);
  return [...out, ...partial];
}

/** "voted in favour of", "abstained on": the verb before a vote's name. */
export { VOTED_ON } from '../describe.ts';
