/**
 * Issue 13, item 5 on Discord, through the real discord.js Client against the fake: a callback that meets a long
 * 429 is deferred inside Discord's 3-second window and the answer edited in; and a user over the rate limit gets
 * a short private reply to every /votes instead of "The application did not respond".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerService } from '../../src/ops/answer-service.ts';
import { createRateLimiter } from '../../src/ops/rate-limit.ts';
import { type DiscordHarness, discordRouter, startDiscordHarness } from './fakes/discord-harness.ts';
import { APP_ID, type RecordedRequest } from './fakes/fake-discord.ts';

const PER_USER = 20; // RATE_USER_PER_MINUTE's default
let h: DiscordHarness;
beforeAll(async () => {
  const limiter = createRateLimiter({ perUserPerMinute: PER_USER, perChannelPerMinute: 1_000 });
  h = await startDiscordHarness({ service: createAnswerService({ router: discordRouter(), limiter }) });
});
afterAll(async () => {
  await h?.close();
});

type Callback = RecordedRequest & {
  body: { type: number; data?: { flags?: number; embeds?: unknown[]; components?: unknown[] } };
};
const isCallback = (id: string) => (method: string, path: string) =>
  method === 'POST' && path.startsWith(`/interactions/${id}/`);
const callbacks = (id: string) =>
  h.fake.requests.filter((r) => isCallback(id)(r.method, r.path)) as Callback[];

describe('Discord answers on a bad day', () => {
  it('given a 429 with a 5 s Retry-After on the callback, it defers within the 3 s window and edits the answer in', async () => {
    const i = h.fake.interaction({
      options: [
        { type: 1, name: 'ask', options: [{ type: 3, name: 'question', value: 'how did France vote?' }] },
      ],
    });
    h.fake.rateLimitOnce(isCallback(i.id), 5);
    const sent = performance.now();
    h.fake.dispatch('INTERACTION_CREATE', i.payload);
    const edit = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${i.token}/messages/@original`,
      10_000,
    );
    const [deferral, ...others] = callbacks(i.id);
    expect(deferral?.body.type).toBe(5); // "thinking…", then the answer in place of it
    expect(others).toEqual([]);
    // Not after the 5 s Retry-After: the deferral went out at once (Discord's window is 3 s).
    expect(deferral!.at - sent).toBeLessThan(5_000);
    expect(JSON.stringify(edit.body)).toMatch(/France/);
    expect(h.logLines.some((l) => /rate limited \(429\) past the deadline; deferring/.test(l.msg))).toBe(
      true,
    );
  });

  it(`given 100 fast questions from one user, ${PER_USER} are answered and every other one gets a private "slow down" reply`, async () => {
    // In a DM: a bucket of its own (limits are per guild, and a DM is not the guild of the first test).
    const ask = [
      { type: 1, name: 'ask', options: [{ type: 3, name: 'question', value: 'how did Japan vote?' }] },
    ];
    const ids = Array.from({ length: 100 }, () => {
      const i = h.fake.interaction({ options: ask }, 2, { dm: true });
      h.fake.dispatch('INTERACTION_CREATE', i.payload);
      return i.id;
    });
    await Promise.all(ids.map((id) => h.fake.waitFor((r) => isCallback(id)(r.method, r.path), 30_000)));
    const first = ids.map((id) => callbacks(id)[0]!);
    // Answers are private too (with a Share button); the notices have no button.
    const shareable = (c: Callback) =>
      JSON.stringify(c.body.data?.components ?? []).includes('plenary_share');
    const answered = first.filter((c) => c.body.type === 4 && shareable(c));
    const private_ = first.filter((c) => c.body.type === 4 && c.body.data?.flags === 64 && !shareable(c));
    expect(answered).toHaveLength(PER_USER);
    expect(private_).toHaveLength(100 - PER_USER);
    const texts = private_.map((c) => JSON.stringify(c.body.data));
    expect(texts[0]).toMatch(/asked a lot of questions/); // the first notice, in full
    expect(texts.slice(1).every((t) => /Slow down, please: try again in about \d+ s/.test(t))).toBe(true);
  }, 60_000);
});
