/** Rows as both backends return them, and their conversion to the store's types. */
import { addDays, localTime, minutesOf } from '../digest/time.ts';
import { type DigestState, EMPTY_DIGEST_STATE } from '../digest/types.ts';
import { isLang, type Lang } from '../i18n/lang.ts';
import type { Claim, ClaimState, Subscription, SubscriptionStatus } from './subscription-store.ts';

/** Postgres returns BIGINT columns as strings; SQLite as numbers. */
type Int = number | string;

export interface SubscriptionRow {
  platform: string;
  channel_id: string;
  workspace_id: string | null;
  time: string;
  time_zone: string;
  created_by: string;
  created_at: Int;
  first_date: string;
  status: SubscriptionStatus;
  gone_reason: string | null;
  fact_state: string;
  lang: string;
}

export interface ClaimRow {
  id: Int;
  platform: string;
  channel_id: string;
  local_date: string;
  state: ClaimState;
  owner: string;
  claimed_at: Int;
  attempts: Int;
  error: string | null;
}

function parseState(json: string): DigestState {
  try {
    const v = JSON.parse(json) as Partial<DigestState>;
    return Array.isArray(v.shownFactIds) ? { shownFactIds: v.shownFactIds.map(String) } : EMPTY_DIGEST_STATE;
  } catch {
    return EMPTY_DIGEST_STATE;
  }
}

export const toSubscription = (r: SubscriptionRow): Subscription => ({
  platform: r.platform,
  channelId: r.channel_id,
  workspaceId: r.workspace_id,
  time: r.time,
  timeZone: r.time_zone,
  createdBy: r.created_by,
  createdAt: new Date(Number(r.created_at)),
  firstDate: r.first_date,
  status: r.status,
  goneReason: r.gone_reason,
  factState: parseState(r.fact_state),
  lang: langOf(r.lang),
});

/** A stored language Plenary no longer answers in (or none) reads as English rather than failing the channel. */
const langOf = (s: string | null | undefined): Lang => (s && isLang(s) ? s : 'en');

export const toClaim = (r: ClaimRow): Claim => ({
  id: Number(r.id),
  platform: r.platform,
  channelId: r.channel_id,
  localDate: r.local_date,
  state: r.state,
  owner: r.owner,
  claimedAt: new Date(Number(r.claimed_at)),
  attempts: Number(r.attempts),
  error: r.error,
});

/** The first local date due for a subscription made at `now`: today if its time is still ahead, else tomorrow. */
export function firstDueDate(now: Date, time: string, timeZone: string): string {
  const local = localTime(now, timeZone);
  return local.minutes < minutesOf(time) ? local.date : addDays(local.date, 1);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local date and HH:MM in `timeZone` at `now`: what a due subscription's date and time are compared with. */
export function localClock(now: Date, timeZone: string): { date: string; hhmm: string } {
  const local = localTime(now, timeZone);
  return { date: local.date, hhmm: `${pad(Math.floor(local.minutes / 60))}:${pad(local.minutes % 60)}` };
}

/** Code-point order, as SQLite's BINARY and Postgres' "C" collations sort: one order for the due-list cursor. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
