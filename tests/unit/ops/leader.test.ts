/** Leader election by advisory lock, against the real Postgres server of the test run. */
import pg from 'pg';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLeaderElection, type LeaderElection } from '../../../src/ops/leader.ts';
import { freshDatabase } from '../../postgres/database.ts';

let url: string;
const elections: LeaderElection[] = [];
beforeAll(async () => {
  url = await freshDatabase();
});
afterEach(async () => {
  await Promise.all(elections.splice(0).map((e) => e.stop()));
});

const waitUntil = async (check: () => boolean, ms = 5_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

function elect(name: string, led: string[], lost: string[] = [], key = 42) {
  const e = createLeaderElection({ url, key, retryMs: 100, onLost: () => lost.push(name) });
  elections.push(e);
  e.start(() => {
    led.push(name);
  });
  return e;
}

describe('leader election (Postgres advisory lock)', () => {
  it('given two instances, exactly one leads; when it stops, the other takes over', async () => {
    const led: string[] = [];
    const a = elect('a', led);
    await waitUntil(() => led.length === 1);
    const b = elect('b', led);
    await new Promise((r) => setTimeout(r, 400)); // several of b's tries
    expect(led).toEqual(['a']);
    expect([a.leading, b.leading]).toEqual([true, false]);
    await a.stop();
    await waitUntil(() => led.length === 2);
    expect(led).toEqual(['a', 'b']);
    expect(b.leading).toBe(true);
  });

  it('given the leader’s lock connection killed by the server, it reports the loss and another leads', async () => {
    const led: string[] = [];
    const lost: string[] = [];
    const a = elect('a', led, lost, 43);
    await waitUntil(() => a.leading);
    elect('b', led, lost, 43);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = 43 AND granted",
    );
    await admin.end();
    await waitUntil(() => lost.includes('a') && led.includes('b'), 8_000);
    expect(a.leading).toBe(false);
  });
});
