/**
 * `/votes` answered without discord.js (direct-command.ts), with a fake AnswerService: which interactions it
 * takes, the question and language it asks with, the rate limiter's replies, errors, pictures and a late answer.
 * The same commands against the discord.js path, end to end: tests/e2e/discord-direct.e2e.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_SUBCOMMANDS } from '../../../adapters/discord/commands.ts';
import {
  type DirectCommandDeps,
  directVotesCommands,
  readVotesCommand,
} from '../../../adapters/discord/direct-command.ts';
import { DISCORD_MESSAGES } from '../../../adapters/discord/messages.ts';
import { renderAnswer } from '../../../adapters/discord/render.ts';
import { replyBody } from '../../../adapters/discord/reply-body.ts';
import { type Answer, emptyAnswer } from '../../../src/answer.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import type { ServiceReply } from '../../../src/ops/answer-service.ts';

const knowledge = loadKnowledge();

function interaction(sub: string, options: unknown[] = [], overrides: Record<string, unknown> = {}) {
  return {
    id: '100',
    application_id: '7',
    type: 2,
    token: 'tok',
    locale: 'fr',
    guild_id: '55',
    channel: { id: '66', type: 0 },
    member: { user: { id: '77' } },
    data: { id: '1', name: 'votes', type: 1, options: [{ type: 1, name: sub, options }] },
    ...overrides,
  };
}

const answer = (summary: string): Answer => emptyAnswer('answer', 'test', summary);

function harness(reply: (text: string) => ServiceReply | Promise<ServiceReply>, accepting = true) {
  const asked: { where: unknown; text: string }[] = [];
  const bodies: string[] = [];
  const work: Promise<void>[] = [];
  const deps: DirectCommandDeps = {
    subcommands: BUILTIN_SUBCOMMANDS,
    knowledge,
    log: { debug: () => undefined, isLevelEnabled: () => false },
    ask: async (where, text) => {
      asked.push({ where, text });
      return reply(text);
    },
    accepting: () => accepting,
    track: (w) => void work.push(w),
    viaDiscordJs: vi.fn(async () => undefined),
    followUp: vi.fn(async () => undefined),
    failed: vi.fn(),
    sorry: { ...emptyAnswer('no_answer', 'error', DISCORD_MESSAGES.sorry), kind: 'error', code: 'x' },
  };
  const direct = directVotesCommands(deps);
  let open = true;
  const take = async (raw: unknown) => {
    const took = direct(raw, (body) => {
      if (!open) return false;
      bodies.push(body);
      return true;
    });
    await Promise.all(work);
    return took;
  };
  return {
    deps,
    asked,
    bodies,
    take,
    closeWindow: () => {
      open = false;
    },
  };
}

describe('which interactions the direct path takes', () => {
  it('given /votes ask, country, resolution, quote or help with string and boolean options, it takes them', () => {
    for (const sub of ['ask', 'country', 'resolution', 'quote', 'help'])
      expect(readVotesCommand(interaction(sub, [{ type: 3, name: 'x', value: 'y' }]))).not.toBeNull();
    expect(
      readVotesCommand(interaction('ask', [{ type: 5, name: 'public', value: true }]))?.booleans,
    ).toEqual(new Map([['public', true]]));
  });

  it('given anything it does not fully read, it leaves it to discord.js', async () => {
    const { take } = harness(() => ({ type: 'answer', answer: answer('x') }));
    const group = interaction('digest');
    (group.data.options[0] as { type: number }).type = 2;
    for (const raw of [
      interaction('ask', [{ type: 4, name: 'question', value: 3 }]),
      interaction('ask', [{ type: 3, name: 'question', value: 3 }]),
      interaction('ask', [
        { type: 3, name: 'question', value: 'a' },
        { type: 3, name: 'question', value: 'b' },
      ]),
      interaction('map', [{ type: 3, name: 'which', value: 'ga_es11_7' }]),
      interaction('nonexistent'),
      group,
      interaction('ask', [], { type: 4 }),
      interaction('ask', [], { channel: undefined }),
      interaction('ask', [], { member: undefined }),
      { ...interaction('ask'), data: { ...interaction('ask').data, name: 'other' } },
      { ...interaction('ask'), data: { ...interaction('ask').data, type: 3 } },
      null,
      'text',
    ])
      expect(await take(raw)).toBe(false);
  });

  it('given the adapter is stopping, it takes nothing (discord.js ignores it as before)', async () => {
    const { take, asked } = harness(() => ({ type: 'answer', answer: answer('x') }), false);
    expect(await take(interaction('help'))).toBe(false);
    expect(asked).toEqual([]);
  });
});

describe('what the direct path answers', () => {
  it('given /votes country, it asks as the adapter does (resolved name, the user’s locale, where) and replies privately with Share', async () => {
    const { take, asked, bodies } = harness(() => ({ type: 'answer', answer: answer('Germany voted…') }));
    expect(await take(interaction('country', [{ type: 3, name: 'name', value: 'germny' }]))).toBe(true);
    expect(asked).toEqual([
      {
        where: { guildId: '55', channelId: '66', userId: '77', lang: 'fr', langIsTheUsers: true },
        text: 'how did Germany vote?',
      },
    ]);
    const [first] = renderAnswer(answer('Germany voted…'), { ephemeral: true, share: true });
    expect(bodies).toEqual([replyBody(first!)]);
    const sent = JSON.parse(bodies[0]!) as { type: number; data: Record<string, unknown> };
    expect(sent.type).toBe(4);
    expect(sent.data.flags).toBe(64);
    expect(sent.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(sent.data.components)).toContain('plenary_share');
  });

  it('given /votes ask with public:true in a DM, the typed question is asked as typed and answered in the open', async () => {
    const { take, asked, bodies } = harness(() => ({ type: 'answer', answer: answer('yes') }));
    const raw = interaction(
      'ask',
      [
        { type: 3, name: 'question', value: 'who voted no?' },
        { type: 5, name: 'public', value: true },
      ],
      { guild_id: undefined, member: undefined, user: { id: '88' } },
    );
    await take(raw);
    expect(asked[0]).toEqual({
      where: { guildId: null, channelId: '66', userId: '88', lang: 'fr', langIsTheUsers: false },
      text: 'who voted no?',
    });
    expect(JSON.parse(bodies[0]!).data.flags).toBeUndefined();
  });

  it('given the rate limiter says slow down, the reply is private; given it is silent, a one-line private notice', async () => {
    const limited = harness(() => ({ type: 'limited', answer: answer('Slow down') }));
    await limited.take(interaction('country', [{ type: 3, name: 'name', value: 'France' }]));
    const data = JSON.parse(limited.bodies[0]!).data;
    expect(data.flags).toBe(64);
    expect(data.components).toBeUndefined();
    const silent = harness(() => ({ type: 'silent', retryAfterMs: 4_200 }));
    await silent.take(interaction('help'));
    expect(silent.bodies[0]).toContain(DISCORD_MESSAGES.slowDown(5));
    expect(JSON.parse(silent.bodies[0]!).data.flags).toBe(64);
  });

  it('given /votes help, the router’s help with the Discord commands after it, privately', async () => {
    const { take, asked, bodies } = harness(() => ({ type: 'answer', answer: answer('I answer…') }));
    await take(interaction('help'));
    expect(asked[0]?.text).toBe('help');
    expect(bodies[0]).toContain(DISCORD_MESSAGES.helpCommandsTitle);
    expect(JSON.parse(bodies[0]!).data.flags).toBe(64);
  });

  it('given the answer service throws, the failure is logged once and the user gets the private apology', async () => {
    const { take, bodies, deps } = harness(() => {
      throw new Error('boom');
    });
    await take(interaction('help'));
    expect(deps.failed).toHaveBeenCalledTimes(1);
    expect(bodies[0]).toContain(DISCORD_MESSAGES.sorry);
    expect(JSON.parse(bodies[0]!).data.flags).toBe(64);
  });

  it('given the endpoint already deferred the interaction, the answer is edited in through discord.js', async () => {
    let release: () => void = () => undefined;
    const h = harness(
      () =>
        new Promise<ServiceReply>((resolve) => {
          release = () => resolve({ type: 'answer', answer: answer('late') });
        }),
    );
    const done = h.take(interaction('quote', [{ type: 3, name: 'speaker', value: 'Dorothy Shea' }]));
    await Promise.resolve();
    h.closeWindow();
    release();
    await done;
    expect(h.bodies).toEqual([]);
    expect(h.deps.viaDiscordJs).toHaveBeenCalledWith(expect.anything(), answer('late'), {
      ephemeral: true,
      share: true,
      deferred: true,
    });
  });

  it('given an answer with a picture, discord.js answers it (a deferral, then the upload), not deferred yet', async () => {
    const pictured: Answer = {
      ...answer('a map'),
      images: [{ path: '/tmp/x.png', vote: 'ga_es11_7', alt: 'map' }],
    } as Answer;
    const h = harness(() => ({ type: 'answer', answer: pictured }));
    await h.take(interaction('ask', [{ type: 3, name: 'question', value: 'map of ES-11/7' }]));
    expect(h.bodies).toEqual([]);
    expect(h.deps.viaDiscordJs).toHaveBeenCalledWith(expect.anything(), pictured, {
      ephemeral: true,
      share: true,
      deferred: false,
    });
  });
});
