/**
 * Installations in the store (both backends, from store-contract.ts): saved sealed, found by workspace, and
 * removed with the workspace's subscriptions and their digest log, other workspaces untouched.
 */
import { expect, it } from 'vitest';
import type { SubscriptionStore } from '../../../src/store/subscription-store.ts';
import { sub } from '../digest/helpers.ts';

const T = (iso: string) => new Date(iso);

export function installationsContract(fresh: () => Promise<SubscriptionStore>): void {
  it('given two installed workspaces, removing one deletes its installation, subscriptions and digest log only', async () => {
    const store = await fresh();
    const now = T('2026-05-01T06:00:00Z');
    const slack = (workspaceId: string) => ({ platform: 'slack', workspaceId });
    expect(await store.anyInstallation('slack')).toBeNull();
    await store.saveInstallation({ ...slack('T1'), sealed: 'v1.a.b.one', installedAt: now });
    await store.saveInstallation({ ...slack('T2'), sealed: 'v1.a.b.two', installedAt: now });
    await store.saveInstallation({ ...slack('T2'), sealed: 'v1.a.b.two-again', installedAt: now });
    expect(await store.getInstallation(slack('T2'))).toEqual({
      ...slack('T2'),
      sealed: 'v1.a.b.two-again',
      installedAt: now,
    });
    expect(await store.anyInstallation('slack')).not.toBeNull();
    expect(await store.anyInstallation('discord')).toBeNull();
    await store.subscribe(sub('C1', { workspaceId: 'T1' }), now);
    await store.subscribe(sub('C2', { workspaceId: 'T1' }), now);
    await store.subscribe(sub('C3', { workspaceId: 'T2' }), now);
    await store.subscribe(sub('C4', { workspaceId: 'T1', platform: 'discord' }), now);
    expect(await store.claim({ platform: 'slack', channelId: 'C1' }, '2026-05-01', 'me', now)).not.toBeNull();
    expect((await store.listWorkspace(slack('T1'))).map((s) => s.channelId)).toEqual(['C1', 'C2']);

    expect(await store.removeWorkspace(slack('T1'))).toEqual({ installation: true, subscriptions: 2 });
    expect(await store.getInstallation(slack('T1'))).toBeNull();
    expect(await store.listWorkspace(slack('T1'))).toEqual([]);
    expect(await store.lastDelivery({ platform: 'slack', channelId: 'C1' })).toBeNull();
    expect(await store.getInstallation(slack('T2'))).not.toBeNull();
    expect((await store.listWorkspace(slack('T2'))).map((s) => s.channelId)).toEqual(['C3']);
    expect(await store.get({ platform: 'discord', channelId: 'C4' })).not.toBeNull();
    expect(await store.removeWorkspace(slack('T1'))).toEqual({ installation: false, subscriptions: 0 });
  });
}
