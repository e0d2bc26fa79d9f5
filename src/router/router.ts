import { type Answer, emptyAnswer } from '../answer.ts';
import type { Knowledge } from '../knowledge/model.ts';
import type { ImageProvider } from './answers/map.ts';
import { answerCompound, inheritContext } from './compound.ts';
import { decorate } from './decorate.ts';
import type { Reading } from './intents/intent.ts';
import { answerBest } from './intents/registry.ts';
import { DEFAULT_MAX_CHARS, normalizeQuestion } from './normalize.ts';
import { settle } from './settle.ts';
import { createMatchers, type Matchers, type Parsed, understand } from './understand.ts';

export type Platform = 'console' | 'slack' | 'discord' | 'cli';

export interface AskContext {
  platform?: Platform;
}

export interface Router {
  /** Answers one free-text question. Never throws: every input gets an Answer. */
  ask(question: string, ctx?: AskContext): Answer;
  readonly knowledge: Knowledge;
}

export interface RouterOptions {
  maxChars?: number;
  /** Draws vote pictures for "show the map of…"; without it the router answers in text only. */
  images?: ImageProvider;
  /** Today's date for questions about time ("how long ago"); tests fix it. */
  clock?: () => Date;
}

export function createRouter(knowledge: Knowledge, opts: RouterOptions = {}): Router {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const matchers: Matchers = createMatchers(knowledge);
  const parse = (text: string): Parsed => understand(knowledge, matchers, normalizeQuestion(text, maxChars));
  const clock = opts.clock ?? (() => new Date());
  const answer = (p: Parsed): Answer => {
    const r: Reading = { k: knowledge, p: settle(p), t: p.q.text, now: clock() };
    if (opts.images) r.images = opts.images;
    return decorate(answerBest(r), p, maxChars);
  };
  return {
    knowledge,
    ask(question: string): Answer {
      try {
        const whole = parse(typeof question === 'string' ? question : '');
        return answerCompound(whole.q.text, answer(whole), (first, second) => {
          const [a, b] = [parse(first), parse(second)];
          inheritContext(b, a);
          return [answer(a), answer(b)];
        });
      } catch {
        const a = emptyAnswer(
          'no_answer',
          'error',
          'Sorry, something went wrong while answering. Please try rephrasing.',
        );
        return { ...a, kind: 'error', code: 'internal' };
      }
    },
  };
}
