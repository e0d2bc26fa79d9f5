/**
 * Postgres stopped and started again in the middle of a digest run, under a real `adapters/main.ts` instance.
 * This file runs its own server (tests/postgres/server.ts), since it stops it. Meanwhile questions are answered
 * (answers need no database: event dedupe and rate limits fall back to this instance's memory), /healthz says
 * the database is down, and once it is back the digests resume: every channel still gets exactly one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../postgres/database.ts';
import { startTestPostgres, type TestPostgres } from '../postgres/server.ts';
import { type FakeSlack, type RecordedCall, startFakeSlack } from './fakes/fake-slack.ts';
import {
  type Instance,
  mentionEvent,
  sendEvent,
  startInstance,
  subscribeDueChannels,
} from './fakes/instances.ts';
import { get, killRunning, waitFor } from './fakes/process-harness.ts';
import { slashCommand } from './fakes/slack-requests.ts';

// Slack digests are paced at 20 a second per instance: 80 make a run of about 4 s.
const CHANNELS = 80;
let server: TestPostgres;
let url: string;
let dir: string;
let fake: FakeSlack;
let instance: Instance | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-pg-faults-'));
  server = await startTestPostgres();
  url = await freshDatabase(server.url);
  fake = await startFakeSlack();
  await subscribeDueChannels(url, 'CFLT', CHANNELS);
}, 60_000);

afterAll(async () => {
  if (instance) killRunning([instance.run.child]);
  await fake?.close();
  await server?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const isDigest = (c: RecordedCall) =>
  c.method === 'chat.postMessage' && String(c.body.channel).startsWith('CFLT') && c.status === 200;
const health = async () => {
  const r = await get(instance!.healthPort, '/healthz');
  return { code: r.code, ...(JSON.parse(r.body) as { status: string; database: string }) };
};

describe('Postgres stopped and started during a digest run', () => {
  it('keeps answering, reports the database down on /healthz meanwhile, and resumes the digests once it is back', async () => {
    fake.setLatency(15);
    instance = await startInstance({
      name: 'solo',
      apiUrl: fake.apiUrl,
      databaseUrl: url,
      dataDir: dir,
      env: { DIGEST_CLAIM_LEASE_SECONDS: '3' },
    });
    expect(await health()).toMatchObject({ code: 200, status: 'ok', database: 'up' });
    await waitFor(() => (fake.calls.filter(isDigest).length >= 15 ? true : undefined), 30_000);

    await server.stop();
    const down = await waitFor(async () => {
      const h = await health();
      return h.database === 'down' ? h : undefined;
    }, 10_000);
    // Answers need no database, so a load balancer should keep sending questions: still 200.
    expect(down).toMatchObject({ code: 200, status: 'degraded', database: 'down' });
    const postedWhileDown = fake.calls.filter(isDigest).length;
    expect(postedWhileDown).toBeLessThan(CHANNELS);

    // A slash command and a mention are both answered while the database is down.
    await sendEvent(instance.eventsUrl, slashCommand('how did France vote?', fake.responseUrl('down-1')));
    const reply = await fake.waitFor((c) => c.path === '/response/down-1', 10_000);
    expect(JSON.stringify(reply.body)).toContain('France');
    const { ts, req } = mentionEvent(5_000, 'U0DOWN', 'C0DOWN');
    await sendEvent(instance.eventsUrl, req);
    await sendEvent(instance.eventsUrl, req, { retryNum: 1 });
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts, 10_000);

    await server.start();
    await waitFor(async () => ((await health()).database === 'up' ? true : undefined), 10_000);
    await waitFor(
      () =>
        new Set(fake.calls.filter(isDigest).map((c) => c.body.channel)).size >= CHANNELS ? true : undefined,
      60_000,
    );
    await new Promise((r) => setTimeout(r, 500));
    const counts = new Map<string, number>();
    for (const c of fake.calls.filter(isDigest))
      counts.set(String(c.body.channel), (counts.get(String(c.body.channel)) ?? 0) + 1);
    expect(counts.size).toBe(CHANNELS);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    expect(fake.calls.filter((c) => c.body.thread_ts === ts)).toHaveLength(1);
    expect(instance.run.stderr()).toContain('digest store recovered');
  }, 120_000);
});
