/**
 * Installing into any workspace through the real process (`adapters/main.ts` with the OAuth variables and a
 * SQLite file), against the fake Slack: a workspace installs through /slack/install and is answered with its
 * own token; restarted with another SLACK_TOKEN_KEY, the process refuses to start and names the variable; the
 * client secret and the key never appear in the log.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, type FakeSlack, startFakeSlack } from './fakes/fake-slack.ts';
import { installWorkspace } from './fakes/oauth-install.ts';
import {
  cleanEnv,
  killRunning,
  type Run,
  sigterm,
  slackPort,
  spawnRun,
  waitFor,
} from './fakes/process-harness.ts';
import { eventCallback, mention, SIGNING_SECRET, send } from './fakes/slack-requests.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'plenary-oauth-process-'));
const children = new Set<ChildProcess>();
const key = randomBytes(32).toString('base64');
let fake: FakeSlack;

beforeAll(async () => {
  fake = await startFakeSlack();
});

afterAll(async () => {
  killRunning(children);
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

function start(tokenKey: string): Run {
  const env = cleanEnv({
    DATABASE_PATH: join(dir, 'plenary.db'),
    LOG_LEVEL: 'info',
    SLACK_CLIENT_ID: FAKE_CLIENT_ID,
    SLACK_CLIENT_SECRET: FAKE_CLIENT_SECRET,
    SLACK_STATE_SECRET: 'state-secret-0123456789abcdef',
    SLACK_TOKEN_KEY: tokenKey,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_PORT: '0',
    SLACK_API_URL: fake.apiUrl,
  });
  const run = spawnRun(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: root, env });
  children.add(run.child);
  return run;
}

describe('Slack OAuth through the real process', () => {
  it('given a workspace that installs, answers it with its own token; another key stops the restart', async () => {
    const run = start(key);
    const port = await waitFor(slackPort(run), 30_000);
    const base = `http://127.0.0.1:${port}`;
    const { done } = await installWorkspace(base, 'T0PROC');
    expect(done.status).toBe(200);
    const res = await send(
      `${base}/slack/events`,
      eventCallback(mention('how did France vote?', { channel: 'C0PROC' }), undefined, 'T0PROC'),
    );
    expect(res.status).toBe(200);
    const post = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'C0PROC',
      15_000,
    );
    expect(post.token).toMatch(/^xoxb-T0PROC-/);
    expect((await sigterm(run)).code).toBe(0);
    const log = run.stderr() + run.stdout();
    expect(log).toContain('Slack: installed in a workspace');
    for (const secret of [FAKE_CLIENT_SECRET, key, post.token!]) expect(log).not.toContain(secret);

    const wrong = start(randomBytes(32).toString('base64'));
    const exit = await wrong.exited;
    expect(exit.code).toBe(1);
    expect(wrong.stderr()).toContain('SLACK_TOKEN_KEY does not open the Slack installations');
  }, 90_000);
});
