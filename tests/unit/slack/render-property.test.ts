/**
 * Property tests (issue 7): whatever text an answer carries (user input echoed back, knowledge text, a
 * citation's title or URL, the name of whoever shared it), the Slack messages stay within Slack's limits,
 * ping nobody, and no text escapes its place: the only `<…>` markup left in mrkdwn is the links we build.
 * Seeds are fixed so CI is deterministic; change them locally to explore further.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitViolations } from '../../../adapters/slack/limits.ts';
import { pingsIn, unescapeMrkdwn } from '../../../adapters/slack/mrkdwn.ts';
import { renderAnswer } from '../../../adapters/slack/render.ts';
import { type Answer, emptyAnswer } from '../../../src/answer.ts';

const HOSTILE = [
  '<!everyone>',
  '<!channel>',
  '<!here>',
  '@here',
  '@Channel',
  '@everyone',
  '<@U0BOB>',
  '<@W0BOB|bob>',
  '<!subteam^S0ADMINS|admins>',
  '<#C0GENERAL>',
  '<https://evil.example|click>',
  '<mailto:a@b.c|mail>',
  '&',
  '&lt;',
  '&amp;',
  '<',
  '>',
  '|',
  '*',
  '_',
  '~',
  '`',
  '```',
  '>',
  '\n',
  '\n\n',
  ' ',
  'France',
  'Côte d’Ivoire',
  '🇺🇦',
  '\u200b',
  '\u2060',
  '\u0000',
];

const text = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
);
const texts = fc.array(text, { maxLength: 8 });

const answerArb: fc.Arbitrary<Answer> = fc
  .record({
    summary: text,
    paragraph: text,
    bullets: texts,
    fields: fc.array(fc.record({ label: text, value: text }), { maxLength: 12 }),
    quote: fc.record({ text, speaker: text, role: text, forum: text, sourceId: text }),
    countries: texts,
    note: text,
    citations: fc.array(
      fc.record({ id: text, title: text, publisher: text, url: fc.option(fc.oneof(fc.webUrl(), text)) }),
      { maxLength: 5 },
    ),
    suggestions: texts,
  })
  .map((r) => {
    const a = emptyAnswer('answer', 'property', r.summary);
    a.blocks.push(
      { type: 'paragraph', text: r.paragraph },
      { type: 'bullets', items: r.bullets },
      { type: 'fields', fields: r.fields },
      { type: 'quote', ...r.quote },
      { type: 'countries', label: r.note, countries: r.countries },
      { type: 'note', text: r.note },
    );
    a.citations.push(...r.citations);
    a.suggestions.push(...r.suggestions);
    return a;
  });

/** Every mrkdwn string in the messages (section texts, fields, context elements). */
function mrkdwnTexts(value: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(visit);
    }
  };
  visit(value);
  return out;
}

/** Our links: `<url|label>` where the url has no space, `<`, `>` or `|` and the label no `<` or `>`. */
const OUR_LINK = /<[^<>|\s]+\|[^<>]*>/g;
/** Our block quotes: a `>` opening a line (a `>` the user typed is escaped as `&gt;`). */
const QUOTE_MARK = /^>/gm;

describe('Slack renderer: any text (property)', () => {
  it('stays within limits, pings nobody and leaves no markup but its own links', () => {
    fc.assert(
      fc.property(answerArb, text, text, (answer, question, sharedBy) => {
        const messages = [
          ...renderAnswer(answer, { share: { question } }),
          ...renderAnswer(answer, { sharedBy }),
        ];
        for (const m of messages) {
          expect(limitViolations(m)).toEqual([]);
          expect(pingsIn(m)).toEqual([]);
          for (const md of [m.text, ...mrkdwnTexts(m.blocks)])
            expect(md.replace(OUR_LINK, '').replace(QUOTE_MARK, '')).not.toMatch(/[<>]/);
        }
      }),
      { numRuns: 300, seed: 20250224 },
    );
  });

  it('keeps what the user typed readable in the fallback text', () => {
    fc.assert(
      fc.property(text, (typed) => {
        const a = emptyAnswer('answer', 'property', 'Summary');
        a.blocks.push({ type: 'paragraph', text: `You asked: ${typed.trim()}` });
        const fallback = renderAnswer(a)
          .map((m) => unescapeMrkdwn(m.text))
          .join(' ')
          .replace(/\s+/g, ' ');
        // The word joiner is how broadcast words are defused; unescaping drops it, so the comparison does too.
        const words = typed.replaceAll('\u2060', '').trim().split(/\s+/).filter(Boolean);
        for (const w of words) expect(fallback).toContain(w);
      }),
      { numRuns: 200, seed: 20250224 },
    );
  });
});
