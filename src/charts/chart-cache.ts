import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Knowledge } from '../knowledge/model.ts';
import { renderTallyChart } from './tally-chart.ts';
import { renderVoteMap } from './vote-map.ts';

export type ChartKind = 'map' | 'tally';

export interface ChartRequest {
  kind?: ChartKind;
  /** UN name of a member to outline (maps only). */
  highlight?: string;
}

/** Draws one chart as PNG bytes; replaceable in tests. */
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
}

export interface ChartCacheOptions {
  render?: ChartRenderer;
}

export const DEFAULT_CHART_DIR = './data/charts';
/** Bump when the drawing changes, so that files drawn by an older version are not served. */
export const CHART_STYLE_VERSION = 1;

export const defaultRenderer: ChartRenderer = (knowledge, voteId, request) =>
  request.kind === 'tally'
    ? renderTallyChart(knowledge, voteId).png
    : renderVoteMap(
        knowledge,
        voteId,
        request.highlight === undefined ? {} : { highlight: request.highlight },
      ).png;

/** The file name: readable prefix, then a hash of everything the picture depends on. */
export function chartKey(knowledge: Knowledge, voteId: string, request: ChartRequest = {}): string {
  const kind = request.kind ?? 'map';
  const highlight = kind === 'map' ? (request.highlight ?? '') : '';
  const hash = createHash('sha256')
    .update(JSON.stringify([CHART_STYLE_VERSION, knowledge.version, voteId, kind, highlight]))
    .digest('hex')
    .slice(0, 16);
  const safeId = voteId.replace(/[^A-Za-z0-9_-]/g, '_');
  return `${kind}-${safeId}-${hash}.png`;
}

/**
 * A content-addressed folder of chart PNGs: the name hashes the knowledge version, vote, kind and highlight,
 * so a file once written is valid for as long as the knowledge is unchanged, across restarts too.
 */
export function createChartCache(
  dir: string = DEFAULT_CHART_DIR,
  options: ChartCacheOptions = {},
): ChartCache {
  const root = resolve(dir);
  const render = options.render ?? defaultRenderer;
  const known = new Set<string>();
  let renders = 0;
  return {
    dir: root,
    get renders() {
      return renders;
    },
    pathFor(knowledge, voteId, request = {}) {
      const path = join(root, chartKey(knowledge, voteId, request));
      if (known.has(path) || existsSync(path)) {
        known.add(path);
        return path;
      }
      const png = render(knowledge, voteId, { ...request, kind: request.kind ?? 'map' });
      renders += 1;
      mkdirSync(root, { recursive: true });
      const partial = `${path}.${process.pid}.tmp`;
      writeFileSync(partial, png);
      renameSync(partial, path);
      known.add(path);
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
