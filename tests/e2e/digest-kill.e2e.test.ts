/**
 * A real SIGKILL in the middle of a digest run: the first process is killed while posts are in flight; a second
 * process on the same database file delivers the rest and the claims the dead one left behind.
 *
 * Two publishers bound what a kill costs. One writes a post when its call returns (a kill mid-call loses the
 * post): every digest goes out exactly once. The other writes it when the call begins and answers slowly (a kill
 * mid-call leaves a post the platform accepted but the store never heard of): the worst case, where the
 * duplicates are exactly the posts in flight at the kill, at most DEFAULT_MAX_IN_FLIGHT.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_CLAIM_LEASE_MS,
  DEFAULT_MAX_IN_FLIGHT,
  type TickReport,
} from '../../src/digest/scheduler.ts';
import { sub, type TempDb, tempDb } from '../unit/digest/helpers.ts';

const run = promisify(execFile);
const child = join(import.meta.dirname, 'digest-kill-child.ts');
const DAY = '2026-05-01';
const START = Date.parse(`${DAY}T12:00:00Z`);
let db: TempDb;
let first: ChildProcess | undefined;
afterEach(() => {
  if (first && first.exitCode === null && first.signalCode === null) first.kill('SIGKILL');
  db?.cleanup();
});

const lines = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];

async function waitFor(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function seed(channels: number): string {
  db = tempDb();
  const store = db.open();
  for (let i = 0; i < channels; i++)
    store.subscribe(sub(`C${String(i).padStart(3, '0')}`), new Date(`${DAY}T00:00:00Z`));
  store.close();
  return join(db.path, '..', 'posts.txt');
}

/** Starts a run, SIGKILLs it once `afterPosts` posts are written, and returns the delivery states left. */
async function killMidRun(
  posts: string,
  afterPosts: number,
  args: string[],
): Promise<Record<string, number>> {
  const iso = new Date(START).toISOString();
  first = spawn(process.execPath, ['--import', 'tsx', child, db.path, posts, iso, ...args], {
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => first?.on('exit', (_c, s) => resolve(s)));
  await waitFor(() => lines(posts).length >= afterPosts);
  first.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  const raw = new Database(db.path, { readonly: true });
  const rows = raw
    .prepare<[], { state: string; n: number }>('SELECT state, COUNT(*) AS n FROM deliveries GROUP BY state')
    .all();
  raw.close();
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

async function restart(posts: string, afterMs: number, args: string[]): Promise<TickReport> {
  const iso = new Date(START + afterMs).toISOString();
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, db.path, posts, iso, ...args]);
  return JSON.parse(stdout) as TickReport;
}

function postsPerChannel(posts: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines(posts)) {
    const c = l.split(' ')[0] as string;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

function sentToday(): number {
  const check = new Database(db.path, { readonly: true });
  const row = check
    .prepare<[string], { n: number }>(
      `SELECT COUNT(*) AS n FROM deliveries WHERE state = 'sent' AND local_date = ?`,
    )
    .get(DAY);
  check.close();
  return row?.n ?? 0;
}

describe('SIGKILL in the middle of a digest run', () => {
  it('when a killed post never reached the channel, a second process delivers every digest exactly once', async () => {
    const CHANNELS = 24;
    const posts = seed(CHANNELS);
    // 24 posts of 150 ms, three at a time: about 1.2 s of posting. Killed after the sixth.
    const states = await killMidRun(posts, 6, ['600000', '150', 'first', '3', 'end']);
    const before = lines(posts).length;
    expect(before).toBeLessThan(CHANNELS);
    expect(states.claimed).toBeGreaterThan(0); // killed with posts in flight

    // Five seconds later by its clock, with a 1 s stale window: the dead process's claims are taken over.
    const report = await restart(posts, 5_000, ['1000', '1', 'second', '3', 'end']);
    expect(report.recovered).toBe(states.claimed);
    expect(report.sent).toBe(CHANNELS - before);
    const counts = postsPerChannel(posts);
    expect(counts.size).toBe(CHANNELS);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(sentToday()).toBe(CHANNELS);
  });

  it('when every post in flight had reached the channel, a kill posts at most DEFAULT_MAX_IN_FLIGHT twice, and a restart one lease later resumes them', async () => {
    const CHANNELS = 150;
    const posts = seed(CHANNELS);
    // Default settings: posts in flight capped at DEFAULT_MAX_IN_FLIGHT, slow replies. Killed 20 posts in.
    const states = await killMidRun(posts, 20, ['default', '100', 'first', 'default', 'start']);
    expect(states.claimed).toBeGreaterThan(0);
    expect(states.claimed).toBeLessThanOrEqual(DEFAULT_MAX_IN_FLIGHT);

    // The default lease (not ten minutes) after the kill, the restarted process takes the half-done posts over.
    const report = await restart(posts, DEFAULT_CLAIM_LEASE_MS + 1_000, [
      'default',
      '1',
      'second',
      'default',
      'start',
    ]);
    expect(report.recovered).toBe(states.claimed);
    const counts = postsPerChannel(posts);
    expect(counts.size).toBe(CHANNELS);
    const duplicates = [...counts.values()].filter((n) => n > 1).length;
    expect([...counts.values()].every((n) => n <= 2)).toBe(true);
    expect(duplicates).toBe(states.claimed);
    expect(duplicates).toBeLessThanOrEqual(DEFAULT_MAX_IN_FLIGHT);
    expect(sentToday()).toBe(CHANNELS);
    console.log(
      `digest kill: ${CHANNELS} due, ${states.claimed} in flight at SIGKILL, ${duplicates} duplicates (cap ${DEFAULT_MAX_IN_FLIGHT})`,
    );
  });
});
