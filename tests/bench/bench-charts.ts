/**
 * Chart rendering times: the first render of each picture (a cache miss: draw, encode PNG, write) and a
 * repeated request (a cache hit), in a fresh cache folder. Run: npm run bench:charts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChartCache, prepareCharts } from '../../src/charts/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { MAIN_VOTE_IDS } from '../../src/knowledge/model.ts';

const BUDGET_MS = 300;
const knowledge = loadKnowledge();
const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-charts-'));

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

try {
  const [, coldMs] = time(() => prepareCharts());
  console.log(
    `prepareCharts (read and project the atlas, load the font; once per process): ${coldMs.toFixed(0)} ms`,
  );
  const cache = createChartCache(dir);
  const rows: { chart: string; firstMs: number; cachedMs: number }[] = [];
  const requests = [
    ...MAIN_VOTE_IDS.map((id) => ({ id, kind: 'map' as const, highlight: undefined })),
    { id: 'ga_es11_8', kind: 'map' as const, highlight: 'Ukraine' },
    ...MAIN_VOTE_IDS.map((id) => ({ id, kind: 'tally' as const, highlight: undefined })),
  ];
  for (const r of requests) {
    const request = r.highlight ? { kind: r.kind, highlight: r.highlight } : { kind: r.kind };
    const [path, firstMs] = time(() => cache.pathFor(knowledge, r.id, request));
    const cachedRuns = Array.from({ length: 100 }, () => time(() => cache.pathFor(knowledge, r.id, request)));
    if (cachedRuns.some(([p]) => p !== path)) throw new Error('cache returned another path');
    const cachedMs = cachedRuns.reduce((sum, [, ms]) => sum + ms, 0) / cachedRuns.length;
    rows.push({ chart: `${r.kind} ${r.id}${r.highlight ? ` (${r.highlight})` : ''}`, firstMs, cachedMs });
  }
  console.log('chart                               first render   cached (mean of 100)');
  for (const row of rows)
    console.log(
      `${row.chart.padEnd(36)}${`${row.firstMs.toFixed(0)} ms`.padStart(12)}   ${row.cachedMs.toFixed(3)} ms`,
    );
  console.log(`renders: ${cache.renders} for ${rows.length * 101} requests`);
  const slow = rows.filter((r) => r.firstMs > BUDGET_MS);
  console.log(
    slow.length
      ? `OVER ${BUDGET_MS} ms: ${slow.map((r) => r.chart).join(', ')}`
      : `all first renders under ${BUDGET_MS} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
