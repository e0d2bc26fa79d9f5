/**
 * One leader among instances sharing a Postgres database, by a session-level advisory lock: the instance whose
 * connection holds `pg_try_advisory_lock(key)` leads. Postgres releases the lock the moment that connection ends,
 * so when the leader dies (even SIGKILL: the kernel closes its socket) a standby takes over at its next try.
 * The lock lives on a connection of its own, never one of the pool's.
 */
import pg from 'pg';

export interface LeaderElection {
  /** Tries now and every `retryMs` until this instance leads; then calls `onLead` once. */
  start(onLead: () => Promise<void> | void): void;
  readonly leading: boolean;
  /** Stops trying; a leader releases the lock by closing its connection. */
  stop(): Promise<void>;
}

export interface LeaderOptions {
  url: string;
  /** The advisory lock's key: one per role (e.g. the Discord gateway). */
  key: number;
  /** How often a standby tries (default 5 s); also how often a leader checks its connection. */
  retryMs?: number;
  /** Leadership was lost (the lock's connection broke, or `onLead` threw): the caller must stop leading at once. */
  onLost: (err: Error) => void;
  log?: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

export function createLeaderElection(opts: LeaderOptions): LeaderElection {
  const retryMs = opts.retryMs ?? 5_000;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | undefined;
  let leading = false;
  let stopped = false;

  const drop = async () => {
    const c = client;
    client = null;
    await c?.end().catch(() => undefined);
  };

  async function tryOnce(): Promise<boolean> {
    client ??= await (async () => {
      const c = new pg.Client({ connectionString: opts.url, connectionTimeoutMillis: 2_000 });
      // An error on an idle lock connection ends leadership (handled by the check below, or here if leading).
      c.on('error', (err) => lose(err));
      await c.connect();
      return c;
    })();
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [opts.key]);
    return rows[0]?.ok === true;
  }

  function lose(err: Error): void {
    if (!leading || stopped) return;
    leading = false;
    clearInterval(timer);
    void drop();
    opts.onLost(err);
  }

  return {
    get leading() {
      return leading;
    },
    start(onLead) {
      const attempt = async () => {
        if (stopped || leading) return;
        let won = false;
        try {
          won = await tryOnce();
        } catch (err) {
          opts.log?.warn({ err: (err as Error).message }, 'leader election: database unreachable; retrying');
          await drop();
        }
        if (!won || stopped) {
          timer = setTimeout(attempt, retryMs);
          timer.unref();
          return;
        }
        leading = true;
        opts.log?.info({ key: opts.key }, 'leader election: this instance leads');
        // While leading, a failed check means the lock may be gone: give up leadership at once.
        timer = setInterval(() => {
          client?.query('SELECT 1').catch((err: Error) => lose(err));
        }, retryMs);
        timer.unref();
        // A leader that cannot lead (its adapter failed to start) gives the lock up the same way.
        await Promise.resolve()
          .then(onLead)
          .catch((err: unknown) => lose(err instanceof Error ? err : new Error(String(err))));
      };
      void attempt();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearInterval(timer);
      leading = false;
      await drop();
    },
  };
}
