import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Knowledge } from '../knowledge/model.ts';
import { type PruneReport, pruneChartDir } from './chart-prune.ts';
import { drawnLang } from './chart-words.ts';
import { renderRecordChart } from './record-chart.ts';
import { renderTallyChart } from './tally-chart.ts';
import { renderVoteMap } from './vote-map.ts';

/** A vote's world map or tally bar, or one member's positions across several votes ('record'). */
export type ChartKind = 'map' | 'tally' | 'record';

export interface ChartRequest {
  kind?: ChartKind;
  /** UN name of a member to outline (maps only). */
  highlight?: string;
  /** The votes a 'record' chart has a row for; the id it is asked with is then the member's UN name. */
  votes?: readonly string[];
  /** The answer's language: the picture's words are in it when the bundled font draws it (chart-words.ts). */
  lang?: string;
}

/** Draws one chart as PNG bytes (`voteId` is the member for a 'record' chart); replaceable in tests. */
export type ChartRenderer = (
  knowledge: Knowledge,
  voteId: string,
  request: Required<Pick<ChartRequest, 'kind'>> & ChartRequest,
) => Buffer;

export interface ChartCache {
  /** Absolute folder the PNGs are written to. */
  readonly dir: string;
  /** How many charts this cache has drawn (cache misses). */
  readonly renders: number;
  /** Path of the PNG for this request, drawn and written only when no file for it exists yet. */
  pathFor(knowledge: Knowledge, voteId: string, request?: ChartRequest): string;
  /**
   * Trims the folder to `maxFiles` in the background (see chart-prune.ts); resolves with what it did and never
   * rejects. A call while a prune runs shares that prune. Call it at start-up; writes call it when needed.
   */
  prune(): Promise<PruneReport>;
}

export interface ChartCacheOptions {
  render?: ChartRenderer;
  /** The most chart files to keep (CHART_CACHE_MAX_FILES); the least recently used go first. */
  maxFiles?: number;
  /** A file served this recently is never removed: it may still be being uploaded. */
  inUseMs?: number;
  /** Clock in milliseconds (tests). */
  now?: () => number;
  /** Told what each prune did (logs). */
  onPrune?: (report: PruneReport) => void;
}

export const DEFAULT_CHART_DIR = './data/charts';
export const DEFAULT_CHART_CACHE_MAX_FILES = 500;
/** Longer than any upload of a picture to Slack or Discord takes. */
export const DEFAULT_CHART_IN_USE_MS = 10 * 60_000;
/** How often a file that keeps being served has its mtime (its last use, for every process) refreshed. */
const TOUCH_EVERY_MS = 60_000;
/** Bump when the drawing changes, so that files drawn by an older version are not served. */
export const CHART_STYLE_VERSION = 1;

export const defaultRenderer: ChartRenderer = (knowledge, voteId, request) => {
  const lang = drawnLang(request.lang);
  const inLang = lang === 'en' ? {} : { lang };
  if (request.kind === 'record') return renderRecordChart(knowledge, voteId, request.votes ?? [], inLang).png;
  return request.kind === 'tally'
    ? renderTallyChart(knowledge, voteId, inLang).png
    : renderVoteMap(knowledge, voteId, {
        ...(request.highlight === undefined ? {} : { highlight: request.highlight }),
        ...inLang,
      }).png;
};

/** The file name: readable prefix, then a hash of everything the picture depends on. */
export function chartKey(knowledge: Knowledge, voteId: string, request: ChartRequest = {}): string {
  const kind = request.kind ?? 'map';
  const highlight = kind === 'map' ? (request.highlight ?? '') : '';
  const key: unknown[] = [CHART_STYLE_VERSION, knowledge.version, voteId, kind, highlight];
  // Only a record chart depends on a list of votes; the other keys stay as they were (files already drawn).
  if (kind === 'record') key.push(request.votes ?? []);
  // Likewise the language: English pictures keep their names, each drawn language gets files of its own.
  const lang = drawnLang(request.lang);
  if (lang !== 'en') key.push(lang);
  const hash = createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 16);
  const safeId = voteId.replace(/[^A-Za-z0-9_-]/g, '_');
  return `${kind}-${safeId}${lang === 'en' ? '' : `-${lang}`}-${hash}.png`;
}

/**
 * Marks a file as used now (its mtime is the last use that every process sharing the folder sees). False when
 * the file is not there.
 */
function touch(path: string, nowMs: number): boolean {
  try {
    utimesSync(path, nowMs / 1000, nowMs / 1000);
    return true;
  } catch (err) {
    // Not ours to touch (another user's file): it is there, and it stays unrefreshed.
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? false : existsSync(path);
  }
}

interface Use {
  /** Last handed out by this process. */
  usedAt: number;
  /** Last mtime refresh. */
  touchedAt: number;
}

/**
 * A content-addressed folder of chart PNGs: the name hashes the knowledge version, vote, kind and highlight,
 * so a file once written is valid for as long as the knowledge is unchanged, across restarts too.
 * It keeps at most `maxFiles` of them, least recently used out first, never one served in the last `inUseMs`.
 */
export function createChartCache(
  dir: string = DEFAULT_CHART_DIR,
  options: ChartCacheOptions = {},
): ChartCache {
  const root = resolve(dir);
  const render = options.render ?? defaultRenderer;
  const now = options.now ?? Date.now;
  const maxFiles = options.maxFiles ?? DEFAULT_CHART_CACHE_MAX_FILES;
  const inUseMs = options.inUseMs ?? DEFAULT_CHART_IN_USE_MS;
  const touchEveryMs = Math.min(TOUCH_EVERY_MS, inUseMs / 2);
  const uses = new Map<string, Use>();
  let renders = 0;
  /** Files in the folder as of the last prune plus writes since; null before the first prune. */
  let files: number | null = null;
  let writesDuringPrune = 0;
  let running: Promise<PruneReport> | null = null;
  let scheduled = false;

  function prune(): Promise<PruneReport> {
    if (running) return running;
    writesDuringPrune = 0;
    running = pruneChartDir(root, {
      maxFiles,
      inUseMs,
      now,
      lastUsed: (path) => uses.get(path)?.usedAt,
      onRemoved: (path) => uses.delete(path),
    }).then((report) => {
      files = report.files - report.removed + writesDuringPrune;
      running = null;
      try {
        options.onPrune?.(report);
      } catch {
        // A logging callback must not turn a prune into an unhandled rejection.
      }
      return report;
    });
    return running;
  }

  /** After a write: a prune on a later turn once the folder may be over the bound (or was never counted). */
  function afterWrite(): void {
    if (running) writesDuringPrune += 1;
    else if (files !== null) files += 1;
    if (running || scheduled || (files !== null && files <= maxFiles)) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      void prune();
    });
  }

  return {
    dir: root,
    get renders() {
      return renders;
    },
    prune,
    pathFor(knowledge, voteId, request = {}) {
      const path = join(root, chartKey(knowledge, voteId, request));
      const t = now();
      const use = uses.get(path);
      if (use && t - use.touchedAt < touchEveryMs) {
        use.usedAt = t;
        return path;
      }
      if (touch(path, t)) {
        uses.set(path, { usedAt: t, touchedAt: t });
        return path;
      }
      const png = render(knowledge, voteId, { ...request, kind: request.kind ?? 'map' });
      renders += 1;
      mkdirSync(root, { recursive: true });
      const partial = `${path}.${process.pid}.tmp`;
      writeFileSync(partial, png);
      renameSync(partial, path);
      touch(path, t);
      uses.set(path, { usedAt: t, touchedAt: t });
      afterWrite();
      return path;
    },
  };
}

/** Writes (or finds) the PNG of one chart in `cache` and returns its path. */
export function chartPathFor(
  cache: ChartCache,
  knowledge: Knowledge,
  voteId: string,
  request: ChartRequest = {},
): string {
  return cache.pathFor(knowledge, voteId, request);
}
