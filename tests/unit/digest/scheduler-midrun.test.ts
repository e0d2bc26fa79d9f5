/**
 * A dead instance's claims go stale in the middle of another instance's long run (thousands due, paced): the
 * running instance takes them over then, within its in-flight cap, instead of after its run or at the next tick.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createDigestScheduler } from '../../../src/digest/scheduler.ts';
import { localTime } from '../../../src/digest/time.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { sub, type TempDb, tempDb } from './helpers.ts';

const knowledge = loadKnowledge();
let db: TempDb;
afterEach(() => db?.cleanup());

describe('claims that go stale during a run', () => {
  it('given a dead instance’s fresh claim, a long run delivers it once it is stale, before the run ends', async () => {
    db = tempDb();
    const store = db.open();
    const yesterday = new Date(Date.now() - 86_400_000);
    const today = localTime(new Date(), 'UTC').date;
    for (let i = 0; i < 20; i++)
      await store.subscribe(sub(`C${String(i).padStart(2, '0')}`, { time: '00:00' }), yesterday);
    await store.subscribe(sub('CDEAD', { time: '00:00' }), yesterday);
    // Claimed by an instance that then died: fresh now, stale after the 300 ms lease.
    await store.heartbeat('dead', new Date());
    expect(await store.claim(sub('CDEAD'), today, 'dead', new Date())).not.toBeNull();
    const posts: string[] = [];
    const scheduler = createDigestScheduler({
      store,
      knowledge,
      publishers: {
        slack: {
          async publish(s) {
            await new Promise((r) => setTimeout(r, 50));
            posts.push(s.channelId);
          },
        },
      },
      concurrency: 1,
      staleClaimMs: 300,
      pacing: { slack: { perSecond: 1_000, burst: 1_000, perChannelIntervalMs: 0 } },
    });
    const report = await scheduler.tick(); // 20 posts of 50 ms: about 1 s, three leases
    expect(report.recovered).toBe(1);
    expect(posts.filter((c) => c === 'CDEAD')).toHaveLength(1);
    expect(posts.indexOf('CDEAD')).toBeLessThan(posts.length - 1);
    expect(posts).toHaveLength(21);
    expect((await store.lastDelivery(sub('CDEAD')))?.state).toBe('sent');
  });
});
