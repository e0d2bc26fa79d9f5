import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { AnswerCache } from '../../../src/router/answer-cache.ts';
import { type AskContext, createRouter } from '../../../src/router/router.ts';
import { k } from './ask.ts';

interface Case {
  question: string;
  lang?: Lang;
  now?: string;
  turns?: string[];
}

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const cases: Case[] = readdirSync(FIXTURES)
  .filter((f) => /^eval-.*\.jsonl$/.test(f))
  .sort()
  .flatMap((f) =>
    readFileSync(join(FIXTURES, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Case),
  );
/** Every sixth case of every set: about 430 questions of every kind and language. */
const sample = cases.filter((_, i) => i % 6 === 0);
const withTurns = cases.filter((c) => c.turns && c.turns.length > 0);

const DAY = new Date('2025-03-10T12:00:00Z');
const json = (a: Answer): unknown => JSON.parse(JSON.stringify(a));
const ctxOf = (c: Case, conversation?: string): AskContext => ({
  ...(c.now ? { now: new Date(`${c.now}T12:00:00Z`) } : {}),
  ...(c.lang ? { lang: c.lang } : {}),
  ...(conversation ? { conversation } : {}),
});

describe('the answer cache', () => {
  it('given 400+ varied questions each asked twice, the cached answers are the uncached ones, and the second ask hits', () => {
    expect(sample.length).toBeGreaterThanOrEqual(200);
    const plain = createRouter(k, { clock: () => DAY, answerCache: false });
    const cached = createRouter(k, { clock: () => DAY });
    for (const c of sample) {
      const expected = json(plain.ask(c.question, ctxOf(c)));
      expect(json(cached.ask(c.question, ctxOf(c))), c.question).toEqual(expected);
      expect(json(cached.ask(c.question, ctxOf(c))), c.question).toEqual(expected);
    }
    // Maps and pictures are not kept (no image provider here, so none drawn): nearly every question is.
    expect(cached.cache!.hits).toBeGreaterThan(sample.length * 0.9);
  });

  it('given a question cached in one conversation, each turn of another conversation that asks it and follows it up is answered as without the cache', () => {
    const plain = createRouter(k, { clock: () => DAY, answerCache: false });
    const cached = createRouter(k, { clock: () => DAY });
    const followUps = [
      'and France?',
      'why?',
      'what about the US one?',
      'who else?',
      'and in 2022?',
      'and Kenya',
    ];
    const conversations = [
      ...withTurns.map((c) => [...c.turns!, c.question]),
      ...sample.slice(0, 120).map((c, i) => [c.question, followUps[i % followUps.length]!]),
    ];
    conversations.forEach((turns, n) => {
      // Another user asks the first question before: the conversation below gets it from the cache.
      cached.ask(turns[0]!, { conversation: `warm-${n}` });
      for (const q of turns) {
        const expected = json(plain.ask(q, { conversation: `c-${n}` }));
        expect(json(cached.ask(q, { conversation: `c-${n}` })), `${turns.join(' / ')}: ${q}`).toEqual(
          expected,
        );
      }
    });
    expect(cached.cache!.hits).toBeGreaterThan(conversations.length);
  });

  it('given one conversation that asks 400+ questions and follow-ups twice over, every answer is the uncached one, and questions that stand alone are served from the cache despite the live context', () => {
    const plain = createRouter(k, { clock: () => DAY, answerCache: false });
    const cached = createRouter(k, { clock: () => DAY });
    const followUps = ['and France?', 'why?', 'who else?', 'and in the security council?'];
    const turns = sample.flatMap((c, i) =>
      i % 5 === 0 ? [c.question, followUps[i % followUps.length]!] : [c.question],
    );
    for (const q of [...turns, ...turns]) {
      const expected = json(plain.ask(q, { conversation: 'one' }));
      expect(json(cached.ask(q, { conversation: 'one' })), q).toEqual(expected);
    }
    // Most questions stand alone; those that may point back ("those countries", "of them") are rightly not served.
    expect(cached.cache!.hits).toBeGreaterThan(sample.length * 0.75);
  });

  it('given a question about time asked on two days of the router clock, each day gets its own answer', () => {
    let now = new Date('2025-03-10T12:00:00Z');
    const cached = createRouter(k, { clock: () => now });
    const q = 'how many days ago was the vote on the Ukraine resolution?';
    const first = cached.ask(q);
    expect(cached.ask(q)).toBe(first);
    now = new Date('2025-03-20T12:00:00Z');
    const later = cached.ask(q);
    expect(json(later)).not.toEqual(json(first));
    expect(json(later)).toEqual(json(createRouter(k, { clock: () => now, answerCache: false }).ask(q)));
  });

  it('given the same words with another language context, it answers in that language, not from the English entry', () => {
    const plain = createRouter(k, { clock: () => DAY, answerCache: false });
    const cached = createRouter(k, { clock: () => DAY });
    const q = 'how did France vote?';
    const english = cached.ask(q);
    for (const ctx of [
      { lang: 'fr' as const, langIsTheUsers: true },
      { lang: 'de' as const, langIsTheUsers: true },
    ]) {
      const a = cached.ask(q, ctx);
      expect(a).not.toBe(english);
      expect(json(a)).toEqual(json(plain.ask(q, ctx)));
      expect(a.lang).toBe(ctx.lang);
    }
  });

  it('given a conversation with a live earlier question, a follow-up is not answered from the cache', () => {
    const cached = createRouter(k, { clock: () => DAY });
    cached.ask('and France?');
    const fresh = cached.ask('and France?');
    expect(cached.ask('and France?', { conversation: 'x' })).toBe(fresh);
    const plain = createRouter(k, { clock: () => DAY, answerCache: false });
    for (const r of [cached, plain]) r.ask('how did Germany vote on ES-11/8?', { conversation: 'y' });
    const followUp = cached.ask('and France?', { conversation: 'y' });
    expect(followUp).not.toBe(fresh);
    expect(json(followUp)).toEqual(json(plain.ask('and France?', { conversation: 'y' })));
    expect(followUp.positions.map((p) => p.country)).toEqual(['France']);
    expect(json(followUp)).not.toEqual(json(fresh));
  });

  it('given a caller that changes an answer, the change throws and the next caller gets the answer unchanged', () => {
    const cached = createRouter(k, { clock: () => DAY });
    const a = cached.ask('how did France vote?');
    const before = json(a);
    expect(() => a.blocks.push({ type: 'note', text: 'x' })).toThrow(TypeError);
    expect(() => {
      (a as { summary: string }).summary = 'changed';
    }).toThrow(TypeError);
    expect(json(cached.ask('how did France vote?'))).toEqual(before);
  });

  it('given more questions than it holds, it keeps the most recent and no more; long questions are not kept', () => {
    const cached = createRouter(k, { clock: () => DAY, answerCache: { maxEntries: 10 } });
    for (const c of sample.slice(0, 40)) cached.ask(c.question);
    expect(cached.cache!.size).toBeLessThanOrEqual(10);
    const last = sample[39]!.question;
    const hits = cached.cache!.hits;
    cached.ask(last);
    expect(cached.cache!.hits).toBe(hits + 1);
    cached.ask(sample[0]!.question);
    expect(cached.cache!.hits).toBe(hits + 1);
    const size = cached.cache!.size;
    const long = createRouter(k, { clock: () => DAY });
    long.ask(`how did France vote? ${'please '.repeat(80)}`);
    expect(long.cache!.size).toBe(0);
    expect(size).toBeLessThanOrEqual(10);
  });

  it('given a budget of characters, it drops the oldest answers to stay within it', () => {
    const cache = new AnswerCache({ maxChars: 1000 });
    const entry = (chars: number) => ({ answer: {} as Answer, parsed: null, standsAlone: true, chars });
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, entry(300));
    expect(cache.heldChars).toBeLessThanOrEqual(1000);
    expect(cache.size).toBe(3);
    cache.set('huge', entry(5000));
    expect(cache.get('huge')).toBeUndefined();
  });

  it('given a question that fails, the apology is not kept', () => {
    const cached = createRouter(k);
    const a = cached.ask('how did France vote?', { now: new Date(Number.NaN) });
    expect(a.kind).toBe('error');
    expect(cached.cache!.size).toBe(0);
  });

  it('given a map question, the picture is drawn for each ask, not kept', () => {
    let drawn = 0;
    const cached = createRouter(k, {
      clock: () => DAY,
      images: (voteIds) => {
        drawn++;
        return voteIds.map((vote) => ({ vote, path: `/tmp/${vote}.png`, alt: vote }));
      },
    });
    cached.ask('show the map of the Ukraine resolution');
    cached.ask('show the map of the Ukraine resolution');
    expect(drawn).toBe(2);
  });
});

describe('help and the conversation', () => {
  it('serves "help" from the cache even right after another question: help is never a follow-up', () => {
    const cached = createRouter(k, { clock: () => DAY });
    cached.ask('help');
    const hits = cached.cache!.hits;
    cached.ask('how did France vote?', { conversation: 'help-after' });
    cached.ask('help', { conversation: 'help-after' });
    expect(cached.cache!.hits).toBe(hits + 1);
  });
});
