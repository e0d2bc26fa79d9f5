import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createRuntime, publisherOf, type Runtime } from '../../../adapters/runtime.ts';
import { parseConfig } from '../../../src/config.ts';
import type { Publisher } from '../../../src/digest/publisher.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createLogger } from '../../../src/logger.ts';
import { openSqliteStore } from '../../../src/store/sqlite-store.ts';
import { get } from '../../e2e/fakes/process-harness.ts';

const knowledge = loadKnowledge();
let dir: string;
let runtime: Runtime | undefined;
afterEach(async () => {
  await runtime?.shutdown.run('test over');
  runtime = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function setup(enabled: ('slack' | 'discord')[]) {
  dir = mkdtempSync(join(tmpdir(), 'plenary-runtime-'));
  const databasePath = join(dir, 'data', 'plenary.db');
  const config = parseConfig({ DATABASE_PATH: databasePath, HEALTH_PORT: '0' });
  const sink = new PassThrough();
  let logs = '';
  sink.on('data', (c: Buffer) => {
    logs += c.toString();
  });
  const log = createLogger({ level: 'info', destination: sink });
  runtime = createRuntime({ config, log, knowledge, enabled, graceMs: 200 });
  const port = () => Number(/"port":(\d+)/.exec(logs)?.[1]);
  return { runtime, databasePath, port, logs: () => logs };
}

describe('runtime (main.ts wiring)', () => {
  it('given an adapter with a publisher, it starts the scheduler on DATABASE_PATH; health and metrics report the run', async () => {
    const { runtime, databasePath, port } = setup(['slack']);
    const store = openSqliteStore(databasePath);
    const yesterday = new Date(Date.now() - 36 * 3_600_000);
    await store.subscribe(
      {
        platform: 'slack',
        channelId: 'C1',
        workspaceId: 'T1',
        time: '00:00',
        timeZone: 'UTC',
        createdBy: 'U1',
      },
      yesterday,
    );
    await store.close();
    const posted: string[] = [];
    const publisher: Publisher = { publish: async (sub) => void posted.push(sub.channelId) };
    const order: string[] = [];
    await runtime.startHealth();
    runtime.adapterStarted({ name: 'slack', stop: async () => void order.push('slack stopped'), publisher });
    const shared = await runtime.openStore(); // what main.ts hands the adapters for /votes digest
    expect(await runtime.startDigests()).not.toBeNull();
    expect(await runtime.openStore()).toBe(shared);

    let health = { code: 0, body: '{}' };
    for (let i = 0; i < 100 && JSON.parse(health.body).lastDigestRun == null; i++) {
      await new Promise((r) => setTimeout(r, 20));
      health = await get(port(), '/healthz');
    }
    expect(health.code).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({
      status: 'ok',
      adapters: { slack: 'up', discord: 'disabled' },
      knowledgeVersion: knowledge.version,
      database: 'up',
    });
    expect(Date.parse(JSON.parse(health.body).lastDigestRun)).toBeGreaterThan(Date.now() - 60_000);
    expect(posted).toEqual(['C1']);
    expect((await get(port(), '/metrics')).body).toContain(
      'plenary_digests_total{platform="slack",result="sent"} 1',
    );

    const report = await runtime.shutdown.run('SIGTERM');
    expect(report.failedClosers).toEqual([]);
    expect(order).toEqual(['slack stopped']);
    await expect(get(port(), '/healthz')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('given an enabled adapter that is not up, /healthz is 503 and the gauge is 0', async () => {
    const { runtime, port } = setup(['slack', 'discord']);
    await runtime.startHealth();
    runtime.adapterStarted({ name: 'discord', stop: async () => {}, isUp: () => false });
    const health = await get(port(), '/healthz');
    expect(health.code).toBe(503);
    expect(JSON.parse(health.body).adapters).toEqual({ slack: 'down', discord: 'down' });
    expect((await get(port(), '/metrics')).body).toContain('plenary_adapter_up{platform="discord"} 0');
  });

  it('given no adapter with a publisher, it starts no scheduler and creates no database', async () => {
    const { runtime, databasePath } = setup(['slack']);
    runtime.adapterStarted({ name: 'slack', stop: async () => {} });
    expect(await runtime.startDigests()).toBeNull();
    expect(existsSync(databasePath)).toBe(false);
  });

  it('publisherOf finds a publisher only when the adapter has one that can publish', () => {
    const publisher: Publisher = { publish: async () => {} };
    expect(publisherOf({ publisher })).toBe(publisher);
    expect(publisherOf({ publisher: {} })).toBeUndefined();
    expect(publisherOf({ start() {} })).toBeUndefined();
  });
});
