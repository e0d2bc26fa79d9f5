/**
 * The process around the adapters: metrics, the health server, the store (SQLite at DATABASE_PATH, or Postgres
 * at DATABASE_URL), the rate limits, the digest scheduler, and the graceful shutdown that closes them. main.ts
 * builds one Runtime from the parsed config; nothing here reads process.env.
 */
import type { Pool } from 'pg';
import type { Config } from '../src/config.ts';
import { createDigestScheduler, type DigestScheduler, type Publisher } from '../src/digest/index.ts';
import type { Knowledge } from '../src/knowledge/model.ts';
import type { Logger } from '../src/logger.ts';
import type { AdapterState, DatabaseState, HealthStatus } from '../src/ops/health-server.ts';
import { startHealthServer } from '../src/ops/health-server.ts';
import { createLeaderElection } from '../src/ops/leader.ts';
import { createMetrics, type Metrics } from '../src/ops/metrics.ts';
import { createRateLimiter, type RateLimiter } from '../src/ops/rate-limit.ts';
import { createShutdown, type Shutdown } from '../src/ops/shutdown.ts';
import { createPgPool, openPgStore } from '../src/store/pg-store.ts';
import { openSqliteStore } from '../src/store/sqlite-store.ts';
import type { SubscriptionStore } from '../src/store/subscription-store.ts';

export type PlatformName = 'slack' | 'discord';

/** A started platform adapter as the runtime sees it. */
export interface RunningAdapter {
  name: PlatformName;
  stop(): Promise<void>;
  /** Live connection state when the adapter knows it (Discord's gateway); else up from start to stop. */
  isUp?: () => boolean;
  /** Posts digests to this platform; an adapter without one gets no digests. */
  publisher?: Publisher | undefined;
}

export interface Runtime {
  readonly metrics: Metrics;
  readonly shutdown: Shutdown;
  /** Starts /healthz and /metrics when HEALTH_PORT is set. */
  startHealth(): Promise<void>;
  /**
   * The store (Postgres when DATABASE_URL is set, else SQLite at DATABASE_PATH), opened and migrated on first use
   * and shared by the adapters' digest commands and event dedupe and the scheduler; closed at shutdown after the
   * adapters and the scheduler have stopped.
   */
  openStore(): Promise<SubscriptionStore>;
  /**
   * RATE_USER_PER_MINUTE and RATE_CHANNEL_PER_MINUTE, shared through Postgres when DATABASE_URL is set (the
   * store is opened first: its migrations create the limits' table).
   */
  rateLimiter(): Promise<RateLimiter>;
  /** Marks an adapter up and stops it at shutdown. */
  adapterStarted(adapter: RunningAdapter): void;
  /**
   * Opens the store and starts the scheduler when at least one started adapter publishes digests; an adapter
   * started later (on becoming leader) adds its publisher, and starts the scheduler if none was running.
   */
  startDigests(): Promise<DigestScheduler | null>;
  /**
   * Starts `start` once this instance holds `key`'s advisory lock in Postgres (one leader among the instances
   * sharing DATABASE_URL); until then the adapter shows as 'standby'. `onLost` is called if the lock is lost.
   */
  whenLeader(name: PlatformName, key: number, start: () => Promise<void>, onLost: (err: Error) => void): void;
}

export interface RuntimeDeps {
  config: Config;
  log: Logger;
  knowledge: Knowledge;
  enabled: readonly PlatformName[];
  /** In-flight grace at shutdown (default 5 s). */
  graceMs?: number;
  /** How often /healthz's database state is refreshed (default 2 s). */
  databaseCheckMs?: number;
}

/** The adapter's `publisher`, if this version of it has one. */
export function publisherOf(adapter: object): Publisher | undefined {
  const p = (adapter as { publisher?: unknown }).publisher;
  return p && typeof (p as Publisher).publish === 'function' ? (p as Publisher) : undefined;
}

/** How long a store write waits for another process's lock before failing with SQLITE_BUSY. */
export const STORE_BUSY_TIMEOUT_MS = 1_000;

export function createRuntime(deps: RuntimeDeps): Runtime {
  const { config, log, knowledge } = deps;
  const metrics = createMetrics();
  const shutdown = createShutdown({ log, graceMs: deps.graceMs ?? 5_000, closeTimeoutMs: 4_000 });
  const adapters = new Map<PlatformName, { adapter: RunningAdapter; running: boolean }>();
  const standby = new Set<PlatformName>();
  const publishers: Partial<Record<PlatformName, Publisher>> = {};
  let digestsWanted = false;
  let lastDigestRun: Date | null = null;
  let store: Promise<SubscriptionStore> | null = null;
  const database = createDatabaseWatch(deps.databaseCheckMs ?? 2_000);
  let pool: Pool | undefined;
  let idleErrorAt = Number.NEGATIVE_INFINITY;
  const pgPool = (url: string): Pool => {
    pool ??= createPgPool(url, {
      // A restarting server breaks every idle connection at once: one line a minute says so.
      onIdleError: (err) => {
        if (Date.now() - idleErrorAt < 60_000) return;
        idleErrorAt = Date.now();
        log.warn({ err: err.message }, 'database connection lost; reconnecting on demand');
      },
    });
    return pool;
  };

  const stateOf = (name: PlatformName): AdapterState => {
    if (!deps.enabled.includes(name)) return 'disabled';
    const a = adapters.get(name);
    if (!a && standby.has(name)) return 'standby';
    const up = a?.running === true && (a.adapter.isUp?.() ?? true);
    metrics.adapterUp(name, up);
    return up ? 'up' : 'down';
  };
  const status = (): HealthStatus => ({
    adapters: { slack: stateOf('slack'), discord: stateOf('discord') },
    knowledgeVersion: knowledge.version,
    lastDigestRun: lastDigestRun?.toISOString() ?? null,
    database: database.state(),
  });

  // Closers run in reverse order of registration: the scheduler (registered last, once the adapters have
  // started, so a digest post in flight finishes while the platform clients still work), the adapters, the
  // database, the health server.
  let health: { close(): Promise<void> } | null = null;
  shutdown.onClose('health server', () => health?.close());
  shutdown.onClose('database', async () => {
    database.stop();
    if (store) await (await store.catch(() => null))?.close();
    else await pool?.end().catch(() => undefined);
  });

  const openStore = (): Promise<SubscriptionStore> => {
    if (store) return store;
    const url = config.DATABASE_URL;
    // better-sqlite3 is synchronous: a write waiting on another process's lock holds the event loop, and with it
    // every answer, for up to the busy timeout. Transactions here last milliseconds, so 1 s is ample.
    store = url
      ? openPgStore(pgPool(url))
      : Promise.resolve(openSqliteStore(config.DATABASE_PATH, { busyTimeoutMs: STORE_BUSY_TIMEOUT_MS }));
    store.then(
      (s) => database.watch(s),
      () => {
        store = null; // a later call tries again
      },
    );
    return store;
  };

  let starting: Promise<DigestScheduler> | null = null;
  async function startScheduler(): Promise<DigestScheduler> {
    const started = createDigestScheduler({
      store: await openStore(),
      knowledge,
      staleClaimMs: config.DIGEST_CLAIM_LEASE_SECONDS * 1_000,
      retryAfterFailureMs: 5_000,
      publishers,
      concurrency: config.DIGEST_MAX_IN_FLIGHT,
      logger: log.child({ component: 'digest' }),
      onDelivered: (platform, outcome) => metrics.digest(platform, outcome),
      onRun: (_report, at) => {
        lastDigestRun = at;
      },
    });
    shutdown.onClose('digest scheduler', () => started.stop(3_000));
    started.start();
    log.info(
      {
        platforms: Object.keys(publishers),
        database: config.DATABASE_URL ? 'postgres' : config.DATABASE_PATH,
      },
      'digest scheduler started',
    );
    return started;
  }
  async function startDigests(): Promise<DigestScheduler | null> {
    digestsWanted = true;
    if (Object.keys(publishers).length === 0) {
      log.debug('no started adapter posts digests: digest scheduler not started');
      return null;
    }
    starting ??= startScheduler();
    return starting;
  }

  return {
    metrics,
    shutdown,
    openStore,
    async rateLimiter() {
      const url = config.DATABASE_URL;
      if (url) await openStore();
      return createRateLimiter({
        perUserPerMinute: config.RATE_USER_PER_MINUTE,
        perChannelPerMinute: config.RATE_CHANNEL_PER_MINUTE,
        ...(url ? { pool: pgPool(url) } : {}),
        onStoreError: (err) =>
          log.warn(
            { err: err.message },
            'rate limits: database unreachable; limiting per instance meanwhile',
          ),
      });
    },
    async startHealth() {
      if (config.HEALTH_PORT === undefined) return;
      health = await startHealthServer({
        port: config.HEALTH_PORT,
        host: config.HEALTH_HOST,
        metrics,
        status,
        log: log.child({ component: 'health' }),
      });
    },
    adapterStarted(adapter) {
      standby.delete(adapter.name);
      if (adapter.publisher) publishers[adapter.name] = adapter.publisher;
      const entry = { adapter, running: true };
      adapters.set(adapter.name, entry);
      metrics.adapterUp(adapter.name, true);
      shutdown.onClose(`${adapter.name} adapter`, async () => {
        entry.running = false;
        metrics.adapterUp(adapter.name, false);
        await adapter.stop();
      });
      if (digestsWanted && adapter.publisher) void startDigests();
    },
    whenLeader(name, key, start, onLost) {
      const url = config.DATABASE_URL;
      if (!url) throw new Error('whenLeader needs DATABASE_URL');
      standby.add(name);
      const election = createLeaderElection({ url, key, onLost, log: log.child({ component: name }) });
      shutdown.onClose(`${name} leader lock`, () => election.stop());
      election.start(start);
    },
    startDigests,
  };
}

/** The database's state for /healthz, refreshed in the background: a health check never waits on the database. */
function createDatabaseWatch(everyMs: number) {
  let state: DatabaseState = 'disabled';
  let timer: NodeJS.Timeout | undefined;
  return {
    state: () => state,
    watch(store: SubscriptionStore) {
      state = 'up';
      const check = () =>
        store.ping().then(
          () => {
            state = 'up';
          },
          () => {
            state = 'down';
          },
        );
      timer = setInterval(check, everyMs);
      timer.unref();
    },
    stop: () => clearInterval(timer),
  };
}
