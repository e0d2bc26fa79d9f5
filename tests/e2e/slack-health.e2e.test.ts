/**
 * Issue 13, item 6 on Slack, through the real process in HTTP mode: a Slack Web API that resets every connection
 * is reported down (/healthz 503, plenary_adapter_up{platform="slack"} 0) and up again once it answers.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeSlack } from './fakes/fake-slack.ts';
import {
  cleanEnv,
  get,
  healthPort,
  killRunning,
  slackPort,
  spawnRun,
  waitFor,
} from './fakes/process-harness.ts';
import { eventCallback, mention, SIGNING_SECRET, send } from './fakes/slack-requests.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'plenary-slack-health-'));
const children = new Set<ChildProcess>();
afterAll(() => {
  killRunning(children);
  rmSync(dir, { recursive: true, force: true });
});

const slackUp = async (port: number) =>
  /plenary_adapter_up\{platform="slack"\} (\d)/.exec((await get(port, '/metrics')).body)?.[1];

describe('Slack Web API health through the real process', () => {
  it('given a Web API that resets every connection, /healthz turns 503 and adapter_up 0, then 200 once it answers', async () => {
    const slack = await startFakeSlack();
    try {
      const env = cleanEnv({
        DATABASE_PATH: join(dir, 'plenary.db'),
        SLACK_BOT_TOKEN: 'xoxb-health-test-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        SLACK_PORT: '0',
        HEALTH_PORT: '0',
      });
      const run = spawnRun(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: root, env });
      children.add(run.child);
      const port = await waitFor(healthPort(run), 30_000);
      const events = `http://127.0.0.1:${await waitFor(slackPort(run), 30_000)}/slack/events`;
      expect((await get(port, '/healthz')).code).toBe(200);

      slack.resetting = true;
      // An answer that cannot be posted makes the adapter probe the Web API at once (else within 30 s).
      expect((await send(events, eventCallback(mention('how did France vote?')))).status).toBe(200);
      const down = await waitFor(async () => {
        const h = await get(port, '/healthz');
        return h.code === 503 ? h : undefined;
      }, 60_000);
      expect(JSON.parse(down.body).adapters).toEqual({ slack: 'down', discord: 'disabled' });
      expect(await slackUp(port)).toBe('0');
      // The log line is written as the health flips: wait for it rather than race it.
      await waitFor(
        async () => (/Slack Web API unreachable: reported down/.test(run.stderr()) ? true : undefined),
        10_000,
      );

      slack.resetting = false;
      await waitFor(async () => ((await get(port, '/healthz')).code === 200 ? true : undefined), 60_000);
      expect(await slackUp(port)).toBe('1');
      run.child.kill('SIGTERM');
      expect((await run.exited).code).toBe(0);
    } finally {
      await slack.close();
    }
  }, 150_000);
});
