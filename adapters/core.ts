import { dirname, join } from 'node:path';
import { type ChartCache, createChartCache, imagesFor } from '../src/charts/index.ts';
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
}

/** Loads the knowledge once and builds the router with vote pictures: shared by every entry point. */
export function createCore(opts: CoreOptions = {}): Core {
  const knowledge = loadKnowledge();
  const charts = createChartCache(join(dirname(opts.databasePath ?? './data/plenary.db'), 'charts'));
  const router = createRouter(knowledge, {
    ...(opts.maxChars ? { maxChars: opts.maxChars } : {}),
    images: (voteIds, o) => imagesFor(knowledge, charts, voteIds, o),
  });
  return { knowledge, router, charts };
}
