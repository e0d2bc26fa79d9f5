import type { DigestState } from '../digest/types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { InstallationKey, InstallationRecord, WorkspaceRemoval } from './installations.ts';

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
  /** The language the channel's digest is written in; English when left out. */
  lang?: Lang;
}

export interface Subscription extends NewSubscription {
  lang: Lang;
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
 * Subscriptions, the digest log and the seen-event log: the state several instances share. Asynchronous, so that
 * one interface fits both backends: SQLite (better-sqlite3, the embedded default; its calls complete at once) and
 * Postgres (`pg`, when DATABASE_URL is set). tests/unit/store/store-contract.ts runs the same suite on both.
 */
/** Workspaces that installed the app (OAuth), sealed by the caller (installations.ts). */
export interface InstallationStorage {
  /** Creates or replaces the workspace's installation. */
  saveInstallation(record: InstallationRecord): Promise<void>;
  getInstallation(key: InstallationKey): Promise<InstallationRecord | null>;
  /** Any one installation on the platform: start-up checks that the key opens it. */
  anyInstallation(platform: string): Promise<InstallationRecord | null>;
  /** Deletes the workspace's installation, its channels' subscriptions and their digest log, in one transaction. */
  removeWorkspace(key: InstallationKey): Promise<WorkspaceRemoval>;
  /** The digest subscriptions of the workspace's channels, in channel order. */
  listWorkspace(key: InstallationKey): Promise<Subscription[]>;
}

export interface SubscriptionStore extends InstallationStorage {
  /** 'sqlite' or 'postgres', for logs. */
  readonly backend: 'sqlite' | 'postgres';
  /** Creates or replaces the channel's subscription (and reactivates a channel marked gone). */
  subscribe(input: NewSubscription, now: Date): Promise<{ subscription: Subscription; created: boolean }>;
  /** Removes the channel's subscription; false when there was none. */
  unsubscribe(key: ChannelKey): Promise<boolean>;
  get(key: ChannelKey): Promise<Subscription | null>;
  /**
   * Active subscriptions whose local time today has come and that have no delivery for today's local date,
   * in (time zone, platform, channel) order by code point: at most `limit`, starting after `after` (pass the
   * last one seen).
   */
  listDue(now: Date, opts?: ListDueOptions): Promise<DueSubscription[]>;
  /**
   * One atomic insert under the UNIQUE (platform, channel, local date) key: returns the claim, or null when
   * another run (or instance) already claimed this local date.
   */
  claim(key: ChannelKey, localDate: string, owner: string, now: Date): Promise<Claim | null>;
  /** Records that `owner` is alive; claims of owners silent for longer than the lease may be taken over. */
  heartbeat(owner: string, now: Date): Promise<void>;
  /**
   * Takes over 'claimed' rows older than `staleMs` whose owner sent no heartbeat within `staleMs` (the lease).
   * Each row goes to one caller only, however many instances ask at once.
   */
  reclaimStale(owner: string, now: Date, staleMs: number, platforms?: readonly Platform[]): Promise<Claim[]>;
  /** Delivered: stores the channel's next fact-rotation state in the same transaction. */
  markSent(claimId: number, factState: DigestState, now: Date): Promise<void>;
  markFailed(claimId: number, error: string, now: Date): Promise<void>;
  /** The claim is dropped without posting (e.g. its local date is over). */
  markExpired(claimId: number, reason: string, now: Date): Promise<void>;
  /** The channel no longer exists or removed the bot: no more deliveries until it subscribes again. */
  markChannelGone(key: ChannelKey, reason: string, now: Date, claimId?: number): Promise<void>;
  lastDelivery(key: ChannelKey): Promise<Claim | null>;
  getFactState(key: ChannelKey): Promise<DigestState>;
  setFactState(key: ChannelKey, state: DigestState): Promise<void>;
  count(): Promise<{ active: number; gone: number }>;
  /**
   * Records a platform event id (Slack's event_id) for `ttlMs`. True the first time it is seen within that
   * time, on any instance sharing the database; false when the insert conflicts (already answered).
   */
  firstSeen(eventId: string, now: Date, ttlMs: number): Promise<boolean>;
  /** Resolves when the database answers a trivial query; rejects when it does not (health). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
