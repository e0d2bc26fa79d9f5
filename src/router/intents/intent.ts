/**
 * An intent is one kind of question the router can answer, in a module of its own under `intents/`.
 * The router reads the question once (`Reading`), asks every registered intent how well it fits (`match`),
 * and answers with the best; adding a kind of question means adding a file and its tests.
 */
import type { Answer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import type { ImageProvider } from '../answers/map.ts';
import type { Parsed } from '../understand.ts';

/** Everything an intent may look at: the parsed question, the fact base, today's date and the picture maker. */
export interface Reading {
  k: Knowledge;
  p: Parsed;
  /** The normalised question text (`p.q.text`): lower case, one space between words. */
  t: string;
  /** Now, from the router's clock (injectable, so tests fix the date). */
  now: Date;
  images?: ImageProvider;
}

export interface Intent {
  /** The module's name, used in tests and traces ("country", "timeline"). */
  id: string;
  /**
   * How well the intent fits the question, from 1 to 100 (see `SCORE` in registry.ts for the bands), or null
   * when it does not apply. Pure: no side effects, cheap (it runs for every question).
   */
  match(r: Reading): number | null;
  /** The highest score `match` can return: intents that cannot beat the best so far are not asked. */
  ceiling: number;
  /** The answer; called only for the winning intent. Never throws for a question `match` accepted. */
  answer(r: Reading): Answer;
}
