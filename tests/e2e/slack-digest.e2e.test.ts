/**
 * `/votes digest …` through the real Bolt app against the fake Slack, and the digest Publisher posting through
 * the fake: directly, and driven by the real scheduler with a fake clock (429 then success, channel gone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../adapters/slack/messages.ts';
import {
  buildDigest,
  createDigestScheduler,
  EMPTY_DIGEST_STATE,
  PublishError,
} from '../../src/digest/index.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Subscription, SubscriptionStore } from '../../src/store/subscription-store.ts';
import type { RecordedCall } from './fakes/fake-slack.ts';
import { TEAM_ID } from './fakes/fake-slack.ts';
import { routerWithPictures, type SlackHarness, startSlackHarness } from './fakes/slack-harness.ts';
import { send, slashCommand } from './fakes/slack-requests.ts';

let h: SlackHarness;
let store: SubscriptionStore;
let now = Date.parse('2026-02-24T08:00:00Z');
const knowledge = routerWithPictures().knowledge;

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  h = await startSlackHarness({
    store,
    digestDefaults: { time: '07:30', tz: 'Europe/Paris' },
    now: () => new Date(now),
  });
});

afterAll(async () => {
  await h?.close();
  store?.close();
});

let seq = 0;
/** Runs `/votes <text>` in `channel` and returns the ephemeral reply's fallback text. */
async function votes(text: string, channel: string): Promise<{ text: string; call: RecordedCall }> {
  seq += 1;
  const id = `digest-${seq}`;
  const res = await send(h.eventsUrl, slashCommand(text, h.fake.responseUrl(id), { channel_id: channel }));
  expect(res.status).toBe(200);
  const call = await h.fake.waitFor((c) => c.method === 'response_url' && c.path === `/response/${id}`);
  expect(call.body.response_type).toBe('ephemeral');
  return { text: String(call.body.text), call };
}

const key = (channelId: string) => ({ platform: 'slack', channelId });

describe('/votes digest (real Bolt, fake Slack)', () => {
  it('given digest on with a time and a zone, it subscribes the channel, says when, and announces it in the channel', async () => {
    const { text } = await votes('digest on 09:00 Europe/Kyiv', 'C0DIGON');
    expect(text).toContain('09:00 (Europe/Kyiv)');
    const announced = await h.fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'C0DIGON',
    );
    expect(String(announced.body.text)).toContain('alice set the daily digest');
    expect(String(announced.body.text)).toContain('09:00 (Europe/Kyiv)');
    expect(await store.get(key('C0DIGON'))).toMatchObject({
      time: '09:00',
      timeZone: 'Europe/Kyiv',
      workspaceId: TEAM_ID,
      createdBy: 'U0ALICE',
      status: 'active',
    });
  });

  it('given digest on alone, it uses DIGEST_DEFAULT_TIME and DIGEST_DEFAULT_TZ', async () => {
    const { text } = await votes('digest on', 'C0DIGDEF');
    expect(text).toContain('07:30 (Europe/Paris)');
    expect(await store.get(key('C0DIGDEF'))).toMatchObject({ time: '07:30', timeZone: 'Europe/Paris' });
  });

  it('given a channel the bot is not in, digest on says to invite it and stores nothing', async () => {
    h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    const { text } = await votes('digest on 09:00 UTC', 'C0DIGNOT');
    expect(text).toBe(MESSAGES.digestNeedsInvite);
    expect(await store.get(key('C0DIGNOT'))).toBeNull();
  });

  it('given a bad time or an unknown zone, it says so with an example and stores nothing', async () => {
    const badTime = await votes('digest on 25:61 Europe/Kyiv', 'C0DIGBAD');
    expect(badTime.text).toContain('is not a time of day');
    expect(badTime.text).toContain('Nothing was changed');
    const badZone = await votes('digest on 09:00 Europe/Kiyv', 'C0DIGBAD');
    expect(badZone.text).toContain('is not a time zone');
    expect(badZone.text).toContain('Europe/Kyiv');
    expect(await store.get(key('C0DIGBAD'))).toBeNull();
  });

  it('given digest status, it shows the time, zone and next digest; off removes it', async () => {
    await votes('digest on 18:00 America/New_York', 'C0DIGST');
    // votes() checks that the reply is ephemeral: only the asker sees it, so the mention notifies no one else.
    const status = await votes('digest status', 'C0DIGST');
    expect(status.text).toContain('18:00 (America/New_York)');
    expect(status.text).toContain('Next digest');
    expect(status.text).toContain('Set up by <@U0ALICE>');
    expect(JSON.stringify(status.call.body.blocks)).toContain('Set up by <@U0ALICE>');
    const off = await votes('digest off', 'C0DIGST');
    expect(off.text).toContain('Daily digest off');
    expect(await store.get(key('C0DIGST'))).toBeNull();
    expect((await votes('digest status', 'C0DIGST')).text).toContain('has no daily digest');
  });

  it('given digest on with a language, it stores it, names it in the reply, the announcement and status', async () => {
    const { text } = await votes('digest on 09:00 Europe/Paris fr', 'C0DIGFR');
    expect(text).toContain('09:00 (Europe/Paris), in French (français)');
    const announced = await h.fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'C0DIGFR',
    );
    expect(String(announced.body.text)).toContain('in French (français)');
    expect(await store.get(key('C0DIGFR'))).toMatchObject({ lang: 'fr', timeZone: 'Europe/Paris' });
    expect((await votes('digest status', 'C0DIGFR')).text).toContain('in French (français)');
    expect((await votes('digest on', 'C0DIGDEF2')).text).toContain('in English');
  });

  it('given an unknown language, it lists the languages and stores nothing', async () => {
    const { text } = await votes('digest on 09:00 Europe/Paris it', 'C0DIGIT');
    expect(text).toContain('"it" is not a language I write digests in');
    expect(text).toContain('fr (French)');
    expect(text).toContain('Nothing was changed');
    expect(await store.get(key('C0DIGIT'))).toBeNull();
  });

  it('given digest preview with a date, it shows that day’s digest privately without subscribing', async () => {
    const { text, call } = await votes('digest preview 2026-02-24', 'C0DIGPRE');
    expect(text).toContain('anniversary');
    expect(text).toContain('Sources');
    expect((call.body.blocks as unknown[]).length).toBeGreaterThan(2);
    expect(await store.get(key('C0DIGPRE'))).toBeNull();
    expect((await votes('digest preview 24/02/2026', 'C0DIGPRE')).text).toContain('YYYY-MM-DD');
  });

  it('given a digest subcommand that does not exist, it answers with the list of commands', async () => {
    expect((await votes('digest daily', 'C0DIGHLP')).text).toContain('digest on');
  });
});

function subscription(channelId: string): Subscription {
  return {
    platform: 'slack',
    channelId,
    workspaceId: TEAM_ID,
    time: '09:00',
    timeZone: 'UTC',
    createdBy: 'U0ALICE',
    status: 'active',
    goneReason: null,
    firstDate: '2026-02-24',
    createdAt: new Date(now),
    factState: EMPTY_DIGEST_STATE,
    lang: 'en',
  };
}

const postsTo = (channel: string) =>
  h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);

describe('Slack digest Publisher (fake Slack)', () => {
  const digest = () => buildDigest(knowledge, '2026-02-24', EMPTY_DIGEST_STATE);

  it('posts the digest to the channel as Block Kit with the full text as fallback', async () => {
    await h.adapter.publisher.publish(subscription('C0PUB'), digest());
    const [post] = postsTo('C0PUB');
    expect(post?.status).toBe(200);
    expect(String(post?.body.text)).toContain('anniversary');
    expect(Array.isArray(post?.body.blocks)).toBe(true);
  });

  it('given a 429, it fails at once as rate_limited with Retry-After, and the next attempt posts', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    const started = performance.now();
    const err = await h.adapter.publisher
      .publish(subscription('C0PUB429'), digest())
      .catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(err).toBeInstanceOf(PublishError);
    expect(err).toMatchObject({ kind: 'rate_limited', retryAfterMs: 7000 });
    await h.adapter.publisher.publish(subscription('C0PUB429'), digest());
    expect(postsTo('C0PUB429').map((c) => c.status)).toEqual([429, 200]);
  });

  it('given channel_not_found, not_in_channel or is_archived it is gone; a 500 is transient', async () => {
    for (const error of ['channel_not_found', 'not_in_channel', 'is_archived']) {
      h.fake.failNext('chat.postMessage', { error });
      await expect(h.adapter.publisher.publish(subscription('C0PUBGONE'), digest())).rejects.toMatchObject({
        kind: 'gone',
      });
    }
    h.fake.failNext('chat.postMessage', { httpStatus: 500 });
    await expect(h.adapter.publisher.publish(subscription('C0PUB500'), digest())).rejects.toMatchObject({
      kind: 'transient',
    });
    h.fake.failNext('chat.postMessage', { error: 'invalid_blocks' });
    await expect(h.adapter.publisher.publish(subscription('C0PUB500'), digest())).rejects.toMatchObject({
      kind: 'permanent',
    });
  });

  it('driven by the scheduler: subscribed with /votes, a 429 is waited out (Retry-After) and posted once; a gone channel is marked and shown in status', async () => {
    now = Date.parse('2026-02-24T08:00:00Z');
    const sched = openSqliteStore(':memory:');
    const other = await startSlackHarness({ store: sched, now: () => new Date(now) });
    try {
      const sub = await send(
        other.eventsUrl,
        slashCommand('digest on 09:00 UTC', other.fake.responseUrl('sub'), { channel_id: 'C0SCHED' }),
      );
      expect(sub.status).toBe(200);
      await other.fake.waitFor((c) => c.path === '/response/sub');
      const sleeps: number[] = [];
      const scheduler = createDigestScheduler({
        store: sched,
        knowledge,
        publishers: { slack: other.adapter.publisher },
        clock: { now: () => new Date(now) },
        sleep: async (ms) => {
          sleeps.push(ms);
          now += ms;
        },
        retry: { baseMs: 10, maxMs: 10 },
      });
      now = Date.parse('2026-02-24T09:01:00Z');
      const announcement = other.fake.calls.filter((c) => c.method === 'chat.postMessage').length;
      expect(announcement).toBe(1);
      other.fake.failNext('chat.postMessage', { status: 429, retryAfter: 3 });
      expect(await scheduler.tick()).toMatchObject({ sent: 1, failed: 0 });
      expect(sleeps).toContain(3000);
      const posts = other.fake.calls.filter((c) => c.method === 'chat.postMessage').slice(announcement);
      expect(posts.map((c) => c.status)).toEqual([429, 200]);
      expect(await scheduler.tick()).toMatchObject({ due: 0, sent: 0 });

      now = Date.parse('2026-02-25T09:01:00Z');
      other.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
      expect(await scheduler.tick()).toMatchObject({ gone: 1, sent: 0 });
      expect((await sched.get({ platform: 'slack', channelId: 'C0SCHED' }))?.status).toBe('gone');
      await send(
        other.eventsUrl,
        slashCommand('digest status', other.fake.responseUrl('st'), { channel_id: 'C0SCHED' }),
      );
      const status = await other.fake.waitFor((c) => c.path === '/response/st');
      expect(String(status.body.text)).toContain('channel_not_found');
    } finally {
      await other.close();
      sched.close();
    }
  });

  it('driven by the scheduler: a channel subscribed in French gets the French digest, an English one the English, same sources', async () => {
    now = Date.parse('2026-02-24T08:00:00Z');
    const sched = openSqliteStore(':memory:');
    const other = await startSlackHarness({ store: sched, now: () => new Date(now) });
    try {
      for (const [channel, args] of [
        ['C0LANGFR', 'digest on 09:00 UTC français'],
        ['C0LANGEN', 'digest on 09:00 UTC'],
      ] as const) {
        await send(
          other.eventsUrl,
          slashCommand(args, other.fake.responseUrl(channel), { channel_id: channel }),
        );
        await other.fake.waitFor((c) => c.path === `/response/${channel}`);
      }
      const scheduler = createDigestScheduler({
        store: sched,
        knowledge,
        publishers: { slack: other.adapter.publisher },
        clock: { now: () => new Date(now) },
        sleep: async (ms) => {
          now += ms;
        },
      });
      now = Date.parse('2026-02-24T09:01:00Z');
      expect(await scheduler.tick()).toMatchObject({ sent: 2, failed: 0 });
      const digestPost = (channel: string) =>
        other.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel).at(-1)!;
      const fr = String(digestPost('C0LANGFR').body.text);
      const en = String(digestPost('C0LANGEN').body.text);
      expect(fr).toContain('Jour 365 depuis les votes de l’ONU du 24 février 2025');
      expect(fr).toContain('Les trois votes');
      expect(fr).not.toContain('The three votes');
      expect(en).toContain('Day 365 since the UN votes of 24 February 2025');
      expect(en).not.toContain('Les trois votes');
      const english = buildDigest(knowledge, '2026-02-24');
      for (const c of english.citations) expect(JSON.stringify(digestPost('C0LANGFR').body)).toContain(c.id);
      for (const q of english.quotes)
        expect(JSON.stringify(digestPost('C0LANGFR').body)).toContain(q.text.slice(0, 40));
    } finally {
      await other.close();
      sched.close();
    }
  });
});
