/**
 * The real Slack adapter (Bolt, HTTP mode, ephemeral port) against a fresh fake Slack, with the log captured as
 * JSON lines: the setup that the Slack e2e files share. The router draws pictures into a cache under the OS temp
 * folder (content-addressed, so later runs reuse them).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import {
  createSlackAdapter,
  type SlackAdapter,
  type SlackAdapterConfig,
} from '../../../adapters/slack/slack-adapter.ts';
import { createChartCache, imagesFor } from '../../../src/charts/index.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createLogger } from '../../../src/logger.ts';
import { createRouter, type Router } from '../../../src/router/router.ts';
import { type FakeSlack, startFakeSlack } from './fake-slack.ts';
import { SIGNING_SECRET } from './slack-requests.ts';

export type LogLine = Record<string, unknown>;

export interface SlackHarness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  eventsUrl: string;
  logLines: LogLine[];
  waitForLog(match: (l: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  close(): Promise<void>;
}

let shared: Router | undefined;

/** One router with pictures for every e2e file in a worker (the knowledge loads once). */
export function routerWithPictures(): Router {
  if (shared) return shared;
  const knowledge = loadKnowledge();
  const charts = createChartCache(join(tmpdir(), 'plenary-e2e-charts'));
  shared = createRouter(knowledge, { images: (ids, o) => imagesFor(knowledge, charts, ids, o) });
  return shared;
}

export async function startSlackHarness(overrides: Partial<SlackAdapterConfig> = {}): Promise<SlackHarness> {
  const logLines: LogLine[] = [];
  const waiters = new Set<() => void>();
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim() !== '') logLines.push(JSON.parse(line) as LogLine);
      for (const w of waiters) w();
      done();
    },
  });
  const fake = await startFakeSlack();
  const adapter = createSlackAdapter({
    router: routerWithPictures(),
    log: createLogger({ level: 'debug', destination: stream }),
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: fake.apiUrl,
    retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 10 },
    ...overrides,
  });
  const started = await adapter.start();
  return {
    fake,
    adapter,
    eventsUrl: `http://127.0.0.1:${started.port}/slack/events`,
    logLines,
    waitForLog(match, timeoutMs = 3000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const l = logLines.find(match);
          if (!l) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(l);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('no matching log line'));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
