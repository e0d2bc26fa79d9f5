import { existsSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type ChartRenderer,
  chartKey,
  createChartCache,
  type PruneReport,
  pruneChartDir,
} from '../../../src/charts/index.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import type { Knowledge } from '../../../src/knowledge/model.ts';
import { chartScratch } from './scratch.ts';

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = loadKnowledge();
});

const newScratch = chartScratch('prune');
const scratch = () => newScratch({ create: true });

const T0 = Date.parse('2026-02-24T09:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const render: ChartRenderer = (_k, voteId) => Buffer.from(`png of ${voteId}`);
const pngs = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.png'));

/** A chart file as the cache names it, last used at `usedAt`. */
function chartFile(dir: string, vote: string, usedAt: number): string {
  const name = chartKey(knowledge, vote);
  writeFileSync(join(dir, name), 'png');
  utimesSync(join(dir, name), usedAt / 1000, usedAt / 1000);
  return name;
}

describe('pruneChartDir', () => {
  it('given more files than the bound, it removes the least recently used down to 10% under it', async () => {
    const dir = scratch();
    const names = Array.from({ length: 12 }, (_, i) => chartFile(dir, `vote_${i}`, T0 + i * HOUR));
    const report = await pruneChartDir(dir, {
      maxFiles: 10,
      inUseMs: 10 * MINUTE,
      now: () => T0 + 20 * HOUR,
    });
    expect(report).toMatchObject({ files: 12, removed: 3, inUse: 0, failed: 0 });
    expect(pngs(dir).sort()).toEqual(names.slice(3).sort());
  });

  it('counts and removes record charts (one member across the votes) like maps', async () => {
    const dir = scratch();
    const old = chartKey(knowledge, 'Brazil', { kind: 'record', votes: ['ga_es11_1', 'ga_es11_7'] });
    writeFileSync(join(dir, old), 'png');
    utimesSync(join(dir, old), T0 / 1000, T0 / 1000);
    const names = Array.from({ length: 10 }, (_, i) => chartFile(dir, `vote_${i}`, T0 + (i + 1) * HOUR));
    const report = await pruneChartDir(dir, { maxFiles: 10, inUseMs: MINUTE, now: () => T0 + 20 * HOUR });
    expect(report).toMatchObject({ files: 11, removed: 2 });
    expect(existsSync(join(dir, old))).toBe(false);
    expect(pngs(dir).sort()).toEqual(names.slice(1).sort());
  });

  it('given no more files than the bound, it removes nothing', async () => {
    const dir = scratch();
    for (let i = 0; i < 10; i++) chartFile(dir, `vote_${i}`, T0);
    const report = await pruneChartDir(dir, { maxFiles: 10, inUseMs: MINUTE, now: () => T0 + HOUR });
    expect(report).toMatchObject({ files: 10, removed: 0 });
    expect(pngs(dir)).toHaveLength(10);
  });

  it('never removes a file used within inUseMs, by mtime or by this process, even over the bound', async () => {
    const dir = scratch();
    const now = T0 + 10 * HOUR;
    const old = chartFile(dir, 'old', T0);
    const servedHere = chartFile(dir, 'served_here', T0 + HOUR);
    const touchedElsewhere = chartFile(dir, 'touched_elsewhere', now - 5 * MINUTE);
    const report = await pruneChartDir(dir, {
      maxFiles: 1,
      target: 0,
      inUseMs: 10 * MINUTE,
      now: () => now,
      lastUsed: (path) => (path.endsWith(servedHere) ? now - MINUTE : undefined),
    });
    expect(report).toMatchObject({ files: 3, removed: 1, inUse: 2 });
    expect(pngs(dir).sort()).toEqual([servedHere, touchedElsewhere].sort());
    expect(existsSync(join(dir, old))).toBe(false);
  });

  it('leaves files it did not write alone, and removes half-written leftovers only once they are stale', async () => {
    const dir = scratch();
    for (let i = 0; i < 3; i++) chartFile(dir, `vote_${i}`, T0);
    const stale = `${chartKey(knowledge, 'stale')}.4242.tmp`;
    const fresh = `${chartKey(knowledge, 'fresh')}.4243.tmp`;
    writeFileSync(join(dir, stale), 'half');
    utimesSync(join(dir, stale), T0 / 1000, T0 / 1000);
    writeFileSync(join(dir, fresh), 'half');
    utimesSync(join(dir, fresh), (T0 + HOUR) / 1000, (T0 + HOUR) / 1000);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'logo.png'), 'mine');
    utimesSync(join(dir, 'logo.png'), 0, 0);
    const report = await pruneChartDir(dir, {
      maxFiles: 1,
      target: 0,
      inUseMs: MINUTE,
      now: () => T0 + HOUR,
    });
    expect(report).toMatchObject({ files: 3, removed: 3, leftovers: 1 });
    expect(readdirSync(dir).sort()).toEqual([fresh, 'logo.png', 'notes.txt'].sort());
  });

  it('given a folder that does not exist yet, it reports nothing to do', async () => {
    const report = await pruneChartDir(join(scratch(), 'missing'), {
      maxFiles: 1,
      inUseMs: 0,
      now: Date.now,
    });
    expect(report).toMatchObject({ files: 0, removed: 0 });
    expect(report.error).toBeUndefined();
  });
});

describe('createChartCache pruning', () => {
  it('serving a chart makes it recently used, so the one not asked for goes first; asked again, it is redrawn', async () => {
    const dir = scratch();
    let t = T0;
    const cache = createChartCache(dir, { render, maxFiles: 3, inUseMs: MINUTE, now: () => t });
    const path = (vote: string) => cache.pathFor(knowledge, vote);
    const [a, b, c] = ['vote_a', 'vote_b', 'vote_c'].map((v) => {
      t += HOUR;
      return path(v);
    });
    t += HOUR;
    expect(path('vote_a')).toBe(a); // a hit: a is now the most recently used
    t += HOUR;
    const d = path('vote_d');
    t += HOUR;
    const report = await cache.prune();
    expect(report).toMatchObject({ files: 4, removed: 1 });
    expect([a, b, c, d].map((p) => existsSync(p!))).toEqual([true, false, true, true]);
    expect(cache.renders).toBe(4);
    expect(path('vote_b')).toBe(b);
    expect(existsSync(b!)).toBe(true);
    expect(cache.renders).toBe(5);
  });

  it('keeps a chart just handed out (it may be uploading) even when the folder is over the bound', async () => {
    const dir = scratch();
    let t = T0;
    const cache = createChartCache(dir, { render, maxFiles: 1, inUseMs: 10 * MINUTE, now: () => t });
    const first = cache.pathFor(knowledge, 'vote_1');
    t += MINUTE;
    const second = cache.pathFor(knowledge, 'vote_2');
    t += MINUTE;
    const report = await cache.prune();
    expect(report).toMatchObject({ files: 2, removed: 0, inUse: 1 });
    expect(existsSync(first)).toBe(true);
    t += 10 * MINUTE;
    expect(await cache.prune()).toMatchObject({ files: 2, removed: 1 });
    expect(existsSync(first)).toBe(false);
    expect(existsSync(second)).toBe(true);
  });

  it('given a chart removed by another process, it draws it again rather than hand out a missing file', () => {
    const dir = scratch();
    let t = T0;
    const cache = createChartCache(dir, { render, inUseMs: 10 * MINUTE, now: () => t });
    const path = cache.pathFor(knowledge, 'vote_x');
    rmSync(path);
    t += 2 * MINUTE;
    expect(cache.pathFor(knowledge, 'vote_x')).toBe(path);
    expect(existsSync(path)).toBe(true);
    expect(cache.renders).toBe(2);
  });

  it('given many new charts, it prunes on its own now and then after writes and stays within the bound', async () => {
    const dir = scratch();
    let t = T0;
    const reports: PruneReport[] = [];
    const cache = createChartCache(dir, {
      render,
      maxFiles: 10,
      inUseMs: MINUTE,
      now: () => t,
      onPrune: (r) => reports.push(r),
    });
    for (let i = 0; i < 40; i++) {
      t += HOUR;
      cache.pathFor(knowledge, `vote_${i}`);
      // Nobody calls prune(): the write that takes the folder over the bound starts one in the background.
      await vi.waitFor(() => expect(pngs(dir).length).toBeLessThanOrEqual(10));
    }
    expect(existsSync(cache.pathFor(knowledge, 'vote_39'))).toBe(true);
    // The first write counts the folder; after that a prune only when over the bound, down to 9 files.
    expect(reports.length).toBeGreaterThan(5);
    expect(reports.length).toBeLessThan(40);
    expect(cache.renders).toBe(40);
  });

  it('given a start-up prune, it trims what earlier runs left', async () => {
    const dir = scratch();
    for (let i = 0; i < 30; i++) chartFile(dir, `vote_${i}`, T0 + i * MINUTE);
    const cache = createChartCache(dir, { render, maxFiles: 20, inUseMs: MINUTE, now: () => T0 + HOUR });
    expect(await cache.prune()).toMatchObject({ files: 30, removed: 12 });
    expect(pngs(dir)).toHaveLength(18);
  });
});
