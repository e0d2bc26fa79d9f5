import type { Logger } from '../logger.ts';

export interface ShutdownOptions {
  log: Pick<Logger, 'debug' | 'warn' | 'error'>;
  /** How long in-flight work may take once shutdown starts (default 5 s); after that it is abandoned. */
  graceMs?: number;
  /** How long one closer may take before it counts as failed and the next one runs (default 2 s). */
  closeTimeoutMs?: number;
}

export interface ShutdownReport {
  /** In-flight tasks that finished within the grace period. */
  finished: number;
  /** In-flight tasks still running when the grace period ended. */
  abandoned: number;
  /** Closers that threw or rejected (each logged once). */
  failedClosers: string[];
}

export interface Shutdown {
  /** False once run() has been called: entry points should refuse new work. */
  readonly accepting: boolean;
  /** Work in flight right now. */
  readonly inFlight: number;
  /** Follows a piece of work until it settles; run() waits for it (bounded by the grace period). */
  track<T>(work: Promise<T>): Promise<T>;
  /** Registers something to close; closers run in reverse order of registration (last opened, first closed). */
  onClose(name: string, close: () => unknown): void;
  /** Stops accepting work, waits for what is in flight (up to the grace), then runs the closers. Idempotent. */
  run(reason?: string): Promise<ShutdownReport>;
}

export function createShutdown(opts: ShutdownOptions): Shutdown {
  const graceMs = opts.graceMs ?? 5_000;
  const closeTimeoutMs = opts.closeTimeoutMs ?? 2_000;
  const inFlight = new Set<Promise<unknown>>();
  const closers: { name: string; close: () => unknown }[] = [];
  let accepting = true;
  let running: Promise<ShutdownReport> | null = null;

  async function within<T>(ms: number, work: Promise<T>): Promise<T | 'timeout'> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), ms);
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function drain(): Promise<{ finished: number; abandoned: number }> {
    const total = inFlight.size;
    if (total === 0) return { finished: 0, abandoned: 0 };
    await within(graceMs, Promise.allSettled([...inFlight]));
    const abandoned = inFlight.size;
    if (abandoned > 0)
      opts.log.warn({ abandoned, graceMs }, 'shutdown: in-flight work abandoned after grace');
    return { finished: total - abandoned, abandoned };
  }

  async function closeAll(): Promise<string[]> {
    const failed: string[] = [];
    for (const { name, close } of [...closers].reverse()) {
      try {
        if ((await within(closeTimeoutMs, Promise.resolve().then(close))) === 'timeout')
          throw new Error(`did not finish within ${closeTimeoutMs} ms`);
      } catch (err) {
        failed.push(name);
        opts.log.error(
          { closer: name, err: (err as Error)?.message ?? String(err) },
          'shutdown: close failed',
        );
      }
    }
    return failed;
  }

  return {
    get accepting() {
      return accepting;
    },
    get inFlight() {
      return inFlight.size;
    },
    track(work) {
      inFlight.add(work);
      const forget = () => {
        inFlight.delete(work);
      };
      work.then(forget, forget);
      return work;
    },
    onClose(name, close) {
      closers.push({ name, close });
    },
    run(reason) {
      if (running) return running;
      accepting = false;
      opts.log.debug({ reason, inFlight: inFlight.size, graceMs }, 'shutting down');
      running = (async () => {
        const { finished, abandoned } = await drain();
        const failedClosers = await closeAll();
        opts.log.debug({ finished, abandoned, failedClosers: failedClosers.length }, 'shutdown complete');
        return { finished, abandoned, failedClosers };
      })();
      return running;
    },
  };
}
