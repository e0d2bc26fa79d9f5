/**
 * The contract every chat adapter honours, run by each adapter's own test file:
 *   runAdapterContract(slackHarness)   in tests/contract/slack.contract.test.ts
 *   runAdapterContract(discordHarness) in tests/contract/discord.contract.test.ts
 * The harness translates between the neutral Answer and the platform's payloads; the contract checks behaviour.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer.ts';
import { emptyAnswer } from '../../src/answer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createRouter } from '../../src/router/router.ts';

export interface IncomingMessage {
  /** Raw message text as the platform delivers it, mention markup included. */
  text: string;
  fromSelf?: boolean;
  fromOtherBot?: boolean;
}

export interface AdapterHarness<P> {
  name: string;
  /** Answer -> the messages the adapter would send. */
  render(answer: Answer): P[];
  /** The plain-text fallback a payload carries (notifications, screen readers, clients without rich rendering). */
  fallbackText(payload: P): string;
  /** Every string in the payload that the platform will display. */
  visibleText(payload: P): string[];
  /** Limit breaches in one payload, as readable strings; empty when within the platform's limits. */
  limitViolations(payload: P): string[];
  /** True when the platform would notify anyone (everyone, here, channel, a user or role) for this payload. */
  wouldPing(payload: P): boolean;
  /** How the adapter reads an incoming mention or DM: the question it asks the router, or null when ignored. */
  questionFrom(message: IncomingMessage): string | null;
  /** How the platform writes a mention of the bot inside a message. */
  botMention: string;
}

const HOSTILE =
  '<!channel> <!everyone> <!here> @everyone @here <@U123> <@&456> <#C1> **bold** _it_ `code` ~x~ > q & <b>';

function bigAnswer(): Answer {
  const k = loadKnowledge();
  const a = emptyAnswer('answer', 'list', 'Every member of the General Assembly');
  a.blocks.push({ type: 'countries', label: 'All members', countries: k.members.map((m) => m.name) });
  a.blocks.push({ type: 'bullets', items: k.members.map((m) => `${m.name}: ${m.region}`) });
  a.citations = [...k.sources.values()].slice(0, 40).map((s) => ({ ...s }));
  return a;
}

function hostileAnswer(): Answer {
  const a = emptyAnswer('no_answer', 'unknown_country', `I don't know a UN member called "${HOSTILE}".`);
  a.blocks.push({ type: 'paragraph', text: HOSTILE });
  a.blocks.push({ type: 'fields', fields: [{ label: HOSTILE, value: HOSTILE }] });
  a.blocks.push({
    type: 'quote',
    text: HOSTILE,
    speaker: HOSTILE,
    role: HOSTILE,
    forum: HOSTILE,
    sourceId: 'x',
  });
  a.blocks.push({ type: 'user', label: HOSTILE, userId: HOSTILE });
  a.suggestions = [HOSTILE];
  return a;
}

const QUESTIONS = [
  'help',
  'how did the US vote?',
  'who voted in favour of ES-11/7?',
  'what was the tally on 2774?',
  'what did Dorothy Shea say?',
  'is this binding?',
  'what is the capital of France?',
];

/** Hostile strings: mention syntax of both platforms, markup, controls, long runs. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        '<!channel>',
        '<!everyone>',
        '<!here>',
        '@everyone',
        '@here',
        '<@U1>',
        '<@123456789>',
        '<@&42>',
        '<!subteam^S1>',
        '<#C1>',
        '**',
        '__',
        '`',
        '```',
        '~~',
        '||',
        '> ',
        '&',
        '<',
        '>',
        '[x](https://evil.example)',
        '\n',
        '\u0000',
        '\u202e',
        'é',
        '🙂',
        'text',
        ' ',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);

const arbitraryAnswer = fc
  .record({
    summary: hostileText,
    paragraph: hostileText,
    bullets: fc.array(hostileText, { maxLength: 30 }),
    field: fc.tuple(hostileText, hostileText),
    quote: fc.tuple(hostileText, hostileText, hostileText),
    countries: fc.array(hostileText, { maxLength: 200 }),
    suggestion: hostileText,
  })
  .map((r): Answer => {
    const a = emptyAnswer('answer', 'property', r.summary.length > 0 ? r.summary : 'x');
    a.blocks.push(
      { type: 'paragraph', text: r.paragraph },
      { type: 'bullets', items: r.bullets },
      { type: 'fields', fields: [{ label: r.field[0], value: r.field[1] }] },
      { type: 'quote', text: r.quote[0], speaker: r.quote[1], role: r.quote[2], forum: 'GA', sourceId: 'x' },
      { type: 'countries', label: 'Listed', countries: r.countries },
      { type: 'note', text: r.paragraph },
      { type: 'user', label: r.summary, userId: r.suggestion },
    );
    a.suggestions = [r.suggestion];
    return a;
  });

export function runAdapterContract<P>(h: AdapterHarness<P>): void {
  const router = createRouter(loadKnowledge());
  const samples: [string, Answer][] = [
    ...QUESTIONS.map((q): [string, Answer] => [q, router.ask(q)]),
    ['193 countries and 40 citations', bigAnswer()],
    ['hostile text everywhere', hostileAnswer()],
  ];

  describe(`${h.name} adapter contract`, () => {
    it('given any text in any block, the rendering stays within limits and pings nobody (property)', () => {
      fc.assert(
        fc.property(arbitraryAnswer, (answer) => {
          const payloads = h.render(answer);
          expect(payloads.length).toBeGreaterThan(0);
          for (const p of payloads) {
            expect(h.limitViolations(p)).toEqual([]);
            expect(h.wouldPing(p)).toBe(false);
          }
        }),
        { numRuns: 150, seed: 20250224 },
      );
    });

    describe.each(samples)('rendering "%s"', (_label, answer) => {
      const payloads = h.render(answer);
      it('produces at least one message, each within the platform limits', () => {
        expect(payloads.length).toBeGreaterThan(0);
        for (const p of payloads) expect(h.limitViolations(p)).toEqual([]);
      });
      it('pings nobody', () => {
        for (const p of payloads) expect(h.wouldPing(p)).toBe(false);
      });
      it('keeps every citation in the fallback text', () => {
        const fallback = payloads.map((p) => h.fallbackText(p)).join('\n');
        for (const c of answer.citations) expect(fallback).toContain(c.url ?? c.title);
      });
      it('shows every country it lists, none cut silently', () => {
        const visible = payloads.flatMap((p) => h.visibleText(p)).join('\n');
        for (const b of answer.blocks)
          if (b.type === 'countries') for (const c of b.countries) expect(visible).toContain(c);
      });
    });

    it('ignores its own messages and other bots', () => {
      expect(h.questionFrom({ text: `${h.botMention} how did France vote?`, fromSelf: true })).toBeNull();
      expect(h.questionFrom({ text: `${h.botMention} how did France vote?`, fromOtherBot: true })).toBeNull();
    });

    it('strips its own mention from the question', () => {
      const q = h.questionFrom({ text: `${h.botMention} how did France vote?` });
      expect(q).not.toBeNull();
      expect(q).not.toContain(h.botMention);
      expect(q?.trim()).toBe('how did France vote?');
    });
  });
}
