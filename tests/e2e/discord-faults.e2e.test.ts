/**
 * Faults from Discord (issue 7) through the real discord.js Client against the fake: REST 429 and 500 on the
 * interaction callback and on channel messages, and the gateway closing the session with a code that forbids
 * resuming. Each is logged once with its context, counted in the metrics, and the bot keeps answering.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordMessage } from '../../adapters/discord/render.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import { type DiscordHarness, startDiscordHarness } from './fakes/discord-harness.ts';
import {
  BOT_ID,
  CHANNEL_ID,
  GUILD_ID,
  MODERATOR_PERMISSIONS,
  type RecordedRequest,
} from './fakes/fake-discord.ts';

let h: DiscordHarness;

beforeAll(async () => {
  // No grace period: plenary_adapter_up drops the moment the gateway closes (the default 5 s is tested in
  // discord-health.e2e.test.ts).
  h = await startDiscordHarness({ downGraceMs: 0 });
});

afterAll(async () => {
  await h?.close();
});

const isCallback = (id: string) => (method: string, path: string) =>
  method === 'POST' && path.startsWith(`/interactions/${id}/`);
const callbackFor = (id: string) =>
  h.fake.waitFor((r) => isCallback(id)(r.method, r.path)) as Promise<
    RecordedRequest & { body: { type: number; data: DiscordMessage } }
  >;
const replyTo = (messageId: string) =>
  h.fake.waitFor(
    (r) =>
      r.path === `/channels/${CHANNEL_ID}/messages` &&
      (r.body as { message_reference?: { message_id: string } } | null)?.message_reference?.message_id ===
        messageId,
  );
async function until(condition: () => Promise<boolean>, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}
const logged = (msg: string) => h.logLines.filter((l) => l.msg === msg);

describe('Discord faults (real discord.js, fake Discord)', () => {
  it('given a 500 on every try of the interaction callback, it logs once with context, and answers the next one', async () => {
    // discord.js retries a 500 three times: four failures reach the adapter.
    const failing = h.fake.interaction({ options: [{ type: 1, name: 'help', options: [] }] });
    h.fake.failNext(isCallback(failing.id), { status: 500, times: 4 });
    h.fake.dispatch('INTERACTION_CREATE', failing.payload);
    // After the failures the adapter says sorry once, privately; that attempt goes through.
    const sorry = await callbackFor(failing.id);
    expect(sorry.body.data.flags).toBe(64);
    expect(JSON.stringify(sorry.body.data.embeds)).toContain('something went wrong');
    const failures = logged('discord: interaction failed');
    expect(failures).toHaveLength(1);
    // The log line keeps the status; the metric counts it under its bounded kind.
    expect(failures[0]).toMatchObject({
      code: 'http_500',
      kind: 'http_5xx',
      interaction: failing.id,
      guild: GUILD_ID,
    });
    expect(JSON.stringify(failures[0])).not.toContain(failing.token);
    expect(await h.metric('plenary_platform_errors_total', { platform: 'discord', kind: 'http_5xx' })).toBe(
      1,
    );
    expect(await h.metric('plenary_platform_errors_total', { platform: 'discord', kind: 'http_500' })).toBe(
      0,
    );

    const next = h.fake.slashCommand('country', { name: 'France' });
    expect((await callbackFor(next.id)).body.type).toBe(4);
  });

  it('given the map upload failing on every try, the deferred "thinking" becomes a sorry, logged once', async () => {
    const failing = h.fake.interaction({
      options: [{ type: 1, name: 'map', options: [{ type: 3, name: 'which', value: 'sc_2774' }] }],
    });
    const edits = (m: string, p: string) => m === 'PATCH' && p.includes(`/${failing.token}/messages/`);
    h.fake.failNext(edits, { status: 500, times: 4 });
    const before = logged('discord: interaction failed').length;
    h.fake.dispatch('INTERACTION_CREATE', failing.payload);
    const sorry = await h.fake.waitFor((r) => edits(r.method, r.path));
    expect(JSON.stringify(sorry.body)).toContain('something went wrong');
    expect(sorry.files).toEqual([]);
    expect(h.fake.rejected.filter((r) => edits(r.method, r.path)).every((r) => r.files.length === 1)).toBe(
      true,
    );
    expect(logged('discord: interaction failed').length - before).toBe(1);
  });

  it('given a 429 on a reply to a mention, it waits, replies once, and logs the rate limit once', async () => {
    h.fake.rateLimitOnce((m, p) => m === 'POST' && p === `/channels/${CHANNEL_ID}/messages`, 0.2);
    const before = logged('discord: rate limited (429), retrying').length;
    const messageId = h.fake.message(`<@${BOT_ID}> how did Brazil vote?`);
    const reply = await replyTo(messageId);
    expect((reply.body as DiscordMessage).embeds.length).toBeGreaterThan(0);
    expect(h.fake.rejected.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(logged('discord: rate limited (429), retrying').length - before).toBe(1);
    expect(
      await h.metric('plenary_platform_errors_total', { platform: 'discord', kind: 'rate_limited' }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('given a 500 on every try of a reply to a mention, it logs once with context, and answers the next mention', async () => {
    h.fake.failNext((m, p) => m === 'POST' && p === `/channels/${CHANNEL_ID}/messages`, {
      status: 500,
      times: 4,
    });
    const lost = h.fake.message(`<@${BOT_ID}> how did Chile vote?`);
    const deadline = Date.now() + 3_000;
    while (logged('discord: reply failed').length === 0 && Date.now() < deadline) await sleep(20);
    const failures = logged('discord: reply failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      code: 'http_500',
      kind: 'http_5xx',
      message: lost,
      channel: CHANNEL_ID,
    });
    const answered = h.fake.message(`<@${BOT_ID}> how did Peru vote?`);
    expect(((await replyTo(answered)).body as DiscordMessage).embeds.length).toBeGreaterThan(0);
  });

  it('given the database locked when subscribing, it says nothing changed, logs once with context, and keeps answering', async () => {
    const real = openSqliteStore(':memory:');
    const locked = new Proxy(real, {
      get: (target, prop, receiver) =>
        prop === 'subscribe'
          ? () => {
              throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
            }
          : Reflect.get(target, prop, receiver),
    });
    const other = await startDiscordHarness({ store: locked });
    try {
      const moderator = { permissions: MODERATOR_PERMISSIONS };
      const sub = other.fake.groupCommand('digest', 'subscribe', { time: '09:00' }, moderator);
      const cb = await other.fake.waitFor((r) => r.path.startsWith(`/interactions/${sub.id}/`));
      const data = (cb.body as { data: DiscordMessage }).data;
      expect(data.flags).toBe(64);
      expect(JSON.stringify(data.embeds)).toContain('Nothing was changed');
      const failures = other.logLines.filter((l) => l.msg === 'discord: command failed');
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({
        command: 'digest subscribe',
        channel: CHANNEL_ID,
        guild: GUILD_ID,
        error: { code: 'SQLITE_BUSY' },
      });
      expect(await real.get({ platform: 'discord', channelId: CHANNEL_ID })).toBeNull();
      const status = other.fake.groupCommand('digest', 'status', {}, moderator);
      await other.fake.waitFor((r) => r.path.startsWith(`/interactions/${status.id}/`));
    } finally {
      await other.close();
      real.close();
    }
  });

  it('given the gateway closes the session with 4007 (cannot resume), it identifies again and answers', async () => {
    const up = () => h.metric('plenary_adapter_up', { platform: 'discord' });
    const identifies = h.fake.gatewayOps.filter((op) => op === 2).length;
    const reconnects = logged('discord: gateway reconnecting').length;
    h.fake.closeConnection(4007);
    await until(async () => (await up()) === 0);
    // discord.js waits up to ~6.5 s between two identifies of one bot; resuming is not allowed after 4007.
    await until(async () => (await up()) === 1, 9_000);
    expect(h.fake.gatewayOps.filter((op) => op === 2).length).toBe(identifies + 1);
    expect(logged('discord: gateway reconnecting').length - reconnects).toBe(1);
    const after = h.fake.slashCommand('quote', { speaker: 'Dorothy Shea' });
    expect((await callbackFor(after.id)).body.type).toBe(4);
  }, 12_000);
});
