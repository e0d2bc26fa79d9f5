import { dirname, join } from 'node:path';
import { type ChartCache, createChartCache, imagesFor, type PruneReport } from '../src/charts/index.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Knowledge } from '../src/knowledge/model.ts';
import { createRouter, type Router } from '../src/router/router.ts';

export interface Core {
  knowledge: Knowledge;
  router: Router;
  charts: ChartCache;
}

export interface CoreOptions {
  maxChars?: number;
  /** The SQLite path; pictures are cached in a `charts` folder beside it. */
  databasePath?: string;
  /** CHART_CACHE_MAX_FILES: the most pictures kept in that folder. */
  chartCacheMaxFiles?: number;
  /** ANSWER_CACHE_ENTRIES: answers kept for repeated questions; 0 turns the cache off. */
  answerCacheEntries?: number;
  /** Told what each prune of the picture folder did (logs). */
  onChartPrune?: (report: PruneReport) => void;
}

/** Loads the knowledge once and builds the router with vote pictures: shared by every entry point. */
export function createCore(opts: CoreOptions = {}): Core {
  const knowledge = loadKnowledge();
  const charts = createChartCache(join(dirname(opts.databasePath ?? './data/plenary.db'), 'charts'), {
    ...(opts.chartCacheMaxFiles !== undefined ? { maxFiles: opts.chartCacheMaxFiles } : {}),
    ...(opts.onChartPrune ? { onPrune: opts.onChartPrune } : {}),
  });
  const router = createRouter(knowledge, {
    ...(opts.maxChars ? { maxChars: opts.maxChars } : {}),
    ...(opts.answerCacheEntries !== undefined
      ? { answerCache: opts.answerCacheEntries === 0 ? false : { maxEntries: opts.answerCacheEntries } }
      : {}),
    images: (voteIds, o) => imagesFor(knowledge, charts, voteIds, o),
  });
  return { knowledge, router, charts };
}
