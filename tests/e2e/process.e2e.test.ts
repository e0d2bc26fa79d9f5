/**
 * The real process: `adapters/main.ts` spawned as `npm start` runs it, with a clean environment. Start-up errors,
 * secrets in logs, the health server and SIGTERM are checked from the outside, the way an operator sees them.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { type FakeSlack, startFakeSlack } from './fakes/fake-slack.ts';
import {
  cleanEnv,
  get,
  healthPort,
  killRunning,
  type Run,
  sigterm,
  spawnRun,
  waitFor,
} from './fakes/process-harness.ts';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
const children = new Set<ChildProcess>();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-process-'));
});
afterAll(() => {
  killRunning(children);
  rmSync(dir, { recursive: true, force: true });
});

/** A clean environment with the database in this file's temp folder, plus `over`. */
const env = (over: Record<string, string>) =>
  cleanEnv({ DATABASE_PATH: join(dir, 'data', 'plenary.db'), LOG_LEVEL: 'info', ...over });

function start(over: Record<string, string>, input?: string, command: 'node' | 'npm' = 'node'): Run {
  const [cmd, args] =
    command === 'npm'
      ? ['npm', ['start', '--silent']]
      : [process.execPath, ['--import', 'tsx', 'adapters/main.ts']];
  const run = spawnRun(cmd, args, { cwd: root, env: env(over), input });
  children.add(run.child);
  return run;
}

/** npm's own warnings about the machine's npmrc are not ours. */
const ourLines = (s: string) =>
  s
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('npm warn'))
    .map((l) => l.trim());

const secrets = {
  SLACK_BOT_TOKEN: 'xoxb-111111-222222-SeCrEtBoTtOkEn',
  SLACK_SIGNING_SECRET: 'sIgNiNgSeCrEt0123456789abcdef',
  DISCORD_TOKEN: 'MTA0.ZGlzY29yZA.dIsCoRdSeCrEtToKeN',
};
const leaks = (text: string) => Object.values(secrets).filter((s) => text.includes(s));

describe('the plenary process', () => {
  it('given a question piped to npm start, it prints a cited answer and exits 0', async () => {
    const run = start({}, 'how did the US vote?\n', 'npm');
    const { code } = await run.exited;
    expect(code).toBe(0);
    expect(run.stdout()).toMatch(/United States/);
    expect(run.stdout()).toMatch(/A\/RES\/ES-11\/7/);
    expect(ourLines(run.stderr())).toEqual([]);
  });

  it('given DATABASE_URL on a server that is not there, it stops start-up with exit 1 and never logs the password', async () => {
    const password = 'pGpAsSwOrD-0123456789';
    const run = start({
      ...secrets,
      DISCORD_TOKEN: '',
      LOG_LEVEL: 'trace',
      DATABASE_URL: `postgres://plenary:${password}@127.0.0.1:1/plenary`,
    });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.stderr()).toMatch(/plenary: failed to start: .*ECONNREFUSED/);
    expect(run.stderr() + run.stdout()).not.toContain(password);
  });

  it('given SLACK_BOT_TOKEN without a signing secret, it exits non-zero with one line naming SLACK_SIGNING_SECRET', async () => {
    const run = start({ SLACK_BOT_TOKEN: 'xoxb-1' });
    const { code } = await run.exited;
    expect(code).not.toBe(0);
    const lines = ourLines(run.stderr());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^plenary: SLACK_SIGNING_SECRET is not set/);
    expect(run.stdout()).toBe('');
  });

  describe('secrets', () => {
    const fakes: FakeSlack[] = [];
    const fakeSlack = async () => {
      const f = await startFakeSlack();
      fakes.push(f);
      return f;
    };
    afterAll(() => Promise.all(fakes.map((f) => f.close())));

    it('given Slack rejecting the token at debug level, start-up fails and no log line holds a configured secret', async () => {
      const slack = await fakeSlack();
      slack.failNext('auth.test', { error: 'invalid_auth' });
      const run = start({ ...secrets, LOG_LEVEL: 'debug', SLACK_API_URL: slack.apiUrl, SLACK_PORT: '0' });
      const { code } = await run.exited;
      expect(code).toBe(1);
      expect(run.stderr()).toMatch(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
      expect(leaks(run.stderr() + run.stdout())).toEqual([]);
    });

    it('given a token inside a logged object and inside a message string, the logger redacts both', () => {
      const sink = new PassThrough();
      let text = '';
      sink.on('data', (c: Buffer) => {
        text += c.toString();
      });
      const log = createLogger({ level: 'debug', destination: sink, secrets: Object.values(secrets) });
      log.info({ config: { SLACK_BOT_TOKEN: secrets.SLACK_BOT_TOKEN }, token: secrets.DISCORD_TOKEN }, 'cfg');
      log.info({ request: { headers: { Authorization: `Bearer ${secrets.SLACK_BOT_TOKEN}` } } }, 'request');
      log.error(`auth failed for ${secrets.SLACK_SIGNING_SECRET} and ${secrets.DISCORD_TOKEN}`);
      log.debug({ err: new Error(`bad token ${secrets.SLACK_BOT_TOKEN}`) }, 'error object');
      expect(text.split('\n').filter(Boolean)).toHaveLength(4);
      expect(leaks(text)).toEqual([]);
      expect(text).toContain('[Redacted]');
    });
  });

  it('given SIGTERM to a running process with HEALTH_PORT set, /healthz answers until then and it exits 0 within 5 s', async () => {
    const run = start({ HEALTH_PORT: '0' }); // console mode, stdin left open: it would run forever
    const port = await waitFor(healthPort(run));
    const health = await get(port, '/healthz');
    expect(health.code).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({
      status: 'ok',
      adapters: { slack: 'disabled', discord: 'disabled' },
      lastDigestRun: null,
    });
    expect((await get(port, '/metrics')).body).toContain('# TYPE plenary_questions_total counter');
    const { code, afterMs } = await sigterm(run);
    expect(code).toBe(0);
    expect(afterMs).toBeLessThan(5_000);
    await expect(get(port, '/healthz')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('given Slack in HTTP mode against a local fake at trace level, /healthz shows it up, SIGTERM exits 0, no secret is logged', async () => {
    const slack = await startFakeSlack();
    try {
      const run = start({
        SLACK_BOT_TOKEN: secrets.SLACK_BOT_TOKEN,
        SLACK_SIGNING_SECRET: secrets.SLACK_SIGNING_SECRET,
        LOG_LEVEL: 'trace',
        SLACK_API_URL: slack.apiUrl,
        SLACK_PORT: '0',
        HEALTH_PORT: '0',
      });
      const port = await waitFor(healthPort(run));
      await waitFor(() => (/Slack adapter listening/.test(run.stderr()) ? true : undefined));
      // Slack provides a digest publisher, so the scheduler runs on DATABASE_PATH and reports its first run.
      const health = await waitFor(async () => {
        const h = await get(port, '/healthz');
        return JSON.parse(h.body).lastDigestRun ? h : undefined;
      });
      expect(health.code).toBe(200);
      expect(JSON.parse(health.body).adapters).toEqual({ slack: 'up', discord: 'disabled' });
      expect((await get(port, '/metrics')).body).toContain('plenary_adapter_up{platform="slack"} 1');
      const { code, afterMs } = await sigterm(run);
      expect(code).toBe(0);
      expect(afterMs).toBeLessThan(5_000);
      expect(run.stderr()).toMatch(/Slack adapter stopped/);
      expect(run.stderr()).toMatch(/"level":20/); // debug lines were written, and none holds a secret
      expect(leaks(run.stderr() + run.stdout())).toEqual([]);
    } finally {
      await slack.close();
    }
  });
});
