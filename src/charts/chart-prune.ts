/**
 * Bounds the chart folder: once it holds more than `maxFiles` chart PNGs, the least recently used go (by mtime,
 * which the cache refreshes when it serves a file) until `target` remain. A file used within `inUseMs` is never
 * removed, whatever the count: it may be being uploaded, by this process or another sharing the folder.
 * Reading the folder is asynchronous; each removal re-checks the file just before unlinking it, a few at a time
 * between turns of the event loop, so an answer never waits on a prune.
 */
import { statSync, unlinkSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';

export interface PruneOptions {
  maxFiles: number;
  /** How many to keep once over maxFiles (default: 10% under it, so prunes are occasional). */
  target?: number;
  /** A file used this recently (mtime, or `lastUsed`) is kept. */
  inUseMs: number;
  now: () => number;
  /** This process's last use of a path, which may be newer than its mtime. */
  lastUsed?: (path: string) => number | undefined;
  /** Told each chart file removed. */
  onRemoved?: (path: string) => void;
}

export interface PruneReport {
  /** Chart files found. */
  files: number;
  /** Chart files removed. */
  removed: number;
  /** Half-written files that a crashed writer left behind, removed. */
  leftovers: number;
  /** Files that would have gone but were in use. */
  inUse: number;
  /** Removals that failed (permissions): the files stay. */
  failed: number;
  ms: number;
  /** Why the folder could not be read, when it could not. */
  error?: string;
}

/** Only files this cache wrote: `<kind>-<vote>-<hash>.png` and the `.png.<pid>.tmp` of a write in progress. */
const CHART_FILE = /^(map|tally|record)-[A-Za-z0-9_-]+-[0-9a-f]{16}\.png$/;
const PARTIAL_FILE = /^(map|tally|record)-[A-Za-z0-9_-]+-[0-9a-f]{16}\.png\.\d+\.tmp$/;
/** Files stat'ed or removed per turn of the event loop. */
const BATCH = 64;

export const defaultTarget = (maxFiles: number): number => maxFiles - Math.floor(maxFiles / 10);

interface Entry {
  path: string;
  usedAt: number;
}

async function entriesOf(dir: string, names: string[]): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH).map(async (name): Promise<Entry | null> => {
      const path = join(dir, name);
      try {
        return { path, usedAt: (await stat(path)).mtimeMs };
      } catch {
        return null; // removed meanwhile
      }
    });
    for (const e of await Promise.all(batch)) if (e) entries.push(e);
  }
  return entries;
}

type Outcome = 'removed' | 'inUse' | 'failed';

/** Re-checks one file and unlinks it, synchronously, so no serve can slip in between the check and the unlink. */
function removeUnlessInUse(path: string, opts: PruneOptions): Outcome {
  const t = opts.now();
  const used = opts.lastUsed?.(path);
  if (used !== undefined && t - used < opts.inUseMs) return 'inUse';
  try {
    if (t - statSync(path).mtimeMs < opts.inUseMs) return 'inUse';
    unlinkSync(path);
    opts.onRemoved?.(path);
    return 'removed';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'removed' : 'failed';
  }
}

/** Prunes `dir` as described above. Never throws: a folder that cannot be read is reported. */
export async function pruneChartDir(dir: string, opts: PruneOptions): Promise<PruneReport> {
  const started = performance.now();
  const report: PruneReport = { files: 0, removed: 0, leftovers: 0, inUse: 0, failed: 0, ms: 0 };
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') report.error = code ?? String(err);
    return report;
  }
  const charts = await entriesOf(
    dir,
    names.filter((n) => CHART_FILE.test(n)),
  );
  report.files = charts.length;
  const keep = Math.max(0, opts.target ?? defaultTarget(opts.maxFiles));
  // Newest first: everything after the first `keep` is least recently used.
  const lru = charts.length > opts.maxFiles ? charts.sort((a, b) => b.usedAt - a.usedAt).slice(keep) : [];
  await removeAll(lru, opts, (outcome) => {
    report[outcome] += 1;
  });
  const partials = await entriesOf(
    dir,
    names.filter((n) => PARTIAL_FILE.test(n)),
  );
  await removeAll(partials, opts, (outcome) => {
    if (outcome === 'removed') report.leftovers += 1;
  });
  report.ms = Math.round(performance.now() - started);
  return report;
}

async function removeAll(entries: Entry[], opts: PruneOptions, count: (o: Outcome) => void): Promise<void> {
  for (let i = 0; i < entries.length; i += BATCH) {
    if (i > 0) await nextTurn();
    for (const e of entries.slice(i, i + BATCH)) count(removeUnlessInUse(e.path, opts));
  }
}
