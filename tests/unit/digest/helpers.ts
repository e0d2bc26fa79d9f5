import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Publisher } from '../../../src/digest/publisher.ts';
import type { Digest } from '../../../src/digest/types.ts';
import { openSqliteStore } from '../../../src/store/sqlite-store.ts';
import type {
  NewSubscription,
  Subscription,
  SubscriptionStore,
} from '../../../src/store/subscription-store.ts';

/** A clock tests move by hand; `sleep` advances it instead of waiting. */
export class FakeClock {
  t: number;
  constructor(iso: string) {
    this.t = Date.parse(iso);
  }
  now = (): Date => new Date(this.t);
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
  advance(ms: number): void {
    this.t += ms;
  }
  sleep = async (ms: number): Promise<void> => {
    this.t += ms;
  };
}

export interface Post {
  channelId: string;
  date: string;
  at: string;
  factId: string | null;
}

/** A publisher that records what it posted, and when by the fake clock. */
export function recordingPublisher(
  clock: FakeClock,
  fail?: (sub: Subscription, n: number) => unknown,
): Publisher & {
  posts: Post[];
  calls: number;
} {
  const p = {
    posts: [] as Post[],
    calls: 0,
    async publish(sub: Subscription, digest: Digest) {
      p.calls++;
      const failure = fail?.(sub, p.calls);
      if (failure instanceof Promise) await failure;
      else if (failure) throw failure;
      p.posts.push({
        channelId: sub.channelId,
        date: digest.date,
        at: clock.now().toISOString(),
        factId: digest.factId,
      });
    },
  };
  return p;
}

export interface TempDb {
  path: string;
  open(): SubscriptionStore;
  cleanup(): void;
}

export function tempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-digest-'));
  const stores: SubscriptionStore[] = [];
  const path = join(dir, 'nested', 'plenary.db');
  return {
    path,
    open() {
      const store = openSqliteStore(path);
      stores.push(store);
      return store;
    },
    cleanup() {
      for (const s of stores) s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function sub(channelId: string, over: Partial<NewSubscription> = {}): NewSubscription {
  return {
    platform: 'slack',
    channelId,
    workspaceId: 'T1',
    time: '09:00',
    timeZone: 'UTC',
    createdBy: 'U1',
    ...over,
  };
}

export const countBy = (posts: Post[]) =>
  posts.reduce<Record<string, number>>((acc, p) => {
    acc[p.channelId] = (acc[p.channelId] ?? 0) + 1;
    return acc;
  }, {});
