import { describe, expect, it } from 'vitest';
import {
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  limitViolations,
} from '../../../adapters/discord/limits.ts';
import {
  type DiscordMessage,
  EPHEMERAL_FLAG,
  escapeText,
  messageText,
  renderAnswer,
  splitText,
} from '../../../adapters/discord/render.ts';
import { emptyAnswer } from '../../../src/answer.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';

const k = loadKnowledge();
const members = k.members.map((m) => m.name);
const allText = (ms: DiscordMessage[]) => ms.map(messageText).join('\n');

describe('Discord renderer', () => {
  it('given all 193 members in one list, it splits them across fields and loses none', () => {
    const a = emptyAnswer('answer', 'list', 'Every member');
    a.blocks.push({ type: 'countries', label: 'In favour', countries: members });
    const ms = renderAnswer(a);
    for (const m of ms) expect(limitViolations(m)).toEqual([]);
    const fields = ms.flatMap((m) => m.embeds.flatMap((e) => e.fields ?? []));
    expect(fields.length).toBeGreaterThan(1);
    for (const f of fields) expect(f.value.length).toBeLessThanOrEqual(EMBED_FIELD_VALUE_MAX);
    const listed = fields.flatMap((f) => f.value.split(', '));
    expect(listed).toEqual(members);
    expect(fields[0]?.name).toMatch(/^In favour \(193\) \(1\/\d\)$/);
  });

  it('given five lists of all members and long bullets, it spreads them over embeds and messages within every limit', () => {
    const a = emptyAnswer('answer', 'list', 'A very large answer');
    for (const label of ['yes', 'no', 'abstain', 'absent', 'again'])
      a.blocks.push({ type: 'countries', label, countries: members });
    a.blocks.push({ type: 'bullets', items: members.map((m) => `${m}: ${'x'.repeat(60)}`) });
    a.citations = [...k.sources.values()].map((s) => ({ ...s }));
    const ms = renderAnswer(a);
    expect(ms.length).toBeGreaterThan(1);
    for (const m of ms) {
      expect(limitViolations(m)).toEqual([]);
      expect(m.embeds.length).toBeLessThanOrEqual(EMBEDS_PER_MESSAGE_MAX);
    }
    const text = allText(ms);
    for (const m of members) expect(text).toContain(`${m}: ${'x'.repeat(60)}`);
    for (const c of a.citations) expect(text).toContain(c.url ?? c.title);
  });

  it('given one paragraph longer than an embed description, it splits it at word boundaries without loss', () => {
    const words = Array.from({ length: 2_000 }, (_, i) => `word${i}`);
    const a = emptyAnswer('answer', 'x', 'Long');
    a.blocks.push({ type: 'paragraph', text: words.join(' ') });
    const ms = renderAnswer(a);
    for (const m of ms) expect(limitViolations(m)).toEqual([]);
    const descriptions = ms.flatMap((m) => m.embeds.map((e) => e.description ?? ''));
    expect(descriptions.join(' ').split(/\s+/).filter(Boolean)).toEqual(words);
  });

  it('splits text at lines, then words, then anywhere, never exceeding the maximum', () => {
    expect(splitText('a\nb', 10)).toEqual(['a\nb']);
    const chunks = splitText(`${'y'.repeat(25)} ${'z'.repeat(5)}`, 10);
    expect(chunks.every((c) => c.length <= 10)).toBe(true);
    expect(chunks.join('')).toBe(`${'y'.repeat(25)}${'z'.repeat(5)}`);
    expect(splitText('x'.repeat(EMBED_DESCRIPTION_MAX + 1), EMBED_DESCRIPTION_MAX)).toHaveLength(2);
  });

  it('given a summary longer than a title allows, it shows the whole summary in the description', () => {
    const a = emptyAnswer('answer', 'x', 's'.repeat(300));
    const [m] = renderAnswer(a);
    expect(m?.embeds[0]?.title).toBeUndefined();
    expect(m?.embeds[0]?.description).toContain('s'.repeat(300));
  });

  it('escapes markdown and mention syntax typed by users', () => {
    expect(escapeText('**bold** _it_ `code` ~~x~~ ||spoiler||')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~ \\|\\|spoiler\\|\\|',
    );
    expect(escapeText('# heading')).toBe('\\# heading');
    expect(escapeText('> quote')).toBe('\\> quote');
    expect(escapeText('- item\n1. one\n-# small')).toBe('\\- item\n1\\. one\n\\-# small');
    expect(escapeText('a \\*b\\*')).toBe('a \\\\\\*b\\\\\\*');
    expect(escapeText('Côte d’Ivoire, 93-18-65, A/RES/ES-11/7')).toBe(
      'Côte d’Ivoire, 93-18-65, A/RES/ES-11/7',
    );
    expect(escapeText('[click](https://evil.example)')).toBe('\\[click](https://evil.example)');
    expect(escapeText('<@123> <@&456> <#789>')).toBe('\\<@123> \\<@&456> \\<#789>');
    expect(escapeText('@everyone @here')).toBe('@\u200beveryone @\u200bhere');
  });

  it('given hostile text in every block, it keeps it visible but inert', () => {
    const hostile = '@everyone **x** <@1>';
    const a = emptyAnswer('no_answer', 'x', hostile);
    a.blocks.push({ type: 'paragraph', text: hostile });
    a.blocks.push({ type: 'fields', fields: [{ label: hostile, value: hostile }] });
    a.blocks.push({
      type: 'quote',
      text: hostile,
      speaker: hostile,
      role: hostile,
      forum: hostile,
      sourceId: 'x',
    });
    const text = allText(renderAnswer(a));
    expect(text).not.toMatch(/@everyone|(?<!\\)\*\*x|(?<!\\)<@1>/);
    expect(text).toContain('@\u200beveryone \\*\\*x\\*\\* \\<@1>');
  });

  it('sets allowed mentions that ping nobody on every message, ephemeral ones included', () => {
    const a = emptyAnswer('answer', 'list', 'Every member');
    a.blocks.push({ type: 'countries', label: 'All', countries: members });
    a.blocks.push({ type: 'bullets', items: members.map((m) => `${m} ${'y'.repeat(100)}`) });
    for (const ephemeral of [false, true]) {
      const ms = renderAnswer(a, { ephemeral });
      expect(ms.length).toBeGreaterThan(1);
      for (const m of ms) {
        expect(m.allowed_mentions).toEqual({ parse: [], replied_user: false });
        expect(m.flags === EPHEMERAL_FLAG).toBe(ephemeral);
      }
    }
  });

  it('renders quotes with speaker, role and a numbered source, and citations as links', () => {
    const a = emptyAnswer('answer', 'quote', 'What Dorothy Shea said');
    a.citations = [
      { id: 'un_press', title: 'GA/12671 [press]', publisher: 'UN', url: 'https://press.un.org/x' },
    ];
    a.blocks.push({
      type: 'quote',
      text: 'Ending the war',
      speaker: 'Dorothy Shea',
      role: 'US acting ambassador',
      forum: 'General Assembly',
      sourceId: 'un_press',
    });
    const text = allText(renderAnswer(a));
    expect(text).toContain(
      '> “Ending the war”\n— **Dorothy Shea**, US acting ambassador (General Assembly) [1]',
    );
    expect(text).toContain('[1] [GA/12671 \\[press\\]](<https://press.un.org/x>), UN');
  });

  it('renders tallies given as fields as inline embed fields and never an empty field', () => {
    const a = emptyAnswer('answer', 'tally', 'A/RES/ES-11/7: adopted');
    a.blocks.push({
      type: 'fields',
      fields: [
        { label: 'In favour', value: '93' },
        { label: 'Against', value: '18' },
        { label: 'Abstained', value: '' },
      ],
    });
    a.blocks.push({ type: 'countries', label: 'Against', countries: [] });
    const [m] = renderAnswer(a);
    const fields = m?.embeds.flatMap((e) => e.fields ?? []) ?? [];
    expect(fields.slice(0, 2)).toEqual([
      { name: 'In favour', value: '93', inline: true },
      { name: 'Against', value: '18', inline: true },
    ]);
    expect(fields.find((f) => f.name === 'Against (0)')?.value).toBe('none');
    expect(limitViolations(m!)).toEqual([]);
  });

  it('attaches pictures to the first message only', () => {
    const a = emptyAnswer('answer', 'map', 'Map');
    a.images = [{ vote: 'A/RES/ES-11/7', path: '/tmp/x.png', alt: 'World map of the vote' }];
    const ms = renderAnswer(a);
    expect(ms[0]?.files).toEqual([
      { path: '/tmp/x.png', name: 'A_RES_ES-11_7-1.png', description: 'World map of the vote' },
    ]);
    expect(ms[0]?.embeds[0]?.image).toEqual({ url: 'attachment://A_RES_ES-11_7-1.png' });
  });

  it('shows each of several pictures in an embed of its own, right after the answer, within the limits', () => {
    const a = emptyAnswer('answer', 'map', 'Maps of the three votes');
    a.blocks.push({ type: 'paragraph', text: 'Three maps.' });
    a.images = ['A/RES/ES-11/7', 'A/RES/ES-11/8', 'S/RES/2774 (2025)'].map((vote) => ({
      vote,
      path: `/tmp/${vote.length}.png`,
      alt: `Map of ${vote}`,
    }));
    const [m] = renderAnswer(a);
    const urls = m?.embeds.map((e) => e.image?.url);
    expect(urls?.slice(0, 3)).toEqual([
      'attachment://A_RES_ES-11_7-1.png',
      'attachment://A_RES_ES-11_8-2.png',
      'attachment://S_RES_2774_2025_-3.png',
    ]);
    expect(m?.files?.map((f) => f.name)).toEqual(
      urls?.slice(0, 3).map((u) => u?.slice('attachment://'.length)),
    );
    expect(limitViolations(m!)).toEqual([]);
  });
});
