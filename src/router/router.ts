import type { Answer } from '../answer.ts';
import type { Knowledge } from '../knowledge/model.ts';
import { helpAnswer } from './answers/help.ts';
import { DEFAULT_MAX_CHARS, normalizeQuestion } from './normalize.ts';

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
}

export function createRouter(knowledge: Knowledge, opts: RouterOptions = {}): Router {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  return {
    knowledge,
    ask(question: string): Answer {
      normalizeQuestion(question, maxChars);
      return helpAnswer();
    },
  };
}
