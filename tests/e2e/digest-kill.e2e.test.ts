/**
 * A real SIGKILL in the middle of a digest run: the first process is killed while posts are in flight; a second
 * process on the same database file, with a short stale-claim window, delivers the rest and the claims the dead
 * one left behind. Every pending digest is posted exactly once overall.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { TickReport } from '../../src/digest/scheduler.ts';
import { sub, type TempDb, tempDb } from '../unit/digest/helpers.ts';

const run = promisify(execFile);
const child = join(import.meta.dirname, 'digest-kill-child.ts');
const CHANNELS = 24;
const DAY = '2026-05-01';
let db: TempDb;
let first: ChildProcess | undefined;
afterEach(() => {
  if (first && first.exitCode === null && first.signalCode === null) first.kill('SIGKILL');
  db?.cleanup();
});

const lines = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];

async function waitFor(check: () => boolean, timeoutMs = 8_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('SIGKILL in the middle of a digest run', () => {
  it('a second process delivers every pending digest, each exactly once overall', async () => {
    db = tempDb();
    const store = db.open();
    for (let i = 0; i < CHANNELS; i++)
      store.subscribe(sub(`C${String(i).padStart(2, '0')}`), new Date(`${DAY}T00:00:00Z`));
    store.close();
    const posts = join(db.path, '..', 'posts.txt');

    // 24 posts of 150 ms, three at a time: about 1.2 s of posting. Killed after the sixth.
    first = spawn(
      process.execPath,
      ['--import', 'tsx', child, db.path, posts, `${DAY}T12:00:00Z`, '600000', '150', 'first'],
      { stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) => first?.on('exit', (_c, s) => resolve(s)));
    await waitFor(() => lines(posts).length >= 6);
    first.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const before = lines(posts).length;
    const raw = new Database(db.path, { readonly: true });
    const states = Object.fromEntries(
      raw
        .prepare<[], { state: string; n: number }>(
          'SELECT state, COUNT(*) AS n FROM deliveries GROUP BY state',
        )
        .all()
        .map((r) => [r.state, r.n]),
    );
    raw.close();
    expect(before).toBeLessThan(CHANNELS);
    expect(states.claimed).toBeGreaterThan(0); // killed with posts in flight

    // Five seconds later by its clock, with a 1 s stale window: the dead process's claims are taken over.
    const second = await run(process.execPath, [
      '--import',
      'tsx',
      child,
      db.path,
      posts,
      `${DAY}T12:00:05Z`,
      '1000',
      '1',
      'second',
    ]);
    const report = JSON.parse(second.stdout) as TickReport;
    expect(report.recovered).toBe(states.claimed);
    expect(report.sent).toBe(CHANNELS - before);

    const all = lines(posts).map((l) => l.split(' ')[0]);
    const counts = all.reduce<Record<string, number>>((acc, c) => {
      acc[c as string] = (acc[c as string] ?? 0) + 1;
      return acc;
    }, {});
    expect(Object.keys(counts)).toHaveLength(CHANNELS);
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    const check = new Database(db.path, { readonly: true });
    const sent = check
      .prepare<[], { n: number }>(
        `SELECT COUNT(*) AS n FROM deliveries WHERE state = 'sent' AND local_date = '${DAY}'`,
      )
      .get();
    check.close();
    expect(sent?.n).toBe(CHANNELS);
  });
});
