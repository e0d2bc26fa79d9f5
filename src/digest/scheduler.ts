/**
 * The digest scheduler: one tick a minute asks the store which subscriptions are due, claims each with one
 * database write keyed by (platform, channel, local date), builds the digest and hands it to the platform's
 * Publisher with bounded concurrency, pacing and retries.
 *
 * Delivery guarantee. A claim row goes 'claimed' -> 'sent' | 'failed' | 'gone' | 'expired'. Claiming before
 * posting makes the common case at most once per channel and local day, even for two processes on one file.
 * After a crash, 'claimed' rows whose owner has sent no heartbeat for `staleClaimMs` are taken over and
 * delivered by the next process, provided their local date is still today (days wholly missed are not
 * back-filled). We chose at-least-once for that one case: a crash after the platform accepted the message and
 * before 'sent' was written leads to one repeat post, which we prefer to silently losing a day's digest. The
 * window is one HTTP round trip. `staleClaimMs` must exceed the longest retry a live process may be sleeping
 * through; heartbeats every tick keep a busy process's claims its own.
 */
import { hostname } from 'node:os';
import { Cron } from 'croner';
import type { Knowledge } from '../knowledge/model.ts';
import type {
  Claim,
  DueCursor,
  Platform,
  Subscription,
  SubscriptionStore,
} from '../store/subscription-store.ts';
import { buildDigest } from './build-digest.ts';
import { Pacer, type PacingOptions } from './pacer.ts';
import { type Publisher, toPublishError } from './publisher.ts';
import { localTime } from './time.ts';
import type { Digest } from './types.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number;
  baseMs: number;
  maxMs: number;
}

interface LogSink {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface SchedulerOptions {
  store: SubscriptionStore;
  knowledge: Knowledge;
  /** One publisher per platform this process serves; subscriptions of other platforms are left alone. */
  publishers: Partial<Record<Platform, Publisher>>;
  clock?: Clock;
  /** Waits for pacing and backoff; tests pass one that advances their fake clock. */
  sleep?: (ms: number) => Promise<void>;
  logger?: LogSink;
  /** Identifies this process in claims; defaults to host:pid:random. */
  owner?: string;
  /** Digests in flight at once (default 8). */
  concurrency?: number;
  pacing?: Partial<Record<Platform, PacingOptions>>;
  retry?: Partial<RetryOptions>;
  /** A claimed digest whose owner has been silent this long is redelivered by another process (default 10 min). */
  staleClaimMs?: number;
  /** Due subscriptions read from the store at a time (default 500). */
  pageSize?: number;
  /** Croner pattern of the tick (default every minute). */
  cron?: string;
}

export interface TickReport {
  due: number;
  claimed: number;
  recovered: number;
  sent: number;
  failed: number;
  gone: number;
  expired: number;
  /** Due subscriptions another run or process claimed first. */
  lost: number;
}

export interface DigestScheduler {
  /** Recovers stale claims and delivers what is due now, then ticks every minute. */
  start(): void;
  /**
   * Stops ticking and waits up to `graceMs` (default 10 s) for posts in flight. Deliveries not started stay
   * unclaimed for the next run; one still retrying stays claimed and is redelivered after a restart.
   */
  stop(graceMs?: number): Promise<void>;
  /** One run; overlapping calls share the run in progress. */
  tick(): Promise<TickReport>;
  readonly owner: string;
}

const DEFAULT_RETRY: RetryOptions = { attempts: 5, baseMs: 2_000, maxMs: 120_000 };
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const silent: LogSink = { info() {}, warn() {}, error() {} };

interface Job {
  subscription: Subscription;
  localDate: string;
  claim: Claim | null;
}

type Outcome = 'sent' | 'failed' | 'gone' | 'lost';

export function createDigestScheduler(opts: SchedulerOptions): DigestScheduler {
  const clock = opts.clock ?? systemClock;
  const sleep = opts.sleep ?? realSleep;
  const log = opts.logger ?? silent;
  const owner = opts.owner ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const retry = { ...DEFAULT_RETRY, ...opts.retry };
  const staleMs = opts.staleClaimMs ?? 10 * 60_000;
  const pageSize = opts.pageSize ?? 500;
  const platforms = Object.keys(opts.publishers).filter((p) => opts.publishers[p] !== undefined);
  const pacer = new Pacer(opts.pacing ?? {}, () => clock.now().getTime(), sleep);
  let current: Promise<TickReport> | null = null;
  let cron: Cron | null = null;
  let stopping = false;

  function recover(report: TickReport): Job[] {
    const now = clock.now();
    const jobs: Job[] = [];
    for (const claim of opts.store.reclaimStale(owner, now, staleMs, platforms)) {
      const sub = opts.store.get(claim);
      if (!sub || sub.status !== 'active') opts.store.markExpired(claim.id, 'unsubscribed', now);
      else if (localTime(now, sub.timeZone).date !== claim.localDate)
        opts.store.markExpired(claim.id, 'local day over before redelivery', now);
      else {
        jobs.push({ subscription: sub, localDate: claim.localDate, claim });
        continue;
      }
      report.expired++;
    }
    report.recovered = jobs.length;
    return jobs;
  }

  const digests = new Map<string, Digest>();
  function digestFor(job: Job): Digest {
    const key = `${job.localDate}|${job.subscription.factState.shownFactIds.join(',')}`;
    let digest = digests.get(key);
    if (!digest) {
      digest = buildDigest(opts.knowledge, job.localDate, job.subscription.factState);
      digests.set(key, digest);
    }
    return digest;
  }

  async function deliver(job: Job, claim: Claim): Promise<Outcome> {
    const sub = job.subscription;
    const publisher = opts.publishers[sub.platform]!;
    const digest = digestFor(job);
    for (let attempt = 1; ; attempt++) {
      await pacer.wait(sub.platform, sub.channelId);
      let error: ReturnType<typeof toPublishError> | null = null;
      try {
        await publisher.publish(sub, digest);
      } catch (err) {
        error = toPublishError(err);
      }
      // Outside the try: a store error after a successful post must not lead to posting again.
      if (!error) {
        opts.store.markSent(claim.id, digest.nextState, clock.now());
        return 'sent';
      }
      const ctx = { platform: sub.platform, channel: sub.channelId, attempt, kind: error.kind };
      if (error.kind === 'gone') {
        opts.store.markChannelGone(sub, error.message, clock.now(), claim.id);
        log.warn(ctx, 'digest channel gone; subscription paused');
        return 'gone';
      }
      if (error.kind === 'permanent' || attempt >= retry.attempts) {
        opts.store.markFailed(claim.id, error.message, clock.now());
        log.error({ ...ctx, err: error.message }, 'digest delivery failed');
        return 'failed';
      }
      const backoff = Math.min(retry.maxMs, retry.baseMs * 2 ** (attempt - 1));
      await sleep(error.retryAfterMs ?? backoff);
    }
  }

  async function runJob(job: Job): Promise<Outcome> {
    const claim = job.claim ?? opts.store.claim(job.subscription, job.localDate, owner, clock.now());
    if (!claim) return 'lost';
    return deliver(job, claim);
  }

  async function runJobs(jobs: Job[], report: TickReport): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (!stopping && next < jobs.length) {
        const job = jobs[next++]!;
        try {
          const outcome = await runJob(job);
          report[outcome]++;
          if (outcome !== 'lost' && !job.claim) report.claimed++;
        } catch (err) {
          report.failed++;
          log.error(
            { channel: job.subscription.channelId, err: (err as Error).message },
            'digest job crashed',
          );
        }
        await yieldToEventLoop();
      }
    };
    const width = Math.max(1, Math.min(opts.concurrency ?? 8, jobs.length));
    await Promise.all(Array.from({ length: width }, worker));
  }

  async function run(): Promise<TickReport> {
    const report: TickReport = {
      due: 0,
      claimed: 0,
      recovered: 0,
      sent: 0,
      failed: 0,
      gone: 0,
      expired: 0,
      lost: 0,
    };
    opts.store.heartbeat(owner, clock.now());
    digests.clear();
    await runJobs(recover(report), report);
    // Page through what is due, in store order: each page is handed out before the next is read, so no query
    // holds the event loop for long.
    let after: DueCursor | undefined;
    while (!stopping) {
      const page = opts.store.listDue(
        clock.now(),
        after ? { platforms, limit: pageSize, after } : { platforms, limit: pageSize },
      );
      const last = page.at(-1);
      if (!last) break;
      after = {
        platform: last.subscription.platform,
        channelId: last.subscription.channelId,
        timeZone: last.subscription.timeZone,
      };
      report.due += page.length;
      await runJobs(
        page.map((d) => ({ ...d, claim: null })),
        report,
      );
    }
    if (report.due + report.recovered + report.expired > 0) log.info({ ...report }, 'digest run');
    return report;
  }

  function tick(): Promise<TickReport> {
    if (current) {
      opts.store.heartbeat(owner, clock.now());
      return current;
    }
    current = run().finally(() => {
      current = null;
    });
    return current;
  }

  return {
    owner,
    tick,
    start() {
      stopping = false;
      const safeTick = () => {
        tick().catch((err: unknown) => log.error({ err: (err as Error).message }, 'digest tick failed'));
      };
      cron = new Cron(opts.cron ?? '* * * * *', safeTick);
      safeTick();
    },
    async stop(graceMs = 10_000) {
      stopping = true;
      cron?.stop();
      cron = null;
      if (!current) return;
      // A post waiting out a long Retry-After is left 'claimed'; the next start redelivers it (see the top).
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([
        current.then(
          () => undefined,
          () => undefined,
        ),
        grace,
      ]);
      clearTimeout(timer);
    },
  };
}
