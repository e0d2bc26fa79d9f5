/**
 * Issue 13, items 1 to 4, against the real process (`adapters/main.ts`, as `npm start` runs it) in Slack HTTP
 * mode with a fake Slack: requests that crashed it, bodies that filled its memory, response_urls it must not
 * call, replays and timestamps from the future. After each attack the process is still running and answers.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from './fakes/fake-slack.ts';
import { cleanEnv, killRunning, type Run, slackPort, spawnRun, waitFor } from './fakes/process-harness.ts';
import { rssMb, startTrap, streamedPost } from './fakes/raw-http.ts';
import { eventCallback, mention, SIGNING_SECRET, send, sign, slashCommand } from './fakes/slack-requests.ts';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let slack: FakeSlack;
let run: Run;
let url: string;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-attacks-'));
  slack = await startFakeSlack();
  const env = cleanEnv({
    DATABASE_PATH: join(dir, 'plenary.db'),
    LOG_LEVEL: 'info',
    SLACK_BOT_TOKEN: 'xoxb-attack-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    SLACK_PORT: '0',
  });
  run = spawnRun(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: root, env });
  children.add(run.child);
  url = `http://127.0.0.1:${await waitFor(slackPort(run), 30_000)}/slack/events`;
}, 40_000);
afterAll(async () => {
  killRunning(children);
  await slack?.close();
  rmSync(dir, { recursive: true, force: true });
});

const alive = () => run.child.exitCode === null && run.child.signalCode === null;
const answeredAt = (id: string) =>
  slack.calls.filter((c) => c.method === 'response_url' && c.path === `/response/${id}`);

/** A question through /votes still gets its answer: the process is alive and working. */
async function stillAnswers(id: string): Promise<void> {
  expect(alive()).toBe(true);
  expect((await send(url, slashCommand('how did Kenya vote?', slack.responseUrl(id)))).status).toBe(200);
  await slack.waitFor((c) => c.method === 'response_url' && c.path === `/response/${id}`, 10_000);
}

const signed = (body: string, contentType: 'application/json' | 'application/x-www-form-urlencoded') => ({
  body,
  contentType,
});

describe('1. one request cannot end the process', () => {
  it('given a signed JSON body of null, a form payload=null and other non-objects, it answers 400 and keeps running', async () => {
    for (const body of ['null', '42', '[]', '"text"', '{not json'])
      expect((await send(url, signed(body, 'application/json'))).status).toBe(400);
    for (const body of ['payload=null', 'payload=%5B%5D', 'payload=%7Bbroken'])
      expect((await send(url, signed(body, 'application/x-www-form-urlencoded'))).status).toBe(400);
    // A JSON object nobody handles: 404 at once (no 3-second wait for an ack that will not come).
    expect((await send(url, signed('{"type":"nothing_we_know"}', 'application/json'))).status).toBe(404);
    await waitFor(() =>
      /Slack request refused: body is not a Slack payload/.test(run.stderr()) ? true : undefined,
    );
    await stillAnswers('after-null');
  });

  it('given a signed app_mention whose text is null (or a number), it acknowledges it and keeps running', async () => {
    for (const text of [null, 42, { a: 1 }]) {
      const req = eventCallback({ ...mention('x'), text, channel: 'C0NULLTEXT' });
      expect((await send(url, req)).status).toBe(200);
    }
    await stillAnswers('after-null-text');
  });
});

describe('2. bodies cannot fill the memory', () => {
  it('given 40 parallel 50 MB bodies with a bad signature, declared or streamed, it answers 413 or 401 and RSS stays bounded', async () => {
    const pid = run.child.pid!;
    const before = await rssMb(pid);
    const headers = (ts: number) => ({
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': sign('wrong-secret', ts, 'whatever'),
    });
    const now = Math.floor(Date.now() / 1000);
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        streamedPost({ url, headers: headers(now), bytes: 50 * 1024 * 1024, declareLength: i % 2 === 0 }),
      ),
    );
    // Unsigned (no headers at all): refused before the body is read.
    const unsigned = await streamedPost({
      url,
      headers: { 'content-type': 'application/json' },
      bytes: 8 << 20,
      declareLength: false,
    });
    const after = await rssMb(pid);
    expect(new Set(statuses)).toEqual(new Set([413]));
    expect(unsigned).toBe(401);
    console.log(
      `RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after 40 x 50 MB bad-signature bodies`,
    );
    expect(after - before).toBeLessThan(150);
    await stillAnswers('after-big-bodies');
  }, 60_000);
});

describe('3. response_url only to Slack', () => {
  it('given response_urls on another address or another port, it posts nothing there, logs the refusal and tells the user', async () => {
    const traps = [await startTrap('127.0.0.2'), await startTrap('127.0.0.1')];
    try {
      for (const [i, trap] of traps.entries()) {
        const channel = `C0TRAP${i}`;
        const req = slashCommand('how did Kenya vote?', trap.url('/latest/meta-data/'), {
          channel_id: channel,
        });
        expect((await send(url, req)).status).toBe(200);
        await slack.waitFor((c) => c.method === 'chat.postEphemeral' && c.body.channel === channel, 10_000);
      }
      await waitFor(() =>
        (run.stderr().match(/response_url refused/g) ?? []).length >= 2 ? true : undefined,
      );
      expect(traps.map((t) => t.hits)).toEqual([[], []]);
    } finally {
      await Promise.all(traps.map((t) => t.close()));
    }
  });
});

describe('4. replays and timestamps', () => {
  it('given the same signed /votes twice, it answers once and refuses the replay with 401', async () => {
    const req = slashCommand('how did France vote?', slack.responseUrl('replayed'));
    const ts = Math.floor(Date.now() / 1000);
    expect((await send(url, req, { timestamp: ts })).status).toBe(200);
    expect((await send(url, req, { timestamp: ts })).status).toBe(401);
    await slack.waitFor((c) => c.path === '/response/replayed', 10_000);
    await stillAnswers('after-replay');
    expect(answeredAt('replayed')).toHaveLength(1);
  });

  it('given a timestamp an hour in the future or in the past, it answers 401 and nothing else', async () => {
    const hour = 3600;
    const now = Math.floor(Date.now() / 1000);
    for (const [id, ts] of [
      ['future', now + hour],
      ['past', now - hour],
      ['just-future', now + 6 * 60],
    ] as const)
      expect((await send(url, slashCommand('help', slack.responseUrl(id)), { timestamp: ts })).status).toBe(
        401,
      );
    await stillAnswers('after-timestamps');
    expect([...answeredAt('future'), ...answeredAt('past'), ...answeredAt('just-future')]).toEqual([]);
  });
});
