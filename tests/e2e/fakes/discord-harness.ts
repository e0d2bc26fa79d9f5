/**
 * The real Discord adapter (discord.js Client) connected to a fresh fake Discord, with captured JSON logs and its
 * own metrics registry: one per e2e test file. The router draws pictures into a temporary folder.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import {
  createDiscordAdapter,
  type DiscordAdapter,
  type DiscordAdapterConfig,
} from '../../../adapters/discord/discord-adapter.ts';
import { createChartCache, imagesFor } from '../../../src/charts/index.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMetrics, type Metrics } from '../../../src/ops/metrics.ts';
import { createRouter, type Router } from '../../../src/router/router.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord.ts';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface DiscordHarness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  metrics: Metrics;
  logLines: LogLine[];
  /** The value of one metric series, e.g. ('plenary_platform_errors_total', {kind: 'http_500'}). */
  metric(name: string, labels: Record<string, string>): Promise<number>;
  close(): Promise<void>;
}

let shared: Router | null = null;

/** One router with vote pictures for every Discord e2e file in this worker. */
export function discordRouter(): Router {
  if (shared) return shared;
  const knowledge = loadKnowledge();
  const charts = createChartCache(join(tmpdir(), 'plenary-e2e-charts-discord'));
  shared = createRouter(knowledge, { images: (ids, o) => imagesFor(knowledge, charts, ids, o) });
  return shared;
}

export async function startDiscordHarness(
  overrides: Partial<DiscordAdapterConfig> = {},
): Promise<DiscordHarness> {
  const logLines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim() !== '') logLines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const fake = await startFakeDiscord(1_000);
  const metrics = createMetrics();
  const adapter = createDiscordAdapter({
    token: 'fake-bot-token',
    apiUrl: fake.apiUrl,
    router: discordRouter(),
    log: createLogger({ level: 'debug', destination: stream }),
    metrics,
    ...overrides,
  });
  await adapter.start();
  return {
    fake,
    adapter,
    metrics,
    logLines,
    async metric(name, labels) {
      const m = (await metrics.registry.getMetricsAsJSON()).find((x) => x.name === name);
      const value = m?.values.find((v) =>
        Object.entries(labels).every(([k, want]) => String(v.labels[k]) === want),
      );
      return value?.value ?? 0;
    },
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
