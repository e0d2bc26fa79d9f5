import { describe, expect, it } from 'vitest';
import { withDiscordCommands } from '../../../adapters/discord/commands.ts';
import { EPHEMERAL_FLAG, renderAnswer } from '../../../adapters/discord/render.ts';
import { followUpData, messageData } from '../../../adapters/discord/reply-body.ts';
import { jsonBytes } from '../../../adapters/post-json.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';

const router = createRouter(loadKnowledge(), { clock: () => new Date('2025-03-10T12:00:00Z') });
const fresh = <T>(x: T): T => structuredClone(x);

describe('Discord rendering of cached answers', () => {
  it('given a cached answer rendered twice with the same options, the second is the first, frozen, and equals a fresh render', () => {
    for (const q of ['how did France vote?', 'what did Dorothy Shea say?', 'korea vote']) {
      const a = router.ask(q, { lang: 'fr', langIsTheUsers: true });
      const first = renderAnswer(a, { ephemeral: true, share: true });
      expect(
        renderAnswer(router.ask(q, { lang: 'fr', langIsTheUsers: true }), { ephemeral: true, share: true }),
      ).toBe(first);
      expect(Object.isFrozen(first[0]!.embeds)).toBe(true);
      expect(first).toEqual(renderAnswer(fresh(a), { ephemeral: true, share: true }));
    }
  });

  it('given public and private, with and without Share, each gets its own payload', () => {
    const a = router.ask('how did France vote?');
    const outs = [{}, { ephemeral: true }, { share: true }, { ephemeral: true, share: true }].map((o) => {
      const out = renderAnswer(a, o);
      expect(out).toEqual(renderAnswer(fresh(a), o));
      return out;
    });
    expect(outs[0]![0]!.flags).toBeUndefined();
    expect(outs[1]![0]!.flags).toBe(EPHEMERAL_FLAG);
    expect(outs[2]![0]!.components).toBeDefined();
    expect(outs[0]![0]!.components).toBeUndefined();
  });

  it('given the cached router help, /votes help is made once, frozen, and renders as the help made afresh', () => {
    const help = router.ask('help');
    expect(Object.isFrozen(help)).toBe(true);
    const first = withDiscordCommands({ type: 'answer', answer: help });
    expect(withDiscordCommands({ type: 'answer', answer: router.ask('help') })).toBe(first);
    expect(Object.isFrozen(first.blocks)).toBe(true);
    const made = withDiscordCommands({ type: 'answer', answer: fresh(help) });
    expect(Object.isFrozen(made)).toBe(false);
    expect(first).toEqual(made);
    const rendered = renderAnswer(first, { ephemeral: true });
    expect(renderAnswer(withDiscordCommands({ type: 'answer', answer: help }), { ephemeral: true })).toBe(
      rendered,
    );
    expect(rendered).toEqual(renderAnswer(made, { ephemeral: true }));
  });

  it('given a frozen message, its follow-up body is kept, frozen, with its JSON made once, and equals a fresh one', () => {
    const messages = renderAnswer(router.ask('how did France vote?'), { ephemeral: true });
    for (const m of messages) {
      expect(Object.isFrozen(m)).toBe(true);
      const body = followUpData(m);
      expect(followUpData(m)).toBe(body);
      expect(Object.isFrozen(body.allowed_mentions)).toBe(true);
      expect(body).toEqual(messageData(m));
      expect(jsonBytes(body)).toBe(jsonBytes(body));
      expect(jsonBytes(body).toString()).toBe(JSON.stringify(messageData(fresh(m))));
    }
    const open = fresh(messages[0]!);
    expect(followUpData(open)).not.toBe(followUpData(open));
    expect(followUpData(open)).toEqual(messageData(open));
  });
});
