/** A vote named by its record id or symbol: its tally, lists and sources. */
import { resolutionAnswer } from '../answers/resolution.ts';
import type { Intent } from './intent.ts';
import { PICTURE } from './picture.ts';

export const resolutionIntent: Intent = {
  id: 'resolution',
  ceiling: 91,
  match: ({ p, t }) => (p.votes.byId && !PICTURE.test(t) ? 91 : null),
  answer: ({ k, p }) => resolutionAnswer(k, p.votes.ids),
};
