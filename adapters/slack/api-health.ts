/**
 * Whether the Slack Web API answers, for /healthz and plenary_adapter_up: HTTP mode has no connection to watch,
 * and an API that resets every connection would otherwise be reported up. A probe (auth.test) runs every
 * `intervalMs`, and at once when an answer's Web API call fails with a network error, a timeout or a 5xx.
 * `failuresForDown` failed probes in a row (`retryMs` apart) report it down; one success reports it up.
 */
import type { Logger } from '../../src/logger.ts';
import { errorSummary } from './deliver.ts';

export const API_PROBE_INTERVAL_MS = 30_000;
export const API_PROBE_RETRY_MS = 2_000;
const FAILURES_FOR_DOWN = 2;

export interface ApiHealthOptions {
  probe: () => Promise<unknown>;
  log: Logger;
  intervalMs?: number;
  retryMs?: number;
}

export interface ApiHealth {
  start(): void;
  stop(): void;
  /** A Web API call just failed in a way that suggests an outage: probe now. */
  suspect(): void;
  isUp(): boolean;
}

export function createApiHealth(opts: ApiHealthOptions): ApiHealth {
  const intervalMs = opts.intervalMs ?? API_PROBE_INTERVAL_MS;
  const retryMs = opts.retryMs ?? API_PROBE_RETRY_MS;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let probing = false;
  let stopped = true;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void run(), ms).unref();
  };

  async function run(): Promise<void> {
    if (probing || stopped) return;
    probing = true;
    try {
      await opts.probe();
      if (failures >= FAILURES_FOR_DOWN) opts.log.info('Slack Web API answers again: reported up');
      failures = 0;
    } catch (err) {
      failures++;
      if (failures === FAILURES_FOR_DOWN)
        opts.log.error({ error: errorSummary(err), failures }, 'Slack Web API unreachable: reported down');
    } finally {
      probing = false;
      schedule(failures > 0 ? retryMs : intervalMs);
    }
  }

  return {
    start() {
      stopped = false;
      schedule(intervalMs);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    suspect() {
      void run();
    },
    isUp: () => failures < FAILURES_FOR_DOWN,
  };
}
