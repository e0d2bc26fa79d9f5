/** A vote named by its record id or symbol: its tally, lists and sources. */
import { resolutionAnswer } from '../answers/resolution.ts';
import type { Intent } from './intent.ts';
import { PICTURE } from './picture.ts';
import { WHOLE_TEXT } from './text-intent.ts';

/**
 * "What's the official title of the Ukraine resolution?", "what meeting was 2774 adopted at": the record of a vote
 * named in words asks for it too.
 */
const TITLE =
  /\b(official )?(title|titled|full name|name of)\b|\b(?:which|what) meeting\b|\bmeeting (?:number|record|no)\b/;

export const resolutionIntent: Intent = {
  id: 'resolution',
  ceiling: 91,
  match: ({ p, t }) =>
    (p.votes.byId || (p.votes.ids.length > 0 && TITLE.test(t))) && !PICTURE.test(t) && !WHOLE_TEXT.test(t)
      ? 91
      : null,
  answer: ({ k, p }) => resolutionAnswer(k, p.votes.ids),
};
