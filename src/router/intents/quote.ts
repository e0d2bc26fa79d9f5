/** "What did the French ambassador say?", "who said 'capitulation'?": verbatim words with their speakers. */
import { quoteAnswer } from '../answers/quote.ts';
import { ROLE, WHO_SAID } from '../cues.ts';
import { speakingCountries } from '../readings.ts';
import { facets } from './facets.ts';
import type { Intent, Reading } from './intent.ts';

function asksForWords(r: Reading): boolean {
  const { p, t } = r;
  const { quoteCue, topic, strong } = facets(r);
  const wantsContent = topic?.id === 'content' && p.people.speakers.length === 0 && !ROLE.test(t);
  // "Quotes from the Council debate", "what was said in the Assembly": the words spoken in that body.
  const fromBody = quoteCue && p.votes.body !== null && p.votes.ids.length === 0 && !topic;
  if (wantsContent || (strong && !p.people.unquoted)) return false;
  // "Did Argentina vote with the US? Milei is a big Trump fan": a person named in passing beside a member's vote.
  const aside = !quoteCue && p.countries.length > 0 && (p.votes.ids.length > 0 || p.positions.length > 0);
  return (
    (p.people.speakers.length > 0 && !aside) ||
    (p.people.unquoted && (quoteCue || p.q.words.length <= 4)) ||
    fromBody ||
    (quoteCue && (p.countries.length > 0 || ROLE.test(t) || WHO_SAID.test(t)))
  );
}

export const quoteIntent: Intent = {
  id: 'quote',
  ceiling: 80,
  match: (r) => (asksForWords(r) ? 80 : null),
  answer: ({ k, p, t }) =>
    quoteAnswer(k, {
      people: p.people,
      // "Who said …" is answered from the words quoted, not from countries the words happen to name.
      countries: WHO_SAID.test(t) && p.people.speakers.length === 0 ? [] : speakingCountries(p),
      officialOnly: ROLE.test(t),
      body: p.votes.body,
      topic: t.replace(WHO_SAID, ''),
      byWords: WHO_SAID.test(t),
    }),
};
