/**
 * Claim leases on the real clock: a process killed mid-post leaves claims that a restarted process resumes one
 * lease later (not at the next minute's tick, not after ten minutes), while a live process that is slow keeps
 * its claims through heartbeats.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Publisher } from '../../../src/digest/publisher.ts';
import { createDigestScheduler } from '../../../src/digest/scheduler.ts';
import { localTime } from '../../../src/digest/time.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { sub, type TempDb, tempDb } from './helpers.ts';

const knowledge = loadKnowledge();
let db: TempDb;
afterEach(() => db?.cleanup());

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function counting(delayMs = 0): Publisher & { posts: string[] } {
  const p = {
    posts: [] as string[],
    async publish(s: { channelId: string }) {
      await pause(delayMs);
      p.posts.push(s.channelId);
    },
  };
  return p;
}

describe('digest claim lease', () => {
  it('given claims a killed process left, start() resumes them one lease later without waiting for the next tick', async () => {
    db = tempDb();
    const store = db.open();
    const now = new Date();
    store.subscribe(sub('C1'), now);
    // The dead process claimed today's digest and was killed before posting it.
    expect(await store.claim(sub('C1'), localTime(now, 'UTC').date, 'dead', now)).not.toBeNull();
    const publisher = counting();
    const runs: { recovered: number; sent: number }[] = [];
    const s = createDigestScheduler({
      store,
      knowledge,
      publishers: { slack: publisher },
      owner: 'restarted',
      staleClaimMs: 300,
      cron: '0 0 1 1 *', // no regular tick during the test
      onRun: (report) => runs.push(report),
    });
    s.start(); // its first run checks the claim at once: still within its lease
    const until = Date.now() + 20_000;
    while (publisher.posts.length === 0 && Date.now() < until) await pause(20);
    await s.stop();
    expect(runs.map((r) => [r.recovered, r.sent])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(publisher.posts).toEqual(['C1']);
    expect((await store.lastDelivery(sub('C1')))?.state).toBe('sent');
  });

  it('given a live process whose post outlasts the lease, another process does not take its claim', async () => {
    db = tempDb();
    const a = db.open();
    const b = db.open();
    a.subscribe(sub('C1', { time: '00:00' }), new Date(Date.now() - 86_400_000));
    const slow = counting(1_500);
    const sa = createDigestScheduler({
      store: a,
      knowledge,
      publishers: { slack: slow },
      owner: 'a',
      staleClaimMs: 150,
    });
    const other = counting();
    const sb = createDigestScheduler({
      store: b,
      knowledge,
      publishers: { slack: other },
      owner: 'b',
      staleClaimMs: 150,
    });
    const running = sa.tick();
    await pause(1_000); // six leases: a's heartbeats keep the claim a's
    const report = await sb.tick();
    expect(report.recovered).toBe(0);
    await running;
    expect(slow.posts).toEqual(['C1']);
    expect(other.posts).toEqual([]);
  });
});
