import { afterEach, describe, expect, it } from 'vitest';
import { handleDigestCommand, textDigestSyntax } from '../../../src/digest/commands.ts';
import { PublishError } from '../../../src/digest/publisher.ts';
import { createDigestScheduler, type SchedulerOptions } from '../../../src/digest/scheduler.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import type { SubscriptionStore } from '../../../src/store/subscription-store.ts';
import { countBy, FakeClock, recordingPublisher, sub, type TempDb, tempDb } from './helpers.ts';

const knowledge = loadKnowledge();
let db: TempDb;
afterEach(() => db?.cleanup());

function scheduler(
  store: SubscriptionStore,
  clock: FakeClock,
  publisher: ReturnType<typeof recordingPublisher>,
  over: Partial<SchedulerOptions> = {},
) {
  return createDigestScheduler({
    store,
    knowledge,
    publishers: { slack: publisher },
    clock,
    sleep: clock.sleep,
    ...over,
  });
}

async function runUntil(clock: FakeClock, end: string, stepMs: number, ticks: (() => Promise<unknown>)[]) {
  const stop = Date.parse(end);
  while (clock.t <= stop) {
    for (const tick of ticks) await tick();
    clock.advance(stepMs);
  }
}

describe('digest scheduler', () => {
  it('driven by a fake clock across three days, posts once a day per channel at its local time', async () => {
    db = tempDb();
    const store = db.open();
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    store.subscribe(sub('UTC'), clock.now());
    store.subscribe(sub('KYIV', { timeZone: 'Europe/Kyiv', time: '08:30' }), clock.now());
    store.subscribe(sub('NY', { timeZone: 'America/New_York', time: '21:15' }), clock.now());
    const publisher = recordingPublisher(clock);
    const s = scheduler(store, clock, publisher);
    await runUntil(clock, '2026-05-03T23:59:00Z', 15 * 60_000, [s.tick]);
    expect(countBy(publisher.posts)).toEqual({ UTC: 3, KYIV: 3, NY: 3 });
    const kyiv = publisher.posts.filter((p) => p.channelId === 'KYIV');
    expect(kyiv.map((p) => p.at)).toEqual([
      '2026-05-01T05:30:00.000Z',
      '2026-05-02T05:30:00.000Z',
      '2026-05-03T05:30:00.000Z',
    ]);
    expect(new Set(kyiv.map((p) => p.factId)).size).toBe(3);
    const ny = publisher.posts.filter((p) => p.channelId === 'NY');
    // Subscribed at 20:00 on 30 April in New York, so 30 April's 21:15 was still ahead.
    expect(ny.map((p) => [p.date, p.at])).toEqual([
      ['2026-04-30', '2026-05-01T01:15:00.000Z'],
      ['2026-05-01', '2026-05-02T01:15:00.000Z'],
      ['2026-05-02', '2026-05-03T01:15:00.000Z'],
    ]);
  });

  it('fires America/New_York 09:00 once on the March DST day, at 13:00 UTC instead of 14:00', async () => {
    db = tempDb();
    const store = db.open();
    const clock = new FakeClock('2026-03-07T00:00:00Z');
    store.subscribe(sub('NY', { timeZone: 'America/New_York' }), clock.now());
    const publisher = recordingPublisher(clock);
    const s = scheduler(store, clock, publisher);
    clock.set('2026-03-07T13:30:00Z');
    await runUntil(clock, '2026-03-07T14:30:00Z', 60_000, [s.tick]);
    clock.set('2026-03-08T11:30:00Z');
    await runUntil(clock, '2026-03-08T14:30:00Z', 60_000, [s.tick]);
    expect(publisher.posts.map((p) => [p.date, p.at])).toEqual([
      ['2026-03-07', '2026-03-07T14:00:00.000Z'],
      ['2026-03-08', '2026-03-08T13:00:00.000Z'],
    ]);
  });

  it('after downtime, posts today’s digest late once and does not back-fill missed days', async () => {
    db = tempDb();
    const store = db.open();
    const clock = new FakeClock('2026-05-01T08:00:00Z');
    store.subscribe(sub('C1'), clock.now());
    const publisher = recordingPublisher(clock);
    clock.set('2026-05-04T17:42:00Z');
    const s = scheduler(store, clock, publisher);
    await s.tick();
    await s.tick();
    expect(publisher.posts.map((p) => [p.date, p.at])).toEqual([['2026-05-04', '2026-05-04T17:42:00.000Z']]);
  });

  it('after a crash mid-run, a restarted process posts the rest and the stuck one, none twice', async () => {
    db = tempDb();
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    const first = db.open();
    for (const id of ['C1', 'C2', 'C3', 'C4', 'C5']) first.subscribe(sub(id), clock.now());
    clock.set('2026-05-01T09:00:00Z');
    const hang = new Promise<void>(() => {});
    const crashed = recordingPublisher(clock, (_s, n) => (n === 3 ? hang : undefined));
    const a = scheduler(first, clock, crashed, { concurrency: 1, owner: 'crashed' });
    void a.tick();
    while (crashed.calls < 3) await new Promise((r) => setImmediate(r));
    expect(crashed.posts.map((p) => p.channelId)).toEqual(['C1', 'C2']);

    const second = db.open();
    const restarted = recordingPublisher(clock);
    const b = scheduler(second, clock, restarted, { owner: 'restarted', staleClaimMs: 10 * 60_000 });
    clock.advance(60_000);
    await b.tick();
    expect(restarted.posts.map((p) => p.channelId).sort()).toEqual(['C4', 'C5']);
    clock.advance(10 * 60_000);
    await b.tick();
    await b.tick();
    expect(restarted.posts.map((p) => p.channelId).sort()).toEqual(['C3', 'C4', 'C5']);
    expect(countBy([...crashed.posts, ...restarted.posts])).toEqual({ C1: 1, C2: 1, C3: 1, C4: 1, C5: 1 });
  });

  it('with two processes on one database file, each channel gets one post', async () => {
    db = tempDb();
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    const one = db.open();
    const two = db.open();
    for (let i = 0; i < 40; i++) one.subscribe(sub(`C${i}`), clock.now());
    clock.set('2026-05-01T09:00:00Z');
    const p1 = recordingPublisher(clock);
    const p2 = recordingPublisher(clock);
    const a = scheduler(one, clock, p1, { owner: 'one' });
    const b = scheduler(two, clock, p2, { owner: 'two' });
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    const counts = countBy([...p1.posts, ...p2.posts]);
    expect(Object.keys(counts)).toHaveLength(40);
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
  });

  it('honours Retry-After on a 429 and delivers once', async () => {
    db = tempDb();
    const store = db.open();
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    store.subscribe(sub('C1'), clock.now());
    clock.set('2026-05-01T09:00:00Z');
    const publisher = recordingPublisher(clock, (_s, n) =>
      n === 1 ? new PublishError('rate_limited', 'ratelimited', { retryAfterMs: 30_000 }) : undefined,
    );
    const report = await scheduler(store, clock, publisher).tick();
    expect(publisher.calls).toBe(2);
    expect(publisher.posts.map((p) => p.at)).toEqual(['2026-05-01T09:00:30.000Z']);
    expect(report).toMatchObject({ claimed: 1, sent: 1, failed: 0 });
    expect((await store.lastDelivery(sub('C1')))?.state).toBe('sent');
  });

  it('gives up after the retry budget and does not retry the same day again', async () => {
    db = tempDb();
    const store = db.open();
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    store.subscribe(sub('C1'), clock.now());
    clock.set('2026-05-01T09:00:00Z');
    const publisher = recordingPublisher(clock, () => new Error('socket hang up'));
    const s = scheduler(store, clock, publisher, { retry: { attempts: 3 } });
    expect(await s.tick()).toMatchObject({ failed: 1, sent: 0 });
    await s.tick();
    expect(publisher.calls).toBe(3);
    expect(await store.lastDelivery(sub('C1'))).toMatchObject({ state: 'failed', error: 'socket hang up' });
  });

  it('marks a gone channel, skips it from then on, and never retries it', async () => {
    db = tempDb();
    const store = db.open();
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    store.subscribe(sub('GONE'), clock.now());
    store.subscribe(sub('OK'), clock.now());
    clock.set('2026-05-01T09:00:00Z');
    const publisher = recordingPublisher(clock, (s) =>
      s.channelId === 'GONE' ? new PublishError('gone', 'channel_not_found') : undefined,
    );
    const s = scheduler(store, clock, publisher);
    await runUntil(clock, '2026-05-03T10:00:00Z', 30 * 60_000, [s.tick]);
    expect(publisher.calls).toBe(4);
    expect(countBy(publisher.posts)).toEqual({ OK: 3 });
    expect(await store.get(sub('GONE'))).toMatchObject({ status: 'gone', goneReason: 'channel_not_found' });
    const status = handleDigestCommand(store, knowledge, {
      platform: 'slack',
      channelId: 'GONE',
      workspaceId: 'T1',
      userId: 'U1',
      args: 'status',
      defaults: { time: '09:00', tz: 'UTC' },
      now: clock.now(),
      syntax: textDigestSyntax(),
    });
    expect((await status).summary).toContain('paused');
    expect((await status).summary).toContain('channel_not_found');
  });

  it('leaves subscriptions of platforms it does not publish to unclaimed', async () => {
    db = tempDb();
    const store = db.open();
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    store.subscribe(sub('D1', { platform: 'discord' }), clock.now());
    clock.set('2026-05-01T09:00:00Z');
    const publisher = recordingPublisher(clock);
    expect(await scheduler(store, clock, publisher).tick()).toMatchObject({ due: 0, claimed: 0 });
    expect(await store.listDue(clock.now())).toHaveLength(1);
  });

  it('paces posts to one platform with a token bucket', async () => {
    db = tempDb();
    const store = db.open();
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    for (let i = 0; i < 30; i++) store.subscribe(sub(`C${i}`), clock.now());
    clock.set('2026-05-01T09:00:00Z');
    const publisher = recordingPublisher(clock);
    const s = scheduler(store, clock, publisher, {
      pacing: { slack: { perSecond: 10, burst: 10, perChannelIntervalMs: 1000 } },
      concurrency: 1,
    });
    await s.tick();
    expect(publisher.posts).toHaveLength(30);
    expect(Date.parse(publisher.posts.at(-1)!.at) - Date.parse('2026-05-01T09:00:00Z')).toBe(2000);
  });

  it('yields to the event loop during a run, so answers are not held up', async () => {
    db = tempDb();
    const store = db.open();
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    for (let i = 0; i < 200; i++) store.subscribe(sub(`C${i}`), clock.now());
    clock.set('2026-05-01T09:00:00Z');
    const publisher = recordingPublisher(clock);
    let postsWhenOtherWorkRan = -1;
    setImmediate(() => {
      postsWhenOtherWorkRan = publisher.posts.length;
    });
    await scheduler(store, clock, publisher, {
      pacing: { slack: { perSecond: 1e9, burst: 1e9, perChannelIntervalMs: 0 } },
    }).tick();
    expect(postsWhenOtherWorkRan).toBeGreaterThanOrEqual(0);
    expect(postsWhenOtherWorkRan).toBeLessThan(200);
  });
});

describe('digest scheduler start and stop', () => {
  it('start() delivers what is due at once, and stop() waits for the run and stops ticking', async () => {
    db = tempDb();
    const store = db.open();
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    store.subscribe(sub('C1'), clock.now());
    clock.set('2026-05-01T09:00:00Z');
    const publisher = recordingPublisher(clock);
    const s = scheduler(store, clock, publisher);
    s.start();
    while (publisher.posts.length === 0) await new Promise((r) => setTimeout(r, 5));
    await s.stop();
    expect(publisher.posts).toHaveLength(1);
    expect((await store.lastDelivery(sub('C1')))?.state).toBe('sent');
  });
});
