/**
 * Pictures and rate limits through the real discord.js Client against the fake Discord: `/votes map` defers,
 * then edits in the PNG as an attachment shown by the embed; a mention asking for a map gets the picture in its
 * reply; over the per-user limit, one ephemeral notice and then silence.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordMessage } from '../../adapters/discord/render.ts';
import { createAnswerService } from '../../src/ops/answer-service.ts';
import { createRateLimiter } from '../../src/ops/rate-limit.ts';
import { type DiscordHarness, discordRouter, startDiscordHarness } from './fakes/discord-harness.ts';
import { APP_ID, BOT_ID, CHANNEL_ID, type RecordedRequest } from './fakes/fake-discord.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
let h: DiscordHarness;
let limited: DiscordHarness;

beforeAll(async () => {
  h = await startDiscordHarness();
  const router = discordRouter();
  limited = await startDiscordHarness({
    service: createAnswerService({
      router,
      limiter: createRateLimiter({ perUserPerMinute: 2, perChannelPerMinute: 100 }),
    }),
  });
});

afterAll(async () => {
  await h?.close();
  await limited?.close();
});

type Body = DiscordMessage & { attachments?: { id: number | string; description?: string }[] };
const imageUrls = (body: Body) => body.embeds.map((e) => e.image?.url).filter(Boolean);

function expectPictures(r: RecordedRequest): void {
  const body = r.body as Body;
  expect(r.files.length).toBeGreaterThan(0);
  for (const f of r.files) {
    expect(f.contentType).toBe('image/png');
    expect(f.head.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(f.size).toBeGreaterThan(10_000);
    expect(imageUrls(body)).toContain(`attachment://${f.filename}`);
  }
  expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
}

describe('/votes map and pictures (real discord.js, fake Discord)', () => {
  it('given /votes map with a vote and a country, it defers, then edits in the map as an attachment the embed shows', async () => {
    const { id, token } = h.fake.slashCommand('map', { which: 'ga_es11_8', country: 'brasil' });
    const deferred = await h.fake.waitFor((r) => r.path === `/interactions/${id}/${token}/callback`);
    expect((deferred.body as { type: number }).type).toBe(5);
    const edit = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`,
    );
    expectPictures(edit);
    expect(edit.files).toHaveLength(1);
    expect(JSON.stringify((edit.body as Body).embeds)).toContain('ES-11/8');
    // The alt text travels as the attachment's description and names the outlined country.
    expect((edit.body as Body).attachments?.[0]?.description).toContain('Brazil outlined');
    // Deferred, not ephemeral: the map is for the channel.
    expect(((deferred.body as { data?: { flags?: number } }).data?.flags ?? 0) & 64).toBe(0);
  });

  it('given a mention asking for the map, the reply to it carries the picture', async () => {
    const messageId = h.fake.message(`<@${BOT_ID}> show the map of the Ukraine resolution`);
    const post = await h.fake.waitFor(
      (r) =>
        r.path === `/channels/${CHANNEL_ID}/messages` &&
        (r.body as { message_reference?: { message_id: string } } | null)?.message_reference?.message_id ===
          messageId,
    );
    expectPictures(post);
  });

  it('given /votes ask for a map, the answer is deferred and carries the picture', async () => {
    const { token } = h.fake.slashCommand('ask', { question: 'show the map of the Security Council vote' });
    const edit = await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/`));
    expectPictures(edit);
  });
});

describe('rate limits (real discord.js, fake Discord)', () => {
  const requestsFor = (tokenOrId: string) =>
    limited.fake.requests.filter((r) => r.path.split('/').includes(tokenOrId));
  const flagsOf = (r: RecordedRequest | undefined) =>
    ((r?.body as { data?: DiscordMessage; flags?: number }).data?.flags ??
      (r?.body as { flags?: number }).flags ??
      0) & 64;

  it('given a user over the limit with /votes map, the public "thinking" goes and one private notice follows', async () => {
    for (let n = 0; n < 2; n++) {
      const { id } = limited.fake.slashCommand('country', { name: 'France' });
      const answered = await limited.fake.waitFor((r) => r.path.startsWith(`/interactions/${id}/`));
      // Answered privately, with the Share button (not the notice, which has none).
      expect(flagsOf(answered)).toBe(64);
      expect(JSON.stringify(answered.body)).toContain('plenary_share');
    }
    const { token } = limited.fake.slashCommand('map', { which: 'ga_es11_7' });
    const notice = await limited.fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${token}`,
    );
    expect(flagsOf(notice)).toBe(64);
    expect(JSON.stringify(notice.body)).toContain('asked a lot of questions');
    expect(requestsFor(token).map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
    expect(requestsFor(token).flatMap((r) => r.files)).toEqual([]);
  });

  it('given the same user still over the limit, a slash command gets a one-line private reply and a mention none', async () => {
    const before = limited.fake.requests.length;
    const { id } = limited.fake.slashCommand('country', { name: 'France' });
    limited.fake.message(`<@${BOT_ID}> how did France vote?`);
    const reply = await limited.fake.waitFor((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(flagsOf(reply)).toBe(64);
    expect(JSON.stringify(reply.body)).toMatch(/Slow down, please: try again in about \d+ s/);
    await sleep(300);
    // Discord shows an error for a command left unanswered; a mention left unanswered costs nothing.
    expect(limited.fake.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([reply]);
    expect(requestsFor(id)).toEqual([reply]);
  });
});
