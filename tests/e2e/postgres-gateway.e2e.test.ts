/**
 * Two instances with DISCORD_TOKEN on one Postgres database: one holds the gateway (an advisory lock), the other
 * stands by (/healthz: discord "standby", still 200). SIGKILL the holder: the standby opens the gateway within
 * 30 s and answers mentions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../postgres/database.ts';
import { BOT_ID, CHANNEL_ID, type FakeDiscord, startFakeDiscord } from './fakes/fake-discord.ts';
import { type Instance, startInstance } from './fakes/instances.ts';
import { get, killRunning, waitFor } from './fakes/process-harness.ts';

let dir: string;
let url: string;
let fake: FakeDiscord;
const running: Instance[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-gateway-'));
  url = await freshDatabase();
  fake = await startFakeDiscord(1_000);
});
afterAll(async () => {
  killRunning(running.map((i) => i.run.child));
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

const discordState = async (i: Instance) =>
  (JSON.parse((await get(i.healthPort, '/healthz')).body) as { adapters: { discord: string } }).adapters
    .discord;
const leads = (i: Instance) => i.run.stderr().includes('leader election: this instance leads');

describe('the Discord gateway across instances', () => {
  it('given the gateway holder SIGKILLed, the standby takes the gateway within 30 s and answers', async () => {
    const start = (name: string) =>
      startInstance({ name, platform: 'discord', apiUrl: fake.apiUrl, databaseUrl: url, dataDir: dir });
    running.push(...(await Promise.all([start('d1'), start('d2')])));
    const leader = await waitFor(() => running.find(leads), 20_000);
    const standby = running.find((i) => i !== leader)!;
    await waitFor(async () => ((await discordState(leader)) === 'up' ? true : undefined), 20_000);
    expect(await discordState(standby)).toBe('standby');
    expect((await get(standby.healthPort, '/healthz')).code).toBe(200);
    expect(fake.openConnections).toBe(1);
    // Only the holder posts Discord digests: the standby has no scheduler until it takes over.
    expect(standby.run.stderr()).not.toContain('digest scheduler started');
    const identifiesBefore = fake.gatewayOps.filter((op) => op === 2).length;

    leader.run.child.kill('SIGKILL');
    const killedAt = Date.now();
    await leader.run.exited;
    await waitFor(async () => ((await discordState(standby)) === 'up' ? true : undefined), 30_000);
    await fake.ready();
    const handoverMs = Date.now() - killedAt;
    expect(handoverMs).toBeLessThan(30_000);
    expect(fake.gatewayOps.filter((op) => op === 2).length).toBe(identifiesBefore + 1);
    expect(fake.openConnections).toBe(1);
    await waitFor(
      () => (standby.run.stderr().includes('digest scheduler started') ? true : undefined),
      5_000,
    );

    fake.message(`<@${BOT_ID}> how did France vote?`);
    const reply = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`,
      10_000,
    );
    expect(JSON.stringify(reply.body)).toContain('France');
    console.log(`gateway handover after SIGKILL: ${handoverMs} ms`);
  }, 90_000);
});
