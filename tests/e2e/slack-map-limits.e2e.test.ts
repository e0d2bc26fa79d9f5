/**
 * Pictures through files.uploadV2 reaching the fake Slack (`/votes map`, mentions, the Share button), and the
 * AnswerService's rate limits as a Slack user sees them: one polite ephemeral notice, then silence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../adapters/slack/messages.ts';
import { createAnswerService } from '../../src/ops/answer-service.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { createRateLimiter } from '../../src/ops/rate-limit.ts';
import type { RecordedCall } from './fakes/fake-slack.ts';
import { routerWithPictures, type SlackHarness, startSlackHarness } from './fakes/slack-harness.ts';
import { eventCallback, mention, send, shareClick, slashCommand } from './fakes/slack-requests.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const toResponse = (id: string) => (c: RecordedCall) =>
  c.method === 'response_url' && c.path === `/response/${id}`;

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Waits until `n` files have been shared to `channel`. */
async function uploadsTo(channel: string, n = 1, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = h.fake.uploads.filter((u) => u.channel === channel);
    if (found.length >= n) return found;
    if (Date.now() > until) throw new Error(`no upload to ${channel}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('pictures through files.uploadV2 (real Bolt, fake Slack)', () => {
  it('given /votes map ES-11/7, it posts the answer and the PNG map to the channel', async () => {
    await send(h.eventsUrl, slashCommand('map ES-11/7', h.fake.responseUrl('map1'), { channel_id: 'C0MAP' }));
    const text = await h.fake.waitFor(toResponse('map1'));
    expect(text.body.response_type).toBe('in_channel');
    expect(String(text.body.text)).toContain('A/RES/ES-11/7');
    expect(String(text.body.text)).toContain('Shared by alice');
    const [upload] = await uploadsTo('C0MAP');
    expect(upload?.filename).toBe('A-RES-ES-11-7.png');
    expect(upload?.altText).toMatch(/^World map of the vote on A\/RES\/ES-11\/7/);
    expect(upload?.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(upload?.bytes.length).toBeGreaterThan(10_000);
    const steps = h.fake.calls.map((c) => c.method).filter((m) => m.startsWith('file'));
    expect(steps).toEqual(['files.getUploadURLExternal', 'file_upload', 'files.completeUploadExternal']);
  });

  it('given a mention asking for a map, it answers in the thread and uploads the picture into it', async () => {
    const ev = mention('show the map of the Ukraine resolution', {
      channel: 'C0MAPT',
      ts: '1740400500.000500',
    });
    await send(h.eventsUrl, eventCallback(ev));
    const [upload] = await uploadsTo('C0MAPT');
    expect(upload?.threadTs).toBe('1740400500.000500');
    const post = h.fake.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0MAPT');
    expect(post?.body.thread_ts).toBe('1740400500.000500');
    expect(post!.at).toBeLessThan(
      h.fake.calls.find((c) => c.method === 'files.completeUploadExternal' && c.body.channel_id === 'C0MAPT')!
        .at,
    );
  });

  it('given a private /votes question with a map, it says sharing posts the picture, and Share uploads it', async () => {
    await send(h.eventsUrl, slashCommand('show the map of ES-11/8', h.fake.responseUrl('pm1')));
    const first = await h.fake.waitFor(toResponse('pm1'));
    expect(first.body.response_type).toBe('ephemeral');
    expect(String(first.body.text)).toContain('Share to channel');
    expect(h.fake.uploads.filter((u) => u.channel === 'C0GENERAL')).toEqual([]);
    const blocks = first.body.blocks as { type: string; elements?: { value?: string }[] }[];
    const value = blocks.find((b) => b.type === 'actions')?.elements?.[0]?.value;
    await send(h.eventsUrl, shareClick(value!, h.fake.responseUrl('pm2')));
    const [upload] = await uploadsTo('C0GENERAL');
    expect(upload?.filename).toBe('A-RES-ES-11-8.png');
    const shared = await h.fake.waitFor(toResponse('pm2'));
    expect(shared.body.response_type).toBe('in_channel');
  });

  it('given the bot is not in the channel, /votes map still posts the text and tells the user how to fix the picture', async () => {
    h.fake.failNext('files.getUploadURLExternal', { error: 'not_in_channel' });
    await send(h.eventsUrl, slashCommand('map 2774', h.fake.responseUrl('nic'), { channel_id: 'C0NOTIN' }));
    await h.fake.waitFor(toResponse('nic'));
    const told = await h.fake.waitFor(
      (c) => c.method === 'chat.postEphemeral' && c.body.channel === 'C0NOTIN',
    );
    expect(told.body.text).toBe(MESSAGES.pictureFailed);
    const line = await h.waitForLog((l) => l.code === 'not_in_channel' && l.channel === 'C0NOTIN');
    expect(String(line.msg)).toContain('files.uploadV2 failed');
  });
});

describe('rate limits through the AnswerService (real Bolt, fake Slack)', () => {
  let limited: SlackHarness;
  const metrics = createMetrics();
  beforeAll(async () => {
    const router = routerWithPictures();
    const limiter = createRateLimiter({ perUserPerMinute: 2, perChannelPerMinute: 100 });
    limited = await startSlackHarness({
      service: createAnswerService({ router, limiter, metrics }),
      metrics,
    });
  });
  afterAll(async () => {
    await limited?.close();
  });

  it('given a user over the limit with /votes, one polite ephemeral notice, then silence', async () => {
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5'];
    for (const id of ids)
      await send(
        limited.eventsUrl,
        slashCommand('how did France vote?', limited.fake.responseUrl(id), { user_id: 'U0FAST' }),
      );
    for (const id of ids.slice(0, 3)) await limited.fake.waitFor(toResponse(id));
    const notice = limited.fake.calls.find(toResponse('r3'))!;
    expect(notice.body.response_type).toBe('ephemeral');
    expect(String(notice.body.text)).toMatch(/asked a lot of questions/);
    expect(JSON.stringify(notice.body.blocks)).not.toContain('plenary_share');
    // Another user in the same channel is still answered, and the silenced requests never reached Slack.
    await send(
      limited.eventsUrl,
      slashCommand('how did Chile vote?', limited.fake.responseUrl('other'), { user_id: 'U0CALM' }),
    );
    await limited.fake.waitFor(toResponse('other'));
    expect(limited.fake.calls.filter((c) => c.path === '/response/r4' || c.path === '/response/r5')).toEqual(
      [],
    );
    const metricsText = await metrics.registry.metrics();
    expect(metricsText).toMatch(/plenary_rate_limited_total\{platform="slack",scope="user"\} 3/);
  });

  it('given a user over the limit with mentions, one ephemeral notice in the thread, then silence', async () => {
    for (let i = 0; i < 5; i++)
      await send(
        limited.eventsUrl,
        eventCallback(
          mention('how did Peru vote?', { user: 'U0LOUD', channel: 'C0LOUD', ts: `1740400600.00060${i}` }),
        ),
      );
    const notice = await limited.fake.waitFor(
      (c) => c.method === 'chat.postEphemeral' && c.body.user === 'U0LOUD',
    );
    expect(notice.body.thread_ts).toBe('1740400600.000602');
    await new Promise((r) => setTimeout(r, 100));
    const posts = limited.fake.calls.filter((c) => c.body.channel === 'C0LOUD');
    expect(posts.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2);
    expect(posts.filter((c) => c.method === 'chat.postEphemeral')).toHaveLength(1);
  });
});
