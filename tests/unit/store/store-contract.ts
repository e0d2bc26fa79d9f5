/**
 * One suite for every store backend: sqlite-store.test.ts and pg-store.test.ts run it, against a SQLite file and
 * a real Postgres server. `fresh()` gives an empty database; `open()` a new store (connection) on it, so "two
 * stores" stand for two instances sharing one database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SubscriptionStore } from '../../../src/store/subscription-store.ts';
import { sub } from '../digest/helpers.ts';
import { installationsContract } from './installations-contract.ts';

export interface Backend {
  /** An empty database; stores opened before it are closed by the suite. */
  fresh(): Promise<void>;
  /** A new store on the current database (migrated). */
  open(): Promise<SubscriptionStore>;
}

const T = (iso: string) => new Date(iso);

export function storeContract(name: string, backend: Backend): void {
  const opened: SubscriptionStore[] = [];
  const open = async () => {
    const s = await backend.open();
    opened.push(s);
    return s;
  };
  const fresh = async () => {
    await backend.fresh();
    return open();
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });

  describe(`${name} store (contract)`, () => {
    it('keys subscriptions by platform and channel and replaces on subscribe again', async () => {
      const store = await fresh();
      const now = T('2026-05-01T06:00:00Z');
      expect((await store.subscribe(sub('C1'), now)).created).toBe(true);
      expect((await store.subscribe(sub('C1', { platform: 'discord' }), now)).created).toBe(true);
      const again = await store.subscribe(sub('C1', { time: '10:30', timeZone: 'Europe/Kyiv' }), now);
      expect(again.created).toBe(false);
      expect(again.subscription).toMatchObject({
        time: '10:30',
        timeZone: 'Europe/Kyiv',
        firstDate: '2026-05-01',
      });
      expect(await store.get({ platform: 'slack', channelId: 'C1' })).toMatchObject({
        time: '10:30',
        timeZone: 'Europe/Kyiv',
        workspaceId: 'T1',
        createdAt: now,
        factState: { shownFactIds: [] },
      });
      expect(await store.count()).toEqual({ active: 2, gone: 0 });
      expect(await store.unsubscribe({ platform: 'slack', channelId: 'C1' })).toBe(true);
      expect(await store.unsubscribe({ platform: 'slack', channelId: 'C1' })).toBe(false);
      expect(await store.get({ platform: 'slack', channelId: 'C1' })).toBeNull();
    });

    it('lists a subscription as due once its local time has come, until it is claimed for the local date', async () => {
      const store = await fresh();
      await store.subscribe(sub('C1', { timeZone: 'Europe/Kyiv' }), T('2026-05-01T00:00:00Z'));
      expect(await store.listDue(T('2026-05-01T05:59:00Z'))).toEqual([]);
      const due = await store.listDue(T('2026-05-01T06:00:00Z'));
      expect(due.map((d) => [d.subscription.channelId, d.localDate])).toEqual([['C1', '2026-05-01']]);
      expect(await store.listDue(T('2026-05-01T06:00:00Z'), { platforms: ['discord'] })).toEqual([]);
      expect(await store.listDue(T('2026-05-01T06:00:00Z'), { platforms: ['slack'], limit: 1 })).toHaveLength(
        1,
      );
      const claim = await store.claim(due[0]!.subscription, '2026-05-01', 'w1', T('2026-05-01T06:00:00Z'));
      expect(claim).toMatchObject({ state: 'claimed', owner: 'w1', attempts: 1, localDate: '2026-05-01' });
      expect(await store.claim(due[0]!.subscription, '2026-05-01', 'w2', new Date())).toBeNull();
      expect(await store.listDue(T('2026-05-01T20:00:00Z'))).toEqual([]);
      expect(await store.listDue(T('2026-05-02T06:00:00Z'))).toHaveLength(1);
    });

    it('pages through due subscriptions across zones in one code-point order, none skipped or repeated', async () => {
      const store = await fresh();
      const zones = [
        'UTC',
        'Europe/Kyiv',
        'America/New_York',
        'Asia/Tokyo',
        'America/Argentina/Buenos_Aires',
      ];
      const ids = ['a', 'B', 'c1', 'C1', 'z', '_x', 'É'];
      for (const timeZone of zones)
        for (const id of ids)
          await store.subscribe(
            sub(`${timeZone}-${id}`, { timeZone, time: '00:00' }),
            T('2026-04-30T00:00:00Z'),
          );
      const now = T('2026-05-01T23:00:00Z');
      const all = (await store.listDue(now)).map((d) => d.subscription.channelId);
      expect(all).toHaveLength(zones.length * ids.length);
      const paged: string[] = [];
      let after: { platform: string; channelId: string; timeZone: string } | undefined;
      for (;;) {
        const page = await store.listDue(now, after ? { limit: 3, after } : { limit: 3 });
        const last = page.at(-1);
        if (!last) break;
        paged.push(...page.map((d) => d.subscription.channelId));
        after = { ...last.subscription };
      }
      expect(paged).toEqual(all);
    });

    it('lets exactly one of many concurrent claims on two stores win a channel’s day', async () => {
      const a = await fresh();
      const b = await open();
      await a.subscribe(sub('C1'), T('2026-05-01T00:00:00Z'));
      const now = T('2026-05-01T09:00:00Z');
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claim(sub('C1'), '2026-05-01', `W${i}`, now)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('hands stale claims of a silent owner to one other owner, and stores fact state with sent', async () => {
      const store = await fresh();
      const other = await open();
      for (const c of ['C1', 'C2', 'C3']) await store.subscribe(sub(c), T('2026-05-01T00:00:00Z'));
      const t0 = T('2026-05-01T09:00:00Z');
      await store.heartbeat('dead', t0);
      const claims = await Promise.all(
        ['C1', 'C2', 'C3'].map((c) => store.claim(sub(c), '2026-05-01', 'dead', t0)),
      );
      const lease = 10 * 60_000;
      expect(await store.reclaimStale('new', new Date(t0.getTime() + 5 * 60_000), lease)).toEqual([]);
      await store.heartbeat('alive', t0);
      const later = new Date(t0.getTime() + 11 * 60_000);
      // Two instances ask at once: every stale claim goes to exactly one of them.
      const [x, y] = await Promise.all([
        store.reclaimStale('new', later, lease),
        other.reclaimStale('third', later, lease),
      ]);
      const taken = [...x, ...y];
      expect(taken.map((c) => c.id).sort()).toEqual(claims.map((c) => c!.id).sort());
      expect(taken.every((c) => c.attempts === 2 && c.owner !== 'dead')).toBe(true);
      expect(await store.reclaimStale('fourth', later, lease, ['discord'])).toEqual([]);
      const first = taken[0]!;
      await store.markSent(first.id, { shownFactIds: ['f1'] }, later);
      expect((await store.lastDelivery(first))?.state).toBe('sent');
      expect(await store.getFactState(first)).toEqual({ shownFactIds: ['f1'] });
      // A live owner's claims are never taken, however old the claim.
      await store.subscribe(sub('C4'), t0);
      await store.claim(sub('C4'), '2026-05-01', 'alive', t0);
      await store.heartbeat('alive', later);
      expect(await other.reclaimStale('fifth', later, lease)).toEqual([]);
    });

    it('records failed and expired claims once, and keeps fact state set directly', async () => {
      const store = await fresh();
      await store.subscribe(sub('C1'), T('2026-05-01T00:00:00Z'));
      const now = T('2026-05-01T09:00:00Z');
      const claim = (await store.claim(sub('C1'), '2026-05-01', 'w', now))!;
      await store.markFailed(claim.id, 'socket hang up', now);
      await store.markExpired(claim.id, 'too late', now); // already finished: no change
      expect(await store.lastDelivery(sub('C1'))).toMatchObject({ state: 'failed', error: 'socket hang up' });
      await store.setFactState(sub('C1'), { shownFactIds: ['a', 'b'] });
      expect(await store.getFactState(sub('C1'))).toEqual({ shownFactIds: ['a', 'b'] });
      expect(await store.getFactState(sub('NONE'))).toEqual({ shownFactIds: [] });
    });

    it('marks a channel gone with its reason and reactivates it on subscribe', async () => {
      const store = await fresh();
      const now = T('2026-05-01T00:00:00Z');
      await store.subscribe(sub('C1'), now);
      const claim = (await store.claim(sub('C1'), '2026-05-01', 'w', now))!;
      await store.markChannelGone(sub('C1'), 'channel_not_found', now, claim.id);
      expect(await store.get(sub('C1'))).toMatchObject({ status: 'gone', goneReason: 'channel_not_found' });
      expect(await store.lastDelivery(sub('C1'))).toMatchObject({ state: 'gone' });
      expect(await store.count()).toEqual({ active: 0, gone: 1 });
      expect(await store.listDue(T('2026-05-02T10:00:00Z'))).toEqual([]);
      await store.subscribe(sub('C1'), now);
      expect(await store.get(sub('C1'))).toMatchObject({ status: 'active', goneReason: null });
    });

    it('sees an event id once across stores until it expires', async () => {
      const a = await fresh();
      const b = await open();
      const now = T('2026-05-01T09:00:00Z');
      const first = await Promise.all([a, b, a, b].map((s) => s.firstSeen('Ev1', now, 60_000)));
      expect(first.filter(Boolean)).toHaveLength(1);
      expect(await b.firstSeen('Ev2', now, 60_000)).toBe(true);
      expect(await a.firstSeen('Ev1', new Date(now.getTime() + 59_000), 60_000)).toBe(false);
      expect(await a.firstSeen('Ev1', new Date(now.getTime() + 60_000), 60_000)).toBe(true);
      await expect(a.ping()).resolves.toBeUndefined();
    });

    it('stores the digest language with the subscription: English when none is given, replaced on subscribe again', async () => {
      const store = await fresh();
      const now = T('2026-05-01T06:00:00Z');
      expect((await store.subscribe(sub('C1'), now)).subscription.lang).toBe('en');
      expect((await store.subscribe(sub('C2', { lang: 'fr' }), now)).subscription.lang).toBe('fr');
      expect((await store.get({ platform: 'slack', channelId: 'C2' }))?.lang).toBe('fr');
      await store.subscribe(sub('C2', { lang: 'uk' }), now);
      expect((await store.get({ platform: 'slack', channelId: 'C2' }))?.lang).toBe('uk');
      await store.subscribe(sub('C1', { lang: 'zh', timeZone: 'Asia/Shanghai', time: '00:00' }), now);
      const due = await store.listDue(T('2026-05-01T23:00:00Z'));
      expect(due.map((d) => [d.subscription.channelId, d.subscription.lang])).toContainEqual(['C1', 'zh']);
      expect(
        (await store.listWorkspace({ platform: 'slack', workspaceId: 'T1' })).map((s) => s.lang),
      ).toEqual(['zh', 'uk']);
    });

    it('migrates once: a second open of the same database keeps its rows', async () => {
      const a = await fresh();
      await a.subscribe(sub('C1'), T('2026-05-01T00:00:00Z'));
      const b = await open();
      expect(await b.get(sub('C1'))).not.toBeNull();
    });

    installationsContract(fresh);
  });
}
