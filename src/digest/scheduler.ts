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
 * before 'sent' was written leads to one repeat post, which we prefer to silently losing a day's digest. Only
 * posts in flight at the crash can repeat, so one crash repeats at most `concurrency` posts (default 4). A
 * started scheduler (and any run) writes a heartbeat every third of `staleClaimMs` (default 45 s), so a live
 * process keeps its claims through any retry sleep, and a dead one's claims are taken over within one lease:
 * start() runs once more a lease after starting, for the claims a killed predecessor left, and a run in progress
 * looks for stale claims at each heartbeat and hands them to its workers ahead of the rest, so another
 * instance's long run (thousands due, paced) does not hold them up. Claims are taken over in one statement
 * (FOR UPDATE SKIP LOCKED on Postgres), so each goes to one instance.
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
  /**
   * One publisher per platform this process serves; subscriptions of other platforms are left alone. Read at
   * each run, so a platform added later (an instance that became the Discord gateway leader) is served from then.
   */
  publishers: Partial<Record<Platform, Publisher>>;
  clock?: Clock;
  /** Waits for pacing and backoff; tests pass one that advances their fake clock. */
  sleep?: (ms: number) => Promise<void>;
  logger?: LogSink;
  /** Identifies this process in claims; defaults to host:pid:random. */
  owner?: string;
  /** Digests in flight at once (default 4); also the most a crash can post twice. */
  concurrency?: number;
  pacing?: Partial<Record<Platform, PacingOptions>>;
  retry?: Partial<RetryOptions>;
  /** A claimed digest whose owner has been silent this long is redelivered by another process (default 45 s). */
  staleClaimMs?: number;
  /** Due subscriptions read from the store at a time (default 500). */
  pageSize?: number;
  /** Croner pattern of the tick (default every minute). */
  cron?: string;
  /** After a failed run (the store down), run again this soon instead of at the next tick (default: the next tick). */
  retryAfterFailureMs?: number;
  /** Called once per delivery outcome (metrics). */
  onDelivered?: (platform: Platform, outcome: 'sent' | 'failed' | 'gone') => void;
  /** Called when a run completes, whether or not anything was due (health: last digest run). */
  onRun?: (report: TickReport, at: Date) => void;
}

/**
 * The store failed (locked past its busy timeout, disk full, I/O error). The run stops at once: the remaining
 * due digests stay unclaimed and are picked up by a later tick, so nothing is dropped and nothing is posted
 * without its claim. A post the platform accepted but the store could not record is kept in memory and recorded
 * on the next run, never posted again.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  /** The store call that failed, e.g. `claim`. */
  readonly operation: string;
  /** The driver's code when it has one (SQLITE_BUSY, SQLITE_FULL, …). */
  readonly code: string | undefined;

  constructor(operation: string, cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`digest store ${operation} failed: ${message}`, { cause });
    this.operation = operation;
    const code = (cause as { code?: unknown } | null)?.code;
    this.code = typeof code === 'string' ? code : undefined;
  }
}

/** The same store, each call's rejection (or throw) turned into a StoreUnavailableError naming the call. */
function guarded(store: SubscriptionStore): SubscriptionStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (err) {
          throw new StoreUnavailableError(String(prop), err);
        }
      };
    },
  });
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
export const DEFAULT_MAX_IN_FLIGHT = 4;
export const DEFAULT_CLAIM_LEASE_MS = 45_000;
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const silent: LogSink = { info() {}, warn() {}, error() {} };

/** A post the platform accepted whose 'sent' the store could not write yet. */
interface Unrecorded {
  claimId: number;
  nextState: Digest['nextState'];
  platform: Platform;
  channelId: string;
}

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
  const staleMs = opts.staleClaimMs ?? DEFAULT_CLAIM_LEASE_MS;
  const pageSize = opts.pageSize ?? 500;
  const served = () => Object.keys(opts.publishers).filter((p) => opts.publishers[p] !== undefined);
  const store = guarded(opts.store);
  const unrecorded: Unrecorded[] = [];
  const pacer = new Pacer(opts.pacing ?? {}, () => clock.now().getTime(), sleep);
  let current: Promise<TickReport> | null = null;
  let cron: Cron | null = null;
  let resume: NodeJS.Timeout | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let releaseStarted: (() => void) | undefined;
  let stopping = false;

  /** Keeps this process's claims its own while a run lasts (retry sleeps included); a store fault is the run's. */
  function keepAlive(): () => void {
    const timer = setInterval(
      () => {
        store.heartbeat(owner, clock.now()).catch(() => {
          // The run meets the same store and reports it.
        });
        // During a long run, a dead instance's claims are taken over as soon as they are stale, not after it.
        recoverDuringRun();
      },
      Math.max(10, Math.floor(staleMs / 3)),
    );
    timer.unref();
    return () => clearInterval(timer);
  }

  async function recover(report: TickReport): Promise<Job[]> {
    const now = clock.now();
    const jobs: Job[] = [];
    for (const claim of await store.reclaimStale(owner, now, staleMs, served())) {
      const sub = await store.get(claim);
      if (!sub || sub.status !== 'active') await store.markExpired(claim.id, 'unsubscribed', now);
      else if (localTime(now, sub.timeZone).date !== claim.localDate)
        await store.markExpired(claim.id, 'local day over before redelivery', now);
      else {
        jobs.push({ subscription: sub, localDate: claim.localDate, claim });
        continue;
      }
      report.expired++;
    }
    report.recovered += jobs.length;
    return jobs;
  }

  const digests = new Map<string, Digest>();
  function digestFor(job: Job): Digest {
    const sub = job.subscription;
    const key = `${job.localDate}|${sub.lang}|${sub.factState.shownFactIds.join(',')}`;
    let digest = digests.get(key);
    if (!digest) {
      digest = buildDigest(opts.knowledge, job.localDate, sub.factState, sub.lang);
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
        await recordSent({
          claimId: claim.id,
          nextState: digest.nextState,
          platform: sub.platform,
          channelId: sub.channelId,
        });
        return 'sent';
      }
      const ctx = { platform: sub.platform, channel: sub.channelId, attempt, kind: error.kind };
      if (error.kind === 'gone') {
        await store.markChannelGone(sub, error.message, clock.now(), claim.id);
        log.warn(ctx, 'digest channel gone; subscription paused');
        return 'gone';
      }
      if (error.kind === 'permanent' || attempt >= retry.attempts) {
        await store.markFailed(claim.id, error.message, clock.now());
        log.error({ ...ctx, err: error.message }, 'digest delivery failed');
        return 'failed';
      }
      const backoff = Math.min(retry.maxMs, retry.baseMs * 2 ** (attempt - 1));
      await sleep(error.retryAfterMs ?? backoff);
    }
  }

  async function recordSent(u: Unrecorded): Promise<void> {
    try {
      await store.markSent(u.claimId, u.nextState, clock.now());
    } catch (err) {
      // Posted but not recorded: keep it, so this process records it later instead of anyone posting it again.
      unrecorded.push(u);
      log.warn(
        { platform: u.platform, channel: u.channelId, err: (err as Error).message },
        'digest posted but not recorded yet; will record on the next run',
      );
      opts.onDelivered?.(u.platform, 'sent');
      throw err;
    }
    opts.onDelivered?.(u.platform, 'sent');
  }

  async function flushUnrecorded(): Promise<void> {
    while (unrecorded.length > 0) {
      const u = unrecorded[0]!;
      await store.markSent(u.claimId, u.nextState, clock.now());
      unrecorded.shift();
    }
  }

  async function runJob(job: Job): Promise<Outcome> {
    const claim = job.claim ?? (await store.claim(job.subscription, job.localDate, owner, clock.now()));
    if (!claim) return 'lost';
    return deliver(job, claim);
  }

  /**
   * Claims taken over while a run is in progress (a tick during a long run): the run's workers take them before
   * their next job, so they go out within the in-flight cap, not after the run.
   */
  const recoveredMidRun: Job[] = [];
  let runReport: TickReport | null = null;
  let recovering = false;

  function recoverDuringRun(): void {
    if (!runReport || recovering) return;
    recovering = true;
    recover(runReport)
      .then((jobs) => void recoveredMidRun.push(...jobs))
      .catch(() => {
        // The run in progress meets the same store and reports it.
      })
      .finally(() => {
        recovering = false;
      });
  }

  async function runJobs(jobs: Job[], report: TickReport): Promise<void> {
    let next = 0;
    let storeFailure: StoreUnavailableError | null = null;
    const take = () => recoveredMidRun.shift() ?? (next < jobs.length ? jobs[next++] : undefined);
    const worker = async () => {
      while (!stopping && !storeFailure) {
        const job = take();
        if (!job) break;
        try {
          const outcome = await runJob(job);
          report[outcome]++;
          if (outcome === 'failed' || outcome === 'gone')
            opts.onDelivered?.(job.subscription.platform, outcome);
          if (outcome !== 'lost' && !job.claim) report.claimed++;
        } catch (err) {
          if (err instanceof StoreUnavailableError) {
            storeFailure ??= err;
            continue;
          }
          report.failed++;
          log.error(
            { channel: job.subscription.channelId, err: (err as Error).message },
            'digest job crashed',
          );
        }
        await yieldToEventLoop();
      }
    };
    const queued = jobs.length + recoveredMidRun.length;
    const width = Math.max(1, Math.min(opts.concurrency ?? DEFAULT_MAX_IN_FLIGHT, queued));
    await Promise.all(Array.from({ length: width }, worker));
    if (storeFailure) throw storeFailure;
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
    runReport = report;
    await store.heartbeat(owner, clock.now());
    await flushUnrecorded();
    digests.clear();
    await runJobs(await recover(report), report);
    // Page through what is due, in store order: each page is handed out before the next is read, so no query
    // holds the event loop for long.
    let after: DueCursor | undefined;
    while (!stopping) {
      const page = await store.listDue(
        clock.now(),
        after ? { platforms: served(), limit: pageSize, after } : { platforms: served(), limit: pageSize },
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
    if (recoveredMidRun.length > 0 && !stopping) await runJobs([], report);
    if (report.due + report.recovered + report.expired > 0) log.info({ ...report }, 'digest run');
    opts.onRun?.(report, clock.now());
    return report;
  }

  function tick(): Promise<TickReport> {
    if (current) {
      store.heartbeat(owner, clock.now()).catch(() => {
        // The run in progress meets the same store and reports it.
      });
      // A dead instance's claims may have gone stale since this run began: take them over now.
      recoverDuringRun();
      return current;
    }
    const release = keepAlive();
    current = run().finally(() => {
      release();
      runReport = null;
      current = null;
    });
    return current;
  }

  return {
    owner,
    tick,
    start() {
      stopping = false;
      // A store that stays locked or full fails every tick: log the first failure (and any different one), stay
      // quiet while it repeats, and say when it is over. Each tick retries.
      let failing: { message: string; ticks: number } | null = null;
      const safeTick = () => {
        tick().then(
          () => {
            if (failing) log.info({ failedTicks: failing.ticks }, 'digest store recovered');
            failing = null;
          },
          (err: unknown) => {
            const e = err as Error;
            if (failing?.message !== e.message) {
              const ctx = e instanceof StoreUnavailableError ? { op: e.operation, code: e.code } : {};
              log.error(
                { ...ctx, err: e.message, owner, pendingRecords: unrecorded.length },
                'digest tick failed; retrying on the next tick',
              );
              failing = { message: e.message, ticks: 0 };
            }
            failing.ticks++;
            // A database back within seconds should not wait for the next minute's tick.
            if (opts.retryAfterFailureMs !== undefined && !stopping) {
              clearTimeout(retryTimer);
              retryTimer = setTimeout(safeTick, opts.retryAfterFailureMs);
              retryTimer.unref();
            }
          },
        );
      };
      cron = new Cron(opts.cron ?? '* * * * *', safeTick);
      safeTick();
      // Between runs too: a post accepted but not yet recorded (store fault) keeps its claim until it is recorded.
      releaseStarted = keepAlive();
      // Claims a killed predecessor left are stale one lease after its death at the latest: resume them then.
      resume = setTimeout(safeTick, staleMs + 1_000);
      resume.unref();
    },
    async stop(graceMs = 10_000) {
      stopping = true;
      clearTimeout(resume);
      clearTimeout(retryTimer);
      releaseStarted?.();
      releaseStarted = undefined;
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
