import type { DigestState } from '../digest/types.ts';

/** The platform a channel lives on. Adapters use 'slack' and 'discord'; others may add their own. */
export type Platform = string;

export type SubscriptionStatus = 'active' | 'gone';

export interface ChannelKey {
  platform: Platform;
  channelId: string;
}

export interface NewSubscription extends ChannelKey {
  /** Slack team id or Discord guild id; null for a DM or the console. */
  workspaceId: string | null;
  /** Local time of day, HH:MM (24-hour). */
  time: string;
  /** IANA time zone, e.g. Europe/Kyiv. */
  timeZone: string;
  createdBy: string;
}

export interface Subscription extends NewSubscription {
  status: SubscriptionStatus;
  /** Why the channel was marked gone (channel deleted, bot removed), else null. */
  goneReason: string | null;
  /** First local date a digest is due: a channel subscribing after today's time starts tomorrow. */
  firstDate: string;
  createdAt: Date;
  factState: DigestState;
}

/** A subscription due now and the local date its digest is for. */
export interface DueSubscription {
  subscription: Subscription;
  localDate: string;
}

/** Where the previous page of due subscriptions ended. */
export interface DueCursor extends ChannelKey {
  timeZone: string;
}

export interface ListDueOptions {
  /** Only these platforms (the ones this process publishes to). */
  platforms?: readonly Platform[];
  limit?: number;
  after?: DueCursor;
}

export type ClaimState = 'claimed' | 'sent' | 'failed' | 'gone' | 'expired';

/** One delivery of one digest: at most one per (platform, channel, local date). */
export interface Claim extends ChannelKey {
  id: number;
  localDate: string;
  state: ClaimState;
  /** The scheduler process holding the claim. */
  owner: string;
  claimedAt: Date;
  attempts: number;
  error: string | null;
}

/**
 * Subscriptions and the digest log. Synchronous, as better-sqlite3 is: a backend that needs I/O would wrap this
 * interface in an async one and the scheduler would await it.
 */
export interface SubscriptionStore {
  /** Creates or replaces the channel's subscription (and reactivates a channel marked gone). */
  subscribe(input: NewSubscription, now: Date): { subscription: Subscription; created: boolean };
  /** Removes the channel's subscription; false when there was none. */
  unsubscribe(key: ChannelKey): boolean;
  get(key: ChannelKey): Subscription | null;
  /**
   * Active subscriptions whose local time today has come and that have no delivery for today's local date,
   * in (time zone, platform, channel) order: at most `limit`, starting after `after` (pass the last one seen).
   */
  listDue(now: Date, opts?: ListDueOptions): DueSubscription[];
  /** One write: returns the claim, or null when another run (or process) already claimed this local date. */
  claim(key: ChannelKey, localDate: string, owner: string, now: Date): Claim | null;
  /** Records that `owner` is alive; claims of owners silent for longer than the stale window may be taken over. */
  heartbeat(owner: string, now: Date): void;
  /** Takes over 'claimed' rows older than `staleMs` whose owner sent no heartbeat within `staleMs`. */
  reclaimStale(owner: string, now: Date, staleMs: number, platforms?: readonly Platform[]): Claim[];
  /** Delivered: stores the channel's next fact-rotation state in the same transaction. */
  markSent(claimId: number, factState: DigestState, now: Date): void;
  markFailed(claimId: number, error: string, now: Date): void;
  /** The claim is dropped without posting (e.g. its local date is over). */
  markExpired(claimId: number, reason: string, now: Date): void;
  /** The channel no longer exists or removed the bot: no more deliveries until it subscribes again. */
  markChannelGone(key: ChannelKey, reason: string, now: Date, claimId?: number): void;
  lastDelivery(key: ChannelKey): Claim | null;
  getFactState(key: ChannelKey): DigestState;
  setFactState(key: ChannelKey, state: DigestState): void;
  count(): { active: number; gone: number };
  close(): void;
}
