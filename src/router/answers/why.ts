import type { Answer } from '../../answer.ts';
import type { Body, Knowledge } from '../../knowledge/model.ts';
import { addCitations } from '../cite.ts';
import { addQuote, joinNames, shortCountry } from '../describe.ts';
import { addStatement } from '../intents/statement-blocks.ts';
import { countryAnswer } from './country.ts';

/** "Why did the UK abstain?": the positions, the delegation's own words where the base has them, and no guessing. */
export function whyCountryAnswer(
  k: Knowledge,
  countries: string[],
  voteIds: string[],
  body: Body | null,
): Answer {
  const ids = voteIds.length > 0 ? voteIds : null;
  const a = countryAnswer(k, countries, ids, undefined, ids ? null : body);
  a.intent = 'explain_country_vote';
  const quotes = k.quotes.filter(
    (q) => countries.includes(q.country) && !q.body.includes('not a UN meeting'),
  );
  for (const q of quotes.slice(0, 3)) {
    addQuote(a, q);
  }
  // Without a quote from the meetings, a statement held elsewhere (a minister's post the day before): said as
  // what it is, with our paraphrase labelled and the verbatim words quoted.
  const statements =
    quotes.length > 0 ? [] : k.statements.filter((s) => s.country !== null && countries.includes(s.country));
  for (const s of statements.slice(0, 2)) addStatement(k, a, s);
  const who = joinNames(countries.map(shortCountry));
  a.blocks.push({
    type: 'note',
    text:
      quotes.length > 0
        ? `These are ${who}'s own words from the meetings; the sources hold no other statement of its reasons.`
        : statements.length > 0
          ? `Above is what ${who} said as recorded; the sources hold no other statement of its reasons.`
          : `The sources hold no statement of ${who}'s reasons, so I won't guess. Above is how it voted.`,
  });
  addCitations(
    k,
    a,
    quotes.slice(0, 3).map((q) => q.source),
  );
  return a;
}
