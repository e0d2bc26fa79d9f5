/** Calendar and time-zone helpers for digests. Pure: every instant comes from the caller. */

/** The day of the votes: day 0 of the count. */
export const VOTES_DATE = '2025-02-24';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

/** True when `date` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(date: string): boolean {
  const m = ISO_DATE.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === date;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** "HH:MM" normalised ("9:05" -> "09:05"), or null when it is not a time of day. */
export function parseTimeOfDay(input: string): string | null {
  const m = TIME.exec(input.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

export const isTimeOfDay = (input: string): boolean => parseTimeOfDay(input) !== null;

export function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

let zoneList: string[] | undefined;

/** Every IANA zone this runtime knows, with UTC and the current spelling Europe/Kyiv. */
export function timeZoneList(): string[] {
  if (zoneList) return zoneList;
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  if (acceptedByIntl('Europe/Kyiv')) {
    zones.delete('Europe/Kiev');
    zones.add('Europe/Kyiv');
  }
  zoneList = [...zones].sort();
  return zoneList;
}

function acceptedByIntl(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The zone spelled as the runtime lists it ("europe/kyiv" -> "Europe/Kyiv"), or null when unknown. */
export function parseTimeZone(input: string): string | null {
  const wanted = input.trim();
  if (wanted === '' || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(wanted)) return null;
  const lower = wanted.toLowerCase();
  const listed = timeZoneList().find((z) => z.toLowerCase() === lower);
  if (listed) return listed;
  if (!acceptedByIntl(wanted)) return null;
  return new Intl.DateTimeFormat('en', { timeZone: wanted }).resolvedOptions().timeZone;
}

export const isTimeZone = (input: string): boolean => parseTimeZone(input) !== null;

/** Up to `limit` zones containing `prefix` (start of the name or of its city first), for autocomplete. */
export function suggestTimeZones(prefix: string, limit = 25): string[] {
  const q = prefix.trim().toLowerCase().replace(/\s+/g, '_');
  const zones = timeZoneList();
  if (q === '') return zones.slice(0, limit);
  const starts = zones.filter((z) => z.toLowerCase().startsWith(q));
  const city = zones.filter((z) => !starts.includes(z) && z.toLowerCase().split('/').pop()!.startsWith(q));
  const inside = zones.filter((z) => !starts.includes(z) && !city.includes(z) && z.toLowerCase().includes(q));
  return [...starts, ...city, ...inside].slice(0, Math.min(limit, 25));
}

export interface LocalTime {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall-clock date and time at `instant` in zone `tz`. */
export function localTime(instant: Date, tz: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(tz).formatToParts(instant)) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Today's date in UTC at `instant`. */
export const utcDate = (instant: Date): string => instant.toISOString().slice(0, 10);
