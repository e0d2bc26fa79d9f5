/** Questions nothing else answers: about the votes but not understood, or about something else. */
import { notSure, outOfScope } from '../answers/scope.ts';
import { VOTE_WORDS } from '../cues.ts';
import type { Intent } from './intent.ts';

export const notSureIntent: Intent = {
  id: 'not_sure',
  ceiling: 2,
  match: ({ t }) => (VOTE_WORDS.test(t) ? 2 : 1),
  answer: ({ t }) => (VOTE_WORDS.test(t) ? notSure() : outOfScope()),
};
