/**
 * The real discord.js Client, through the real adapter, against a fake Discord on 127.0.0.1 (REST and gateway).
 * Assertions are about behaviour and payload shape, never the router's exact wording.
 */
import { Writable } from 'node:stream';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import { limitViolations } from '../../adapters/discord/limits.ts';
import { registerCommands } from '../../adapters/discord/register.ts';
import type { DiscordMessage } from '../../adapters/discord/render.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/logger.ts';
import { createRouter } from '../../src/router/router.ts';
import {
  APP_ID,
  BOT_ID,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  type FakeDiscord,
  GUILD_ID,
  type RecordedRequest,
  startFakeDiscord,
} from './fakes/fake-discord.ts';

const knowledge = loadKnowledge();
const logLines: string[] = [];
const log = createLogger({
  level: 'info',
  destination: new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
});

let fake: FakeDiscord;
let adapter: DiscordAdapter;

beforeAll(async () => {
  fake = await startFakeDiscord(1_000);
  adapter = createDiscordAdapter({
    token: 'fake-bot-token',
    apiUrl: fake.apiUrl,
    router: createRouter(knowledge),
    log,
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

type CallbackBody = { type: number; data: DiscordMessage & { choices?: { name: string; value: string }[] } };
const callbackFor = (id: string) =>
  fake.waitFor((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`)) as Promise<
    RecordedRequest & { body: CallbackBody }
  >;
const channelPosts = (channel: string) =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
const NO_PINGS = { parse: [], replied_user: false };

describe('Discord adapter against a local Discord', () => {
  it('connects with only the Guilds, GuildMessages and DirectMessages intents, in JSON without compression', () => {
    expect(adapter.client.user?.id).toBe(BOT_ID);
    expect(adapter.client.guilds.cache.has(GUILD_ID)).toBe(true);
    expect(adapter.client.options.intents.bitfield).toBe(1 + 512 + 4096);
    expect(fake.gatewayOps[0]).toBe(2);
  });

  it('given /votes country with a typo, it answers through the interaction callback with embeds and no pings', async () => {
    const { id, token } = fake.slashCommand('country', { name: 'germny' });
    const cb = await callbackFor(id);
    expect(cb.path).toBe(`/interactions/${id}/${token}/callback`);
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.embeds.length).toBeGreaterThan(0);
    expect(cb.body.data.allowed_mentions).toEqual(NO_PINGS);
    expect(limitViolations({ ...cb.body.data, embeds: cb.body.data.embeds })).toEqual([]);
  });

  it('given /votes help, it answers ephemerally and lists the Discord commands, map and digest included', async () => {
    const { id } = fake.slashCommand('help');
    const cb = await callbackFor(id);
    expect(cb.body.type).toBe(4);
    expect((cb.body.data.flags ?? 0) & 64).toBe(64);
    const text = JSON.stringify(cb.body.data.embeds);
    expect(text).toContain('/votes map which');
    expect(text).toContain('/votes digest subscribe');
  });

  it('given typing in the country option, it answers the autocomplete with at most 25 choices', async () => {
    const { id } = fake.slashCommand('country', { name: 'germny' }, 'name');
    const cb = await callbackFor(id);
    expect(cb.body.type).toBe(8);
    const choices = cb.body.data.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]).toEqual({ name: 'Germany', value: 'Germany' });
  });

  it('given a mention, it replies to that message with the mention stripped and pings nobody', async () => {
    const before = channelPosts(CHANNEL_ID).length;
    const messageId = fake.message(`<@${BOT_ID}> how did France vote?`);
    const post = await fake.waitFor(
      (r) =>
        r.path === `/channels/${CHANNEL_ID}/messages` &&
        (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id ===
          messageId,
    );
    const body = post.body as DiscordMessage & { message_reference: { message_id: string } };
    expect(body.allowed_mentions).toEqual(NO_PINGS);
    expect(body.embeds.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain(`<@${BOT_ID}>`);
    // The reply comes back as MESSAGE_CREATE from the bot itself; it must not answer itself.
    await new Promise((r) => setTimeout(r, 150));
    const replies = channelPosts(CHANNEL_ID)
      .slice(before)
      .filter(
        (r) =>
          (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id ===
          messageId,
      );
    expect(replies.length).toBeGreaterThanOrEqual(1);
    expect(channelPosts(CHANNEL_ID).length - before).toBe(replies.length);
  });

  it('given @everyone and a role mention in a question, the reply pings nobody and shows them inert', async () => {
    const messageId = fake.message(`<@${BOT_ID}> @everyone @here <@&42> what did **Dorothy Shea** say?`);
    const post = await fake.waitFor(
      (r) =>
        (r.body as { message_reference?: { message_id: string } } | null)?.message_reference?.message_id ===
        messageId,
    );
    const body = post.body as DiscordMessage;
    expect(body.allowed_mentions).toEqual(NO_PINGS);
    const text = JSON.stringify(body.embeds);
    expect(text).not.toMatch(/(?<!\\u200b)@everyone|(?<!\\u200b)@here/);
  });

  it('ignores messages that do not mention it, and messages from other bots', async () => {
    // A long answer to the test before may still be posting its later messages: wait until the fake is quiet.
    for (let seen = -1; seen !== fake.requests.length; ) {
      seen = fake.requests.length;
      await new Promise((r) => setTimeout(r, 300));
    }
    const before = fake.requests.length;
    fake.message('how did France vote?');
    fake.message(`<@${BOT_ID}> how did France vote?`, {
      author: { id: '999', username: 'other', discriminator: '0', bot: true },
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.requests.slice(before).filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('given a direct message, it answers in the DM', async () => {
    const messageId = fake.message('how did Brazil vote?', { dm: true });
    const post = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${DM_CHANNEL_ID}/messages`,
    );
    expect((post.body as { message_reference?: { message_id: string } }).message_reference?.message_id).toBe(
      messageId,
    );
    expect((post.body as DiscordMessage).allowed_mentions).toEqual(NO_PINGS);
  });

  it('given a dropped gateway connection, it resumes the session and answers again, events in the gap included', async () => {
    fake.dropConnection();
    const during = fake.slashCommand('quote', { speaker: 'Dorothy Shea' });
    await fake.ready();
    const cb = await callbackFor(during.id);
    expect(cb.body.type).toBe(4);
    expect(fake.gatewayOps).toContain(6);
    const after = fake.slashCommand('resolution', { which: 'sc_2774' });
    expect((await callbackFor(after.id)).body.type).toBe(4);
  });

  it('given a 429 from Discord, it waits, sends again, answers and logs the rate limit', async () => {
    fake.rateLimitOnce((method, path) => method === 'POST' && path.startsWith('/interactions/'), 0.2);
    const { id, token } = fake.slashCommand('ask', { question: 'what was the tally on 2774?' });
    const cb = await callbackFor(id);
    expect(cb.body.type).toBe(4);
    expect(logLines.some((l) => l.includes('rate limited'))).toBe(true);
    expect(logLines.join('\n')).not.toContain(token);
  });

  it('registers the /votes command with one idempotent PUT to the guild, or globally without a guild', async () => {
    const opts = { token: 'fake-bot-token', applicationId: APP_ID, apiUrl: fake.apiUrl };
    const first = await registerCommands(knowledge, { ...opts, guildId: GUILD_ID });
    const second = await registerCommands(knowledge, { ...opts, guildId: GUILD_ID });
    expect(first).toEqual(second);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((p) => p.path)).toEqual([
      `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
      `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
    ]);
    expect(puts[0]?.body).toEqual(puts[1]?.body);
    const [command] = puts[0]?.body as { name: string; options: { name: string; description: string }[] }[];
    expect(command?.name).toBe('votes');
    expect(command?.options.map((o) => o.name)).toEqual([
      'ask',
      'country',
      'resolution',
      'quote',
      'map',
      'digest',
      'help',
    ]);
    for (const o of command?.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    await registerCommands(knowledge, opts);
    expect(fake.requests.filter((r) => r.method === 'PUT').at(-1)?.path).toBe(
      `/applications/${APP_ID}/commands`,
    );
  });

  it('given the gateway is unreachable, stop() returns at once and the client stops retrying', async () => {
    const down = await startFakeDiscord(41_250);
    const other = createDiscordAdapter({
      token: 'fake-bot-token',
      apiUrl: down.apiUrl,
      router: createRouter(knowledge),
      log,
    });
    await other.start();
    let retries = 0;
    other.client.on(Events.ShardReconnecting, () => retries++);
    await down.close();
    const deadline = Date.now() + 5_000;
    while (retries < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(retries).toBeGreaterThanOrEqual(2);
    const started = performance.now();
    await other.stop();
    expect(performance.now() - started).toBeLessThan(1_000);
    const atStop = retries;
    await new Promise((r) => setTimeout(r, 1_200));
    expect(retries).toBe(atStop);
  });
});
