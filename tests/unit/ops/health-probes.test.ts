/**
 * The two health rules behind /healthz and plenary_adapter_up: Discord's gateway counts as down only after an
 * outage outlasts its grace period; the Slack Web API is down after two failed probes in a row, up after one
 * success, and probed at once when an answer's call fails.
 */
import { describe, expect, it } from 'vitest';
import { createGatewayHealth } from '../../../adapters/discord/gateway-health.ts';
import { createApiHealth } from '../../../adapters/slack/api-health.ts';
import { createLogger } from '../../../src/logger.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await pause(5);
  }
}

describe('gateway health', () => {
  it('given a drop, it stays up through the grace period, goes down after it, and is up again on reconnect', () => {
    let t = 0;
    const g = createGatewayHealth(5_000, () => t);
    g.disconnected();
    t = 4_999;
    expect(g.isUp()).toBe(true);
    expect(g.connectedNow()).toBe(false);
    g.disconnected(); // a failed reconnect does not restart the clock
    t = 5_000;
    expect(g.isUp()).toBe(false);
    g.connected();
    expect(g.isUp()).toBe(true);
  });
});

describe('Slack Web API health', () => {
  it('given probes that fail, it is down after the second, and up after the first success', async () => {
    let failing = true;
    let probes = 0;
    const h = createApiHealth({
      probe: async () => {
        probes++;
        if (failing) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      },
      log: createLogger({ level: 'silent' }),
      intervalMs: 60_000,
      retryMs: 10,
    });
    h.start();
    expect(h.isUp()).toBe(true);
    h.suspect(); // an answer's call just failed: probe now, not in a minute
    await until(() => probes >= 2);
    expect(h.isUp()).toBe(false);
    failing = false;
    await until(() => h.isUp());
    const after = probes;
    await pause(50);
    expect(probes).toBe(after); // healthy again: back to the long interval
    h.stop();
  });
});
