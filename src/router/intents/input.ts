/** Questions answered from the input alone: nothing typed, help, the digest, opinions, the future. */
import { digestHelpAnswer, helpAnswer } from '../answers/help.ts';
import { emptyQuestion, opinionRequest, outOfScope } from '../answers/scope.ts';
import { asksForHelp, CHECK_A_CLAIM, DIGEST_QUESTION, FUTURE, OPINION } from '../cues.ts';

/** A question of fact in so many words: "tell me how the US voted", "how did X vote". */
const FACT_ASKED =
  /\btell me (?:clearly |exactly |simply )?(?:how|what|whether)\b|\bhow did \w+(?: \w+){0,3} vote\b/;

import { GREETING } from '../lexicon.ts';
import type { Intent } from './intent.ts';

export const emptyIntent: Intent = {
  id: 'empty',
  ceiling: 100,
  match: (r) => (r.t.length === 0 ? 100 : null),
  // "?" alone asks what the bot can do.
  answer: (r) => (/^\?+$/.test(r.p.q.display) ? helpAnswer() : emptyQuestion()),
};

export const helpIntent: Intent = {
  id: 'help',
  ceiling: 99,
  match: ({ p, t }) => {
    const namesSomething = p.countries.length > 0 || p.votes.ids.length > 0 || p.group !== null;
    const greeting = GREETING.test(t) && p.q.words.length <= 4 && !namesSomething;
    return asksForHelp(t) || greeting ? 99 : null;
  },
  answer: () => helpAnswer(),
};

export const digestHelpIntent: Intent = {
  id: 'digest_help',
  ceiling: 98,
  match: ({ p, t }) => (DIGEST_QUESTION.test(t) && p.votes.ids.length === 0 ? 98 : null),
  answer: () => digestHelpAnswer(),
};

/** "Was the US right?": a judgement. "…, is that right?" and "is the article right that…" check a fact instead. */
export const opinionIntent: Intent = {
  id: 'opinion',
  ceiling: 97,
  // "…people felt betrayed. Can you tell me how the US voted?": a question of fact asked beside a feeling.
  match: ({ t }) => (OPINION.test(t.replace(CHECK_A_CLAIM, '')) && !FACT_ASKED.test(t) ? 97 : null),
  answer: () => opinionRequest(),
};

export const futureIntent: Intent = {
  id: 'future',
  ceiling: 96,
  match: ({ p, t }) => (FUTURE.test(t) && !p.votes.bySymbol ? 96 : null),
  answer: () => outOfScope('what comes next'),
};

export const inputIntents: Intent[] = [
  emptyIntent,
  helpIntent,
  digestHelpIntent,
  opinionIntent,
  futureIntent,
];
