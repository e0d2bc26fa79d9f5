/**
 * "How did Scotland vote?": a part of a member state, which has no seat of its own. Said so, with the member that
 * votes for it offered as the next question; no vote fact is stated for a place that cast none.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import { shortCountry } from '../describe.ts';
import { foldText } from '../normalize.ts';
import { capital } from './history-lines.ts';
import type { Intent, Reading } from './intent.ts';

/** The part asked about, when it is the only place the question names. */
function partAsked(r: Reading) {
  const [part, ...more] = r.p.partsOf;
  if (!part || more.length > 0 || r.p.countries.length !== 1 || r.p.countries[0] !== part.name) return null;
  // "The UK and Scotland": the member named outright as well is asked about.
  const member = r.k.memberByName.get(part.name);
  const names = [part.name, ...(member?.aliases ?? [])].map(foldText).filter((n) => n !== part.phrase);
  const outright = names.some((n) =>
    new RegExp(`(?:^| )${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: |$)`).test(r.t),
  );
  return outright ? null : part;
}

function answer(r: Reading): Answer {
  const part = partAsked(r)!;
  const member = shortCountry(part.name);
  const a = emptyAnswer(
    'no_answer',
    'part_of',
    `${capital(part.phrase.replace(/\b\w/g, (c) => c.toUpperCase()))} is not a UN member and has no seat of its own, so it cast no vote: ${member} votes for it.`,
  );
  a.suggestions = [`How did ${member} vote?`, 'Who voted against ES-11/7?'];
  a.confidence = 0.8;
  return a;
}

export const partOfIntent: Intent = {
  id: 'part_of',
  // Above a member's vote (70): the place asked about is not the member.
  ceiling: 76,
  match: (r) => (partAsked(r) ? 76 : null),
  answer,
};
