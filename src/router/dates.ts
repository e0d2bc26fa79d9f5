/** Dates as people type them, and the arithmetic of days between them (UTC calendar days). */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** "2 march 2022", "march 2 2022", "2nd of march, 2022", "feb 27 2022", "2022-03-02"; the year may be left out. */
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?: of)? ${MONTH}(?: (\d{4}))?\b`);
const MONTH_DAY = new RegExp(String.raw`\b${MONTH} (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?\b`);
const ISO = /\b(\d{4}) (\d{2}) (\d{2})\b/;

const DAY_MS = 86_400_000;

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
export const addDays = (iso: string, days: number): string =>
  isoDay(new Date((dayNumber(iso) + days) * DAY_MS));

export function addYears(iso: string, years: number): string {
  const [y, rest] = [Number(iso.slice(0, 4)), iso.slice(4)];
  return `${y + years}${rest}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The same day of the month, `months` later (earlier when negative); the 31st becomes the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}-${pad(Math.min(d, last))}`;
}

function build(day: string, month: string, year: string | undefined, fallbackYear: number): string | null {
  const m = MONTHS.indexOf(month.slice(0, 3) as (typeof MONTHS)[number]);
  const d = Number(day);
  if (m < 0 || d < 1 || d > 31) return null;
  return `${year ?? fallbackYear}-${pad(m + 1)}-${pad(d)}`;
}

/** A calendar date the text names, as YYYY-MM-DD; a date without a year takes `fallbackYear`. */
export function findDate(text: string, fallbackYear: number): string | null {
  const iso = ISO.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dm = DAY_MONTH.exec(text);
  if (dm?.[1] && dm[2]) return build(dm[1], dm[2], dm[3], fallbackYear);
  const md = MONTH_DAY.exec(text);
  if (md?.[1] && md[2]) return build(md[2], md[1], md[3], fallbackYear);
  return null;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** Whole calendar months from `a` to `b` (a <= b): 24 Feb to 24 Aug is 6. */
function wholeMonths(a: string, b: string): number {
  const months =
    (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  return Number(b.slice(8, 10)) < Number(a.slice(8, 10)) ? months - 1 : months;
}

/**
 * Built once: `toLocaleDateString` and `toLocaleString` with a locale build a new ICU formatter on every call,
 * whose native memory is freed only when the garbage collector gets to it.
 */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAY_COUNT = new Intl.NumberFormat('en-GB');

/** "651 days (1 year, 9 months and 13 days)": the days, then the same span in years, months and days. */
export function describeSpan(from: string, to: string): string {
  const days = Math.abs(daysBetween(from, to));
  const [a, b] = from <= to ? [from, to] : [to, from];
  const count = `${DAY_COUNT.format(days)} ${days === 1 ? 'day' : 'days'}`;
  const months = wholeMonths(a, b);
  if (months < 1) return count;
  const rest = daysBetween(addMonths(a, months), b);
  const parts = [
    ...(months >= 12 ? [plural(Math.floor(months / 12), 'year')] : []),
    ...(months % 12 > 0 ? [plural(months % 12, 'month')] : []),
    ...(rest > 0 ? [plural(rest, 'day')] : []),
  ];
  const said = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return parts.length === 1 && rest === 0 ? `${count} (exactly ${said})` : `${count} (${said})`;
}

/** "24 February 2025". */
export function longDate(iso: string): string {
  return LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
}
