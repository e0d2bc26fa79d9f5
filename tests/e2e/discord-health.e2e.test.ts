/**
 * Issue 13, item 6 on Discord, through the real process: /healthz and plenary_adapter_up tell the truth while the
 * gateway cannot be reached, and a bad token (gateway close 4004) ends the process with exit 2 and a clear
 * message instead of leaving it disconnected and "healthy".
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from './fakes/fake-discord.ts';
import {
  cleanEnv,
  get,
  healthPort,
  killRunning,
  type Run,
  spawnRun,
  waitFor,
} from './fakes/process-harness.ts';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
const children = new Set<ChildProcess>();
const fakes: FakeDiscord[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-discord-health-'));
});
afterAll(async () => {
  killRunning(children);
  await Promise.all(fakes.map((f) => f.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function startBot(): Promise<{ fake: FakeDiscord; run: Run }> {
  const fake = await startFakeDiscord(1_000);
  fakes.push(fake);
  const env = cleanEnv({
    DATABASE_PATH: join(dir, `plenary-${fakes.length}.db`),
    LOG_LEVEL: 'info',
    DISCORD_TOKEN: 'fake-bot-token',
    DISCORD_API_URL: fake.apiUrl,
    HEALTH_PORT: '0',
  });
  const run = spawnRun(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: root, env });
  children.add(run.child);
  return { fake, run };
}

const discordUp = async (port: number) => {
  const metrics = (await get(port, '/metrics')).body;
  return /plenary_adapter_up\{platform="discord"\} (\d)/.exec(metrics)?.[1];
};

describe('Discord health through the real process', () => {
  it('given the gateway refusing reconnects, /healthz turns 503 and plenary_adapter_up 0, and 200 again once it reconnects', async () => {
    const { fake, run } = await startBot();
    const port = await waitFor(healthPort(run), 30_000);
    await waitFor(async () => ((await get(port, '/healthz')).code === 200 ? true : undefined), 30_000);
    expect(await discordUp(port)).toBe('1');

    fake.refusing = true;
    fake.dropConnection();
    const down = await waitFor(async () => {
      const h = await get(port, '/healthz');
      return h.code === 503 ? h : undefined;
    }, 30_000);
    expect(JSON.parse(down.body)).toMatchObject({ status: 'degraded', adapters: { discord: 'down' } });
    expect(await discordUp(port)).toBe('0');

    fake.refusing = false;
    await waitFor(async () => ((await get(port, '/healthz')).code === 200 ? true : undefined), 60_000);
    expect(await discordUp(port)).toBe('1');
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  }, 120_000);

  it('given Discord closing the gateway with 4004 while running, it logs a clear fatal message and exits 2', async () => {
    const { fake, run } = await startBot();
    await waitFor(() => (/discord: ready/.test(run.stderr()) ? true : undefined), 30_000);
    fake.closeConnection(4004);
    const { code } = await run.exited;
    expect(code).toBe(2);
    expect(run.stderr()).toMatch(/Discord rejected DISCORD_TOKEN \(gateway close 4004/);
    expect(run.stderr()).toMatch(/"level":60/);
  }, 60_000);

  it('given Discord refusing the token with 4004 at start-up, it exits 2 with the same message', async () => {
    const fake = await startFakeDiscord(1_000);
    fakes.push(fake);
    fake.identifyCloseCode = 4004;
    const env = cleanEnv({
      DATABASE_PATH: join(dir, 'plenary-start.db'),
      DISCORD_TOKEN: 'fake-bot-token',
      DISCORD_API_URL: fake.apiUrl,
    });
    const run = spawnRun(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: root, env });
    children.add(run.child);
    const { code } = await run.exited;
    expect(code).toBe(2);
    expect(run.stderr()).toMatch(/plenary: Discord rejected DISCORD_TOKEN/);
  }, 60_000);
});
