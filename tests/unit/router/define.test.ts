import { describe, expect, it } from 'vitest';
import { DEFINE_SCORE, defineIntent } from '../../../src/router/intents/define.ts';
import type { Reading } from '../../../src/router/intents/intent.ts';
import { normalizeQuestion } from '../../../src/router/normalize.ts';
import { createMatchers, understand } from '../../../src/router/understand.ts';
import { ask, k } from './ask.ts';

const matchers = createMatchers(k);
function reading(q: string): Reading {
  const p = understand(k, matchers, normalizeQuestion(q));
  return { k, p, t: p.q.text, now: new Date('2026-12-07T00:00:00Z') };
}
const entry = (id: string) => k.glossary.find((g) => g.id === id)!;

describe('the define intent', () => {
  it.each([
    ['what does abstain mean', 'g_abstain'],
    ['whats an amendment', 'g_amendment'],
    ['What does a Council resolution need to pass?', 'g_council_pass'],
    ['how many votes does a security council resolution need to pass', 'g_council_pass'],
    ['define veto', 'g_veto'],
    ["what's the P5", 'g_p5'],
    ['What is an emergency special session?', 'g_ess'],
    ['what does binding mean', 'g_binding'],
    ['what does absent mean', 'g_absent'],
    ['what does it mean when a country did not vote', 'g_absent'],
    ['what is a draft symbol', 'g_symbols'],
    ['explain what a veto is', 'g_veto'],
    ['abstention meaning', 'g_abstain'],
    ['what is a procedural vote in the council', 'g_procedural'],
    ['how many countries sit on the security council', 'g_bodies'],
    ['which countries have a veto', 'g_p5'],
    ['difference between abstaining and not voting?', 'g_absent'],
    ['do countries actually have to follow a general assembly resolution', 'g_binding'],
    ['whats the difference between a preambular paragraph and an operative one', 'g_paragraphs'],
    ['what do pp and op stand for in the texts', 'g_paragraphs'],
    ['what is an operative paragraph', 'g_paragraphs'],
  ])('given "%s", it leads with the plain definition of %s, then its cited detail', (q, id) => {
    const g = entry(id);
    expect(defineIntent.match(reading(q))).toBe(DEFINE_SCORE.asked);
    const a = ask(q);
    expect(a.intent).toBe('define');
    expect(a.summary).toBe(g.plain);
    expect(a.blocks[0]).toEqual({ type: 'paragraph', text: g.text });
    expect(a.citations.map((c) => c.id)).toEqual(expect.arrayContaining(g.sources));
  });

  it('given every definition in the glossary, asking what its first term means finds it', () => {
    const definable = k.glossary.filter((g) => g.plain);
    expect(definable.length).toBeGreaterThanOrEqual(10);
    for (const g of definable) expect(ask(`what does ${g.terms[0]} mean?`).summary).toBe(g.plain);
  });

  it('gives each definition as one plain sentence', () => {
    for (const g of k.glossary.filter((x) => x.plain)) expect(g.plain!.split(/[.!?](\s|$)/).length).toBe(3);
  });

  it('given a country in the question, it does not claim it', () => {
    expect(defineIntent.match(reading('what does abstain mean for France'))).toBeNull();
  });

  it('given a term typed alone, it scores low, so a topic about the day can answer instead', () => {
    expect(defineIntent.match(reading('veto'))).toBe(DEFINE_SCORE.bare);
    expect(ask('veto').intent).toBe('explain_veto');
  });

  it('given the day’s items asked for ("what are the amendments", "what is L.10"), it does not take the question', () => {
    expect(defineIntent.match(reading('what are the amendments'))).toBe(DEFINE_SCORE.withVote);
    expect(defineIntent.match(reading('what is L.10')) ?? 0).toBeLessThan(DEFINE_SCORE.asked);
    expect(ask('what were the amendments').intent).toBe('amendments');
    expect(ask('what is L.10').intent).toBe('explain_symbols');
  });

  it('given a question about votes that names a term, it does not answer with a definition', () => {
    expect(defineIntent.match(reading('what did the permanent members vote'))).toBeNull();
    expect(defineIntent.match(reading('who abstained on ES-11/7'))).toBeNull();
    expect(defineIntent.match(reading('how did the P5 vote on 2774'))).toBeNull();
  });
});

describe('the plain story of the day', () => {
  it.each([
    'explain simply what happened',
    'what happened, in simple terms?',
    'eli5 what happened at the UN',
  ])('given "%s", it tells the day in order, then cites its sources', (q) => {
    expect(defineIntent.match(reading(q))).toBe(DEFINE_SCORE.asked);
    const a = ask(q);
    expect(a.intent).toBe('story');
    expect(a.summary).toMatch(/^In short: /);
    const dates = a.blocks
      .filter((b) => b.type === 'paragraph')
      .map((b) => /^(\d{4}-\d{2}-\d{2}): /.exec(b.type === 'paragraph' ? b.text : '')?.[1])
      .filter((d): d is string => d !== undefined);
    expect(dates.length).toBeGreaterThanOrEqual(3);
    expect([...dates].sort()).toEqual(dates);
    const story = k.topics.find((t) => t.id === 'story')!;
    for (const id of story.cites.events ?? []) {
      const e = k.timeline.find((x) => x.id === id)!;
      expect(a.blocks).toContainEqual({ type: 'paragraph', text: `${e.date}: ${e.statement}` });
      expect(a.citations.map((c) => c.id)).toEqual(expect.arrayContaining(e.sources.slice(0, 1)));
    }
  });

  it('given "explain simply what a veto is", the definition wins over the story', () => {
    expect(ask('explain simply what a veto is').intent).toBe('define');
  });

  it('given how to say it ("explain simply", "for my class") or an example ("like the motion to postpone"), it still defines', () => {
    expect(ask('what does abstain mean in a UN vote? explain simply').intent).toBe('define');
    const a = ask("what's a procedural vote in the security council - like the motion to postpone");
    expect(a.intent).toBe('define');
    expect(a.summary).toContain('no veto applies');
  });

  it('reads "laws" as a word, not as Laos, and "just symbolic" as the question of whether it binds', () => {
    const a = ask("explain to my class why assembly resolutions aren't like laws");
    expect(a.positions).toEqual([]);
    expect(a.intent).toBe('explain_binding');
    expect(ask('so does russia actually have to obey es-11/7 or is it just symbolic').intent).toBe(
      'explain_binding',
    );
  });
});
