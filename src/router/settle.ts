/**
 * Readings that change what a question is about before any intent is asked: a non-member asked about with
 * members only named after it, and "who sided with Ukraine" read as a position on Ukraine's text.
 */
import { FOR_UKRAINE, MOVED } from './cues.ts';
import { LIST_CUE } from './lexicon.ts';
import { namedAsObject } from './readings.ts';
import type { Parsed } from './understand.ts';

export function settle(p: Parsed): Parsed {
  const t = p.q.text;
  // "Did the Holy See support Ukraine?": the non-member is asked about, the members only named after it.
  if (p.nonMembers.length > 0 && p.countries.every((c) => namedAsObject(p, c))) p.countries = [];
  if (
    FOR_UKRAINE.test(t) &&
    p.countries.includes('Ukraine') &&
    (p.countries.length > 1 || LIST_CUE.test(t))
  ) {
    p.countries = p.countries.filter((c) => c !== 'Ukraine');
    // "Against Ukraine and then abstained on the US text": Ukraine's text is the first of the votes compared.
    if (p.votes.ids.length === 0) p.votes.ids = ['ga_es11_7'];
    else if (MOVED.test(t) && !p.votes.ids.includes('ga_es11_7')) p.votes.ids.unshift('ga_es11_7');
    // "Who sided with Ukraine?": for its text; "against Ukraine": against it.
    if (p.positions.length === 0)
      p.positions = [/\b(against|oppos\w*) (the )?(ukraine|kyiv)\b/.test(t) ? 'no' : 'yes'];
  }
  // "China on suspending Russia from the Human Rights Council": Russia is what was voted on, not who voted.
  if (
    p.countries.includes('Russian Federation') &&
    RUSSIA_VOTED_ON.test(t) &&
    (t.match(/\brussia\w*/g) ?? []).length === 1
  )
    p.countries = p.countries.filter((c) => c !== 'Russian Federation');
  return p;
}

/** Russia as the subject of a vote's text: suspended, expelled, condemned; its aggression, its annexations. */
const RUSSIA_VOTED_ON =
  /\b(?:suspend\w*|expel\w*|kick\w*|remov\w*|throw\w*|oust\w*|condemn\w*) (?:the )?russia\w*\b|\brussia\w* (?:from|out of|off) (?:the )?(?:human rights council|hrc)\b|\brussia\w* (?:aggression|annexation\w*|invasion|withdrawal)\b/;
