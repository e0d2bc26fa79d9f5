/** Work an adapter has started and not finished, so a shutdown can let it complete (bounded) before closing. */
export interface InFlight {
  /** Runs `work` and remembers it until it settles; returns its result. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves true when everything tracked has settled, false when `graceMs` ran out first. */
  drain(graceMs: number): Promise<boolean>;
  readonly size: number;
}

export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    get size() {
      return pending.size;
    },
    track(work) {
      const settled = work.finally(() => pending.delete(settled));
      pending.add(settled);
      return settled;
    },
    async drain(graceMs) {
      if (pending.size === 0) return true;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), graceMs);
      });
      const all = Promise.allSettled([...pending]).then(() => true);
      const done = await Promise.race([all, timeout]);
      clearTimeout(timer);
      return done;
    },
  };
}
