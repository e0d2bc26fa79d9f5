import { describe, expect, it } from 'vitest';
import {
  limitViolations,
  MAX_BLOCKS,
  MAX_BUTTON_VALUE,
  MAX_FIELD_TEXT,
  MAX_HEADER_TEXT,
  MAX_SECTION_FIELDS,
  MAX_SECTION_TEXT,
} from '../../../adapters/slack/limits.ts';
import { escapeMrkdwn, pingsIn, unescapeMrkdwn } from '../../../adapters/slack/mrkdwn.ts';
import { renderAnswer, type SlackMessage } from '../../../adapters/slack/render.ts';
import { questionFromShareValue } from '../../../adapters/slack/to-question.ts';
import { type Answer, type Citation, emptyAnswer } from '../../../src/answer.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';

const knowledge = loadKnowledge();
const memberNames = knowledge.members.map((m) => m.name);

function answerWith(...blocks: Answer['blocks']): Answer {
  const a = emptyAnswer('answer', 'test', 'A test answer');
  a.blocks.push(...blocks);
  return a;
}

type AnyBlock = { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: unknown[] };
const blocksOf = (ms: SlackMessage[]) => ms.flatMap((m) => m.blocks as AnyBlock[]);
const sectionTexts = (ms: SlackMessage[]) =>
  blocksOf(ms)
    .filter((b) => b.type === 'section' && b.text)
    .map((b) => unescapeMrkdwn(b.text!.text));
const fallback = (ms: SlackMessage[]) => ms.map((m) => unescapeMrkdwn(m.text)).join('\n');
const allWithinLimits = (ms: SlackMessage[]) => ms.flatMap(limitViolations);

describe('Slack renderer: limits', () => {
  it('given more blocks than one message holds, it splits into several messages of at most 50 blocks', () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => ({
      type: 'paragraph' as const,
      text: `Paragraph ${i}.`,
    }));
    const ms = renderAnswer(answerWith(...paragraphs));
    expect(ms.length).toBeGreaterThan(2);
    for (const m of ms) expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(allWithinLimits(ms)).toEqual([]);
    const shown = sectionTexts(ms);
    for (let i = 0; i < 120; i++) expect(shown).toContain(`Paragraph ${i}.`);
  });

  it('given a 10,000-character paragraph, it splits it at word breaks into sections of at most 3,000', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`);
    const ms = renderAnswer(answerWith({ type: 'paragraph', text: words.join(' ') }));
    const texts = sectionTexts(ms);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(texts.join(' ').split(' ')).toEqual(words);
  });

  it('given a short plain summary it uses a header; a long one goes to a section, never a header over 150', () => {
    const short = renderAnswer(emptyAnswer('answer', 't', 'Germany voted in favour.'));
    expect(short[0]!.blocks[0]!.type).toBe('header');
    const long = renderAnswer(emptyAnswer('answer', 't', 'x '.repeat(120).trim()));
    const first = long[0]!.blocks[0] as AnyBlock;
    expect(first.type).toBe('section');
    for (const b of blocksOf([...short, ...long]))
      if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(MAX_HEADER_TEXT);
  });

  it('given 25 fields, it shows them in sections of at most 10; an oversized field becomes text, not a cut', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ label: `L${i}`, value: `V${i}` }));
    const ms = renderAnswer(answerWith({ type: 'fields', fields }));
    const withFields = blocksOf(ms).filter((b) => b.fields);
    expect(withFields).toHaveLength(3);
    for (const b of withFields) expect(b.fields!.length).toBeLessThanOrEqual(MAX_SECTION_FIELDS);
    const huge = 'y'.repeat(MAX_FIELD_TEXT + 500);
    const big = renderAnswer(answerWith({ type: 'fields', fields: [{ label: 'Big', value: huge }] }));
    expect(allWithinLimits(big)).toEqual([]);
    expect(sectionTexts(big).join('')).toContain('y'.repeat(1000));
    expect(fallback(big)).toContain(huge);
  });
});

describe('Slack renderer: escaping and pings', () => {
  it('escapes &, < and > in everything it did not write itself', () => {
    expect(escapeMrkdwn('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    const ms = renderAnswer(answerWith({ type: 'paragraph', text: 'AT&T <b>bold</b>' }));
    const raw = JSON.stringify(ms);
    expect(raw).toContain('AT&amp;T &lt;b&gt;bold&lt;/b&gt;');
    expect(sectionTexts(ms)).toContain('AT&T <b>bold</b>');
  });

  it('given hostile text in every part of an answer, nothing pings and the reader sees what was typed', () => {
    const hostile =
      '<!everyone> <!channel> <!here> @here @channel <@U123> <@W9|bob> <!subteam^S1|admins> & <#C1>';
    const a = emptyAnswer('no_answer', 'unknown_country', hostile);
    a.blocks.push(
      { type: 'paragraph', text: hostile },
      { type: 'note', text: hostile },
      { type: 'bullets', items: [hostile, hostile] },
      { type: 'fields', fields: [{ label: hostile, value: hostile }] },
      { type: 'quote', text: hostile, speaker: hostile, role: hostile, forum: hostile, sourceId: 'x' },
      { type: 'countries', label: hostile, countries: [hostile] },
    );
    a.citations = [
      { id: 'c', title: hostile, publisher: hostile, url: 'https://example.org/a?b=1&c=<!here>' },
    ];
    a.suggestions = [hostile];
    const ms = renderAnswer(a, { share: { question: hostile }, sharedBy: '<!channel> @everyone' });
    expect(pingsIn(ms)).toEqual([]);
    expect(sectionTexts(ms).join('\n')).toContain('<!everyone>');
    expect(allWithinLimits(ms)).toEqual([]);
  });

  it('flags a payload that would ping (the check itself works)', () => {
    expect(pingsIn({ text: 'hi <!here>' })).toHaveLength(1);
    expect(pingsIn({ blocks: [{ text: { text: 'x <@U123>' } }] })).toHaveLength(1);
    expect(pingsIn({ text: '<!subteam^S1>' })).toHaveLength(1);
    expect(pingsIn({ text: 'tell @everyone' })).toHaveLength(1);
    expect(pingsIn({ text: '&lt;!everyone&gt; <https://un.org|UN>' })).toEqual([]);
  });
});

describe('Slack renderer: user blocks', () => {
  const setUpBy = answerWith({ type: 'user', label: 'Set up by', userId: 'U0ALICE' });

  it('given a reply only the asker sees, it shows the person as a mention in the blocks and the fallback', () => {
    const [m] = renderAnswer(setUpBy, { mentionUsers: true });
    expect(JSON.stringify(m!.blocks)).toContain('Set up by <@U0ALICE>');
    expect(m!.text).toContain('Set up by <@U0ALICE>');
    expect(allWithinLimits([m!])).toEqual([]);
  });

  it('by default (a message the channel may see), it shows the plain id and pings nobody', () => {
    const ms = renderAnswer(setUpBy);
    expect(pingsIn(ms)).toEqual([]);
    expect(sectionTexts(ms)).toContain('Set up by U0ALICE');
  });

  it('given a label longer than a section holds, it stays within the limits and loses nothing', () => {
    const long = answerWith({ type: 'user', label: 'word '.repeat(1500), userId: 'U0ALICE' });
    const ms = renderAnswer(long, { mentionUsers: true });
    expect(allWithinLimits(ms)).toEqual([]);
    expect(sectionTexts(ms).join(' ')).toContain('word word');
    expect(sectionTexts(ms).join(' ')).toContain('U0ALICE');
  });

  it('given an id that is not a Slack user id, it never turns it into markup, even when mentions are on', () => {
    const hostile = answerWith({ type: 'user', label: '<!here> by', userId: '<!channel>' });
    const ms = renderAnswer(hostile, { mentionUsers: true });
    expect(pingsIn(ms)).toEqual([]);
    expect(sectionTexts(ms)).toContain('<!here> by <!channel>');
    expect(
      renderAnswer(answerWith({ type: 'user', label: 'by', userId: 'U1|x' }), { mentionUsers: true })[0]!
        .text,
    ).toBe('A test answer\n\nby U1|x');
  });
});

describe('Slack renderer: completeness', () => {
  it('given all 193 members, every country is shown, none cut', () => {
    expect(memberNames).toHaveLength(193);
    const ms = renderAnswer(answerWith({ type: 'countries', label: 'All members', countries: memberNames }));
    const shown = sectionTexts(ms).join('\n');
    for (const c of memberNames) expect(shown).toContain(c);
    expect(shown).toContain('(193)');
    expect(allWithinLimits(ms)).toEqual([]);
  });

  it('given 93 countries too long for one section, it splits them across blocks with each name whole', () => {
    const names = memberNames.slice(0, 93).map((n) => `${n} ${'(long annotation) '.repeat(3).trim()}`);
    const ms = renderAnswer(answerWith({ type: 'countries', label: 'In favour', countries: names }));
    const texts = sectionTexts(ms);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    const shown = texts.flatMap((t) => t.replace(/^.*\(93\)\n/, '').split(', '));
    expect(shown).toEqual(names);
  });

  it('keeps every citation (title and URL) and the whole answer in the fallback text', () => {
    const citations: Citation[] = [...knowledge.sources.values()].map((s) => ({ ...s }));
    citations.push({
      id: 'amp',
      title: 'Q&A <live>',
      publisher: 'UN',
      url: 'https://press.un.org/a?b=1&c=2',
    });
    const a = answerWith(
      { type: 'paragraph', text: 'Body paragraph.' },
      { type: 'countries', label: 'Against', countries: memberNames.slice(0, 18) },
    );
    a.citations = citations;
    a.suggestions = ['How did France vote?'];
    const ms = renderAnswer(a);
    const text = fallback(ms);
    for (const c of citations) {
      expect(text).toContain(c.title);
      if (c.url) expect(text).toContain(c.url);
    }
    for (const part of ['A test answer', 'Body paragraph.', memberNames[17]!, 'How did France vote?'])
      expect(text).toContain(part);
    const links = JSON.stringify(blocksOf(ms).filter((b) => b.type === 'context'));
    expect(links).toContain('<https://press.un.org/a?b=1&amp;c=2|Q&amp;A &lt;live&gt;>');
  });

  it('carries the question in the Share button, encoded and within the value limit', () => {
    const q = `<!everyone> how did France vote? ${'é'.repeat(5000)}`;
    const [m] = renderAnswer(emptyAnswer('answer', 't', 'S'), { share: { question: q } });
    const actions = m!.blocks.find((b) => b.type === 'actions') as { elements: { value: string }[] };
    const value = actions.elements[0]!.value;
    expect(value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    expect(value).not.toContain('<');
    expect(q.startsWith(questionFromShareValue(value)!)).toBe(true);
  });
});

describe('Slack renderer: edge cases', () => {
  it('given empty texts, it sends no empty block (Slack rejects them)', () => {
    const a = emptyAnswer('answer', 't', 'Summary');
    a.blocks.push({ type: 'paragraph', text: '' }, { type: 'countries', label: 'None here', countries: [] });
    const ms = renderAnswer(a);
    expect(allWithinLimits(ms)).toEqual([]);
    for (const b of blocksOf(ms)) if (b.text) expect(b.text.text.trim()).not.toBe('');
    expect(sectionTexts(ms)).toContain('*None here* (0): none');
  });
});
