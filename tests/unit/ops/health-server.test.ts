import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type HealthServer, type HealthStatus, startHealthServer } from '../../../src/ops/health-server.ts';
import { createMetrics } from '../../../src/ops/metrics.ts';

const quiet = { info() {}, warn() {}, error() {} };
let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function get(port: number, path: string, method = 'GET') {
  return new Promise<{ code: number; type: string; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () =>
        resolve({ code: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

async function start(status: () => HealthStatus) {
  const metrics = createMetrics();
  server = await startHealthServer({ port: 0, metrics, status, log: quiet });
  return { metrics, port: server.port };
}

const healthy: HealthStatus = {
  adapters: { slack: 'up', discord: 'disabled' },
  knowledgeVersion: 'k-1',
  lastDigestRun: '2026-05-01T09:00:00.000Z',
};

describe('health server', () => {
  it('given every enabled adapter up, /healthz answers 200 with adapters, knowledge version and last digest run', async () => {
    const { port } = await start(() => healthy);
    const res = await get(port, '/healthz');
    expect(res.code).toBe(200);
    expect(res.type).toContain('application/json');
    expect(JSON.parse(res.body)).toEqual({ status: 'ok', ...healthy });
  });

  it('given an enabled adapter down, /healthz answers 503; a disabled one does not count', async () => {
    let status: HealthStatus = { ...healthy, adapters: { slack: 'up', discord: 'down' } };
    const { port } = await start(() => status);
    const down = await get(port, '/healthz');
    expect(down.code).toBe(503);
    expect(JSON.parse(down.body)).toMatchObject({ status: 'degraded', adapters: { discord: 'down' } });
    status = { ...healthy, adapters: { slack: 'disabled', discord: 'disabled' } };
    expect((await get(port, '/healthz')).code).toBe(200);
  });

  it('serves /metrics as Prometheus text with every Plenary metric, in the registry content type', async () => {
    const { metrics, port } = await start(() => healthy);
    metrics.questionAnswered('slack', 'vote_position', 0.002);
    metrics.platformError('discord', 'http_5xx');
    metrics.rateLimited('slack', 'user');
    metrics.digest('slack', 'sent');
    metrics.digest('slack', 'failed');
    metrics.adapterUp('slack', true);
    const res = await get(port, '/metrics');
    expect(res.code).toBe(200);
    expect(res.type).toBe(metrics.registry.contentType);
    expect(res.body).toContain('plenary_questions_total{platform="slack",intent="vote_position"} 1');
    expect(res.body).toContain('plenary_answer_seconds_bucket{le="0.005",platform="slack"} 1');
    expect(res.body).toContain('plenary_platform_errors_total{platform="discord",kind="http_5xx"} 1');
    expect(res.body).toContain('plenary_rate_limited_total{platform="slack",scope="user"} 1');
    expect(res.body).toContain('plenary_digests_total{platform="slack",result="sent"} 1');
    expect(res.body).toContain('plenary_digests_total{platform="slack",result="failed"} 1');
    expect(res.body).toContain('plenary_adapter_up{platform="slack"} 1');
  });

  it('answers 404 to any other path and 405 to other methods', async () => {
    const { port } = await start(() => healthy);
    expect((await get(port, '/')).code).toBe(404);
    expect((await get(port, '/healthz/extra')).code).toBe(404);
    expect((await get(port, '/metrics', 'POST')).code).toBe(405);
  });

  it('binds 127.0.0.1 by default and close() frees the port', async () => {
    const { port } = await start(() => healthy);
    expect((await get(port, '/healthz?verbose=1')).code).toBe(200);
    await server?.close();
    server = undefined;
    await expect(get(port, '/healthz')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('given the port is taken, start fails with a message naming HEALTH_PORT', async () => {
    const { port } = await start(() => healthy);
    await expect(
      startHealthServer({ port, metrics: createMetrics(), status: () => healthy, log: quiet }),
    ).rejects.toThrow(/HEALTH_PORT .*EADDRINUSE/);
  });
});
