/** "What did the French ambassador say?", "who said 'capitulation'?": verbatim words with their speakers. */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import type { Statement } from '../../knowledge/schema-v2.ts';
import { quoteAnswer } from '../answers/quote.ts';
import { ROLE, WHO_SAID } from '../cues.ts';
import { STOPWORDS } from '../lexicon.ts';
import { foldText } from '../normalize.ts';
import { speakingCountries } from '../readings.ts';
import { facets } from './facets.ts';
import type { Intent, Reading } from './intent.ts';
import { addStatement, speakerOf } from './statement-blocks.ts';

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

/** A word's stem for matching words as said in other forms ("negotiating" and "negotiation", "conflicts"). */
const stem = (w: string): string => w.slice(0, 5);
const ASKING = /^(?:said|say|says|saying|quote|quoted|words|line|phrase|wrote|where)$/;

/**
 * "Who said the negotiating table is where conflicts end?": the statement whose paraphrase or quoted words hold
 * most of the question's words, in any form (stems), when no quote does: at least 60% of three or more words.
 */
function statementByWords(k: Knowledge, topic: string): Statement | null {
  const words = topic.split(' ').filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !ASKING.test(w));
  if (words.length < 3) return null;
  let best: { s: Statement; hits: number } | null = null;
  for (const s of k.statements) {
    const said = foldText([s.paraphrase.text, ...s.fragments.map((f) => f.text)].join(' ')).split(' ');
    const stems = new Set(said.map(stem));
    const hits = words.filter((w) => stems.has(stem(w))).length;
    if (!best || hits > best.hits) best = { s, hits };
  }
  return best && best.hits / words.length >= 0.6 ? best.s : null;
}

function answer({ k, p, t }: Reading): Answer {
  const topic = t.replace(WHO_SAID, '');
  const quoted = quoteAnswer(k, {
    people: p.people,
    // "Who said …" is answered from the words quoted, not from countries the words happen to name.
    countries: WHO_SAID.test(t) && p.people.speakers.length === 0 ? [] : speakingCountries(p),
    officialOnly: ROLE.test(t),
    body: p.votes.body,
    topic,
    byWords: WHO_SAID.test(t),
  });
  const statement = quoted.kind === 'no_answer' && WHO_SAID.test(t) ? statementByWords(k, topic) : null;
  if (!statement) return quoted;
  const a = emptyAnswer(
    'answer',
    'quote',
    `No quote holds those exact words; they are nearest to what ${speakerOf(statement)} said (the paraphrase is ours, the quotes are verbatim):`,
  );
  addStatement(k, a, statement);
  a.confidence = 0.7;
  return a;
}

export const quoteIntent: Intent = {
  id: 'quote',
  ceiling: 80,
  match: (r) => (asksForWords(r) ? 80 : null),
  answer,
};
