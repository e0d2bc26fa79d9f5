/**
 * `/votes digest …` through the real discord.js Client against the fake Discord: subscribe, unsubscribe, status,
 * preview, the Manage Channels check and DMs; then the digest Publisher posting through the fake, directly and
 * driven by the real scheduler (429 then success, a channel gone).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordMessage, messageText, renderAnswer } from '../../adapters/discord/render.ts';
import {
  buildDigest,
  createDigestScheduler,
  type Digest,
  digestToAnswer,
  EMPTY_DIGEST_STATE,
  PublishError,
} from '../../src/digest/index.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Subscription, SubscriptionStore } from '../../src/store/subscription-store.ts';
import { type DiscordHarness, discordRouter, startDiscordHarness } from './fakes/discord-harness.ts';
import {
  GUILD_ID,
  type InvokerOptions,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  type RecordedRequest,
  USER_ID,
} from './fakes/fake-discord.ts';

const knowledge = discordRouter().knowledge;
let h: DiscordHarness;
let store: SubscriptionStore;
let now = Date.parse('2026-02-24T08:00:00Z');

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  h = await startDiscordHarness({
    store,
    digestDefaults: { time: '07:30', tz: 'Europe/Paris' },
    now: () => new Date(now),
  });
});

afterAll(async () => {
  await h?.close();
  store?.close();
});

type Callback = RecordedRequest & {
  body: { type: number; data: DiscordMessage & { choices?: { name: string; value: string }[] } };
};
const callbackFor = (id: string) =>
  h.fake.waitFor(
    (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`),
  ) as Promise<Callback>;

/** Runs `/votes digest <sub>` and returns the reply's text, checking that only the asker sees it. */
async function digest(
  sub: string,
  options: Record<string, string> = {},
  invoker: InvokerOptions = {},
): Promise<string> {
  const { id } = h.fake.groupCommand('digest', sub, options, {
    permissions: MODERATOR_PERMISSIONS,
    ...invoker,
  });
  const cb = await callbackFor(id);
  expect(cb.body.type).toBe(4);
  expect((cb.body.data.flags ?? 0) & 64).toBe(64);
  expect(cb.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  return messageText(cb.body.data);
}

const key = (channelId: string) => ({ platform: 'discord', channelId });
const CH_SUB = '300000000000000001';
const CH_DEF = '300000000000000002';
const CH_BAD = '300000000000000003';
const CH_MEMBER = '300000000000000004';

describe('/votes digest (real discord.js, fake Discord)', () => {
  it('given subscribe with a time and a zone, it subscribes the channel and says when', async () => {
    const text = await digest('subscribe', { time: '09:00', timezone: 'Europe/Kyiv' }, { channelId: CH_SUB });
    expect(text).toContain('09:00 (Europe/Kyiv)');
    expect(text).toContain('Send Messages');
    expect(await store.get(key(CH_SUB))).toMatchObject({
      time: '09:00',
      timeZone: 'Europe/Kyiv',
      workspaceId: GUILD_ID,
      createdBy: USER_ID,
      status: 'active',
    });
  });

  it('given no language option, the subscription takes the user’s Discord language when Plenary writes in it', async () => {
    const ch = '300000000000000011';
    expect(await digest('subscribe', {}, { channelId: ch, locale: 'es-ES' })).toContain(
      'in Spanish (español)',
    );
    expect(await store.get(key(ch))).toMatchObject({ lang: 'es' });
    expect(await digest('subscribe', {}, { channelId: ch, locale: 'it' })).toContain('in English');
    expect((await store.get(key(ch)))?.lang).toBe('en');
    const chosen = await digest('subscribe', { language: 'uk' }, { channelId: ch, locale: 'fr' });
    expect(chosen).toContain('in Ukrainian (українська)');
    expect(await digest('status', {}, { channelId: ch })).toContain('in Ukrainian (українська)');
    const preview = await digest('preview', { date: '2026-02-24', language: 'de' }, { channelId: ch });
    expect(preview).toContain('Tag 365 seit den UN-Abstimmungen vom 24. Februar 2025');
    await digest('unsubscribe', {}, { channelId: ch }); // the scheduler test below counts this store's channels
  });

  it('given subscribe alone, it uses DIGEST_DEFAULT_TIME and DIGEST_DEFAULT_TZ', async () => {
    const text = await digest('subscribe', {}, { channelId: CH_DEF });
    expect(text).toContain('07:30 (Europe/Paris)');
    expect(await store.get(key(CH_DEF))).toMatchObject({ time: '07:30', timeZone: 'Europe/Paris' });
  });

  it('given a bad time or an unknown zone, it says so with an example and stores nothing', async () => {
    const badTime = await digest(
      'subscribe',
      { time: '25:61', timezone: 'Europe/Kyiv' },
      { channelId: CH_BAD },
    );
    expect(badTime).toContain('"25:61" is not a time of day');
    expect(badTime).toContain('/votes digest subscribe time:09:00 timezone:Europe/Kyiv');
    expect(badTime).toContain('Nothing was changed');
    const badZone = await digest(
      'subscribe',
      { time: '09:00', timezone: 'Europe/Kiyv' },
      { channelId: CH_BAD },
    );
    expect(badZone).toContain('"Europe/Kiyv" is not a time zone');
    expect(badZone).toContain('Europe/Kyiv');
    expect(await store.get(key(CH_BAD))).toBeNull();
  });

  it('given typing in the timezone option, it offers at most 25 matching zones', async () => {
    const { id } = h.fake.groupCommand(
      'digest',
      'subscribe',
      { timezone: 'europe/ky' },
      { focused: 'timezone' },
    );
    const cb = await callbackFor(id);
    expect(cb.body.type).toBe(8);
    const values = (cb.body.data.choices ?? []).map((c) => c.value);
    expect(values).toContain('Europe/Kyiv');
    expect(values.length).toBeLessThanOrEqual(25);
  });

  it('given status, it shows the time, the zone, the next digest and who set it up, as a mention that pings nobody', async () => {
    // digest() checks that the reply is ephemeral and sets allowed_mentions to ping nobody.
    const text = await digest('status', {}, { channelId: CH_SUB });
    // Subscribed at 10:00 in Kyiv: the first digest is tomorrow's.
    expect(text).toContain('Daily digest on: every day at 09:00 (Europe/Kyiv)');
    expect(text).toContain('Next digest: 2026-02-25 at 09:00');
    expect(text).toContain(`Set up by <@${USER_ID}>`);
  });

  it('given preview with a date, it shows that digest only to the asker; a bad date is explained', async () => {
    const text = await digest('preview', { date: '2026-02-24' }, { channelId: CH_SUB });
    expect(text).toContain('anniversary');
    const bad = await digest('preview', { date: '24/02/2026' }, { channelId: CH_SUB });
    expect(bad).toContain('"24/02/2026" is not a date');
  });

  it('given unsubscribe, it stops the digest, and status then says how to turn it on, in Discord words', async () => {
    expect(await digest('unsubscribe', {}, { channelId: CH_DEF })).toContain('Daily digest off');
    expect(await store.get(key(CH_DEF))).toBeNull();
    const status = await digest('status', {}, { channelId: CH_DEF });
    expect(status).toContain('/votes digest subscribe');
    expect(status).not.toContain('digest on');
  });

  it('given a member without Manage Channels, it refuses clearly, only to them, and changes nothing', async () => {
    const invoker = { channelId: CH_MEMBER, permissions: MEMBER_PERMISSIONS };
    const text = await digest('subscribe', { time: '09:00', timezone: 'UTC' }, invoker);
    expect(text).toContain('Manage Channels');
    expect(await store.get(key(CH_MEMBER))).toBeNull();
    expect(await digest('unsubscribe', {}, { channelId: CH_SUB, permissions: MEMBER_PERMISSIONS })).toContain(
      'Manage Channels',
    );
    expect(await store.get(key(CH_SUB))).not.toBeNull();
  });

  it('given a DM, it explains that digests are for server channels', async () => {
    const text = await digest('subscribe', {}, { dm: true });
    expect(text).toContain('server channels');
  });
});

function subscription(channelId: string): Subscription {
  return {
    platform: 'discord',
    channelId,
    workspaceId: GUILD_ID,
    time: '09:00',
    timeZone: 'UTC',
    createdBy: USER_ID,
    status: 'active',
    goneReason: null,
    firstDate: '2026-02-24',
    createdAt: new Date(now),
    factState: EMPTY_DIGEST_STATE,
    lang: 'en',
  };
}

/** A long digest (the anniversary recap) is split across messages, each posted once. */
const messagesPerDigest = (d: Digest) => renderAnswer(digestToAnswer(d)).length;
const postsTo = (channel: string) =>
  h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
const refusedTo = (channel: string) =>
  h.fake.rejected.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
const toChannel = (channel: string) => (method: string, path: string) =>
  method === 'POST' && path === `/channels/${channel}/messages`;

describe('Discord digest Publisher (fake Discord)', () => {
  const anniversary = () => buildDigest(knowledge, '2026-02-24', EMPTY_DIGEST_STATE);

  it('posts the digest to the channel as embeds that ping nobody', async () => {
    await h.adapter.publisher.publish(subscription('400000000000000001'), anniversary());
    const [post] = postsTo('400000000000000001');
    const body = post?.body as DiscordMessage;
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(JSON.stringify(body.embeds)).toContain('anniversary');
    expect(body.flags).toBeUndefined();
  });

  it('given a 429, it fails at once as rate_limited with Retry-After, and the next attempt posts', async () => {
    const channel = '400000000000000002';
    h.fake.rateLimitOnce(toChannel(channel), 0.3);
    const started = performance.now();
    const err = await h.adapter.publisher
      .publish(subscription(channel), anniversary())
      .catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(err).toBeInstanceOf(PublishError);
    expect(err).toMatchObject({ kind: 'rate_limited' });
    expect((err as PublishError).retryAfterMs).toBeGreaterThan(0);
    // Retry-After plus discord.js's 50 ms safety offset.
    expect((err as PublishError).retryAfterMs).toBeLessThanOrEqual(400);
    await sleep(350);
    await h.adapter.publisher.publish(subscription(channel), anniversary());
    expect(refusedTo(channel).map((r) => r.status)).toEqual([429]);
    expect(postsTo(channel)).toHaveLength(messagesPerDigest(anniversary()));
  });

  it('given a digest split over messages and a failure after the first, the retry posts only the rest', async () => {
    const channel = '400000000000000008';
    const parts = messagesPerDigest(anniversary());
    expect(parts).toBeGreaterThan(1);
    let seen = 0;
    h.fake.failNext((m, p) => toChannel(channel)(m, p) && ++seen === 2, { status: 503 });
    await expect(h.adapter.publisher.publish(subscription(channel), anniversary())).rejects.toMatchObject({
      kind: 'transient',
    });
    expect(postsTo(channel)).toHaveLength(1);
    await h.adapter.publisher.publish(subscription(channel), anniversary());
    expect(postsTo(channel)).toHaveLength(parts);
    // Each part once: no part repeated by the retry.
    const bodies = postsTo(channel).map((r) => JSON.stringify((r.body as DiscordMessage).embeds));
    expect(new Set(bodies).size).toBe(parts);
  });

  it('given Unknown Channel, Missing Access or Missing Permissions it is gone; a 500 is transient', async () => {
    const cases = [
      { channel: '400000000000000003', status: 404, code: 10003, kind: 'gone' },
      { channel: '400000000000000004', status: 403, code: 50001, kind: 'gone' },
      { channel: '400000000000000005', status: 403, code: 50013, kind: 'gone' },
      { channel: '400000000000000006', status: 500, code: 0, kind: 'transient' },
      { channel: '400000000000000007', status: 400, code: 50035, kind: 'permanent' },
    ];
    // The 503 of the test above counts as http_5xx too: one series for every 5xx status.
    const serverErrorsBefore = await h.metric('plenary_platform_errors_total', { kind: 'http_5xx' });
    for (const c of cases) {
      h.fake.failNext(toChannel(c.channel), { status: c.status, code: c.code });
      await expect(h.adapter.publisher.publish(subscription(c.channel), anniversary())).rejects.toMatchObject(
        {
          kind: c.kind,
        },
      );
    }
    expect(await h.metric('plenary_platform_errors_total', { kind: 'unknown_channel' })).toBe(1);
    expect(await h.metric('plenary_platform_errors_total', { kind: 'http_5xx' })).toBe(
      serverErrorsBefore + 1,
    );
    expect(await h.metric('plenary_platform_errors_total', { kind: 'invalid_request' })).toBe(1);
    expect(await h.metric('plenary_platform_errors_total', { kind: 'api_50035' })).toBe(0);
  });

  it('driven by the scheduler: subscribed with /votes, a 429 is waited out and posted once; a gone channel shows in status', async () => {
    const channel = '400000000000000010';
    now = Date.parse('2026-02-24T08:00:00Z');
    expect(await digest('subscribe', { time: '09:00', timezone: 'UTC' }, { channelId: channel })).toContain(
      '09:00 (UTC)',
    );
    const sleeps: number[] = [];
    const scheduler = createDigestScheduler({
      store,
      knowledge,
      publishers: { discord: h.adapter.publisher },
      clock: { now: () => new Date(now) },
      sleep: async (ms) => {
        sleeps.push(ms);
        await sleep(Math.min(ms, 500)); // discord.js's own bucket must reset too
        now += ms;
      },
      retry: { baseMs: 10, maxMs: 10 },
    });
    now = Date.parse('2026-02-24T09:01:00Z');
    h.fake.rateLimitOnce(toChannel(channel), 0.3);
    expect(await scheduler.tick()).toMatchObject({ sent: 1, failed: 0 });
    expect(sleeps.some((ms) => ms > 0 && ms <= 400)).toBe(true);
    expect(refusedTo(channel)).toHaveLength(1);
    const once = messagesPerDigest(buildDigest(knowledge, '2026-02-24', EMPTY_DIGEST_STATE));
    expect(postsTo(channel)).toHaveLength(once);
    expect(await scheduler.tick()).toMatchObject({ due: 0, sent: 0 });

    now = Date.parse('2026-02-25T09:01:00Z');
    h.fake.failNext(toChannel(channel), { status: 404, code: 10003, message: 'Unknown Channel' });
    // The Kyiv channel subscribed above is due today too and gets its first digest.
    expect(await scheduler.tick()).toMatchObject({ gone: 1, sent: 1 });
    expect(postsTo(CH_SUB).length).toBeGreaterThan(0);
    expect((await store.get(key(channel)))?.status).toBe('gone');
    expect(await digest('status', {}, { channelId: channel })).toContain('Unknown Channel, code 10003');
    expect(postsTo(channel)).toHaveLength(once);
  });
});
