/**
 * "What did India say?", "why did Panama abstain?", "what did China say in the Council?": the statements of 24
 * February 2025 (knowledge/statements.json) with speaker, role, meeting and timing, the paraphrase labelled as one
 * and the verbatim fragments cited. Where no statement is held, it says so and gives the recorded votes, never a
 * reason.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import { addCitations, primarySources } from '../cite.ts';
import { AMENDMENT_SAYS, WHO_SAID, WHY } from '../cues.ts';
import { addQuote, joinNames, mainVotes, shortCountry, VOTED_ON, voteName } from '../describe.ts';
import { foldText } from '../normalize.ts';
import { facets } from './facets.ts';
import { capital, disputeFor } from './history-lines.ts';
import type { Intent, Reading } from './intent.ts';
import { addStatement, speakerOf } from './statement-blocks.ts';
import { selectStatements, speakersNamed, subjectCountries } from './statement-select.ts';
import { paragraphAsked } from './text-search.ts';

const EXPLAIN = /\bexplain(ed|s)?\b|\bexplanations?\b|\bjustif(y|ied|ication)\b|\bspoke\b|\bspeak\b/;
/** Why-words beyond the router's WHY: "India's reasoning", "the rationale". */
const WHY_MORE =
  /\breasoning\b|\brationale\b|\bmotives?\b|\barguments?\b|\bargued\b|\bdefend(ed|s|ing)?\b|\bcase for\b|\bposition was\b/;
/** A claim to check ("article_a says…"), or a why about a topic of its own (the veto, the postponement). */
/** A text as the subject of its own verb: "does ES-11/7 demand", "does 2774 call for". */
const TEXT_SPEAKS =
  /\b(?:does|did) (?:the )?(?:es[- ]?11[/ -]?\d|2774|resolution \d+|(?:ukrainian |ukraine |us |american )?(?:resolution|text|draft)) (?:demand|call|say|mention|urge|condemn|recogni[sz]e|reaffirm|refer)\w*\b/;
const NOT_A_STATEMENT =
  /\b(everyone|everybody|people|someone|somebody|many|media|the press|my teacher|my editor|my colleague) (says?|said|claims?|tells?|told)\b|\b(article|articles|article a|article b|report|reports|claim|claims|headline)\b|\bveto\w*\b|\bpostpon\w*|\bdelay\w*|\bbinding\b|\bis that (true|right|correct)\b/;
/** A why about a vote: "why did X abstain / vote against / support it". */
const WHY_VOTE = /\b(vote[ds]?|voting|abst\w*|support\w*|oppos\w*|back(ed)?|against|favou?r)\b/;

/**
 * The day's votes a question is about: those it names, else those where the member took the position it names
 * ("why did Greece abstain": 2774 only), else all three.
 */
function votesAsked(r: Reading, country: string) {
  const all = mainVotes(r.k);
  if (r.p.votes.ids.length > 0) return all.filter((v) => r.p.votes.ids.includes(v.id));
  const [position] = r.p.positions;
  const body = r.p.votes.body;
  const inBody = all.filter((v) => !body || v.body === body);
  if (r.p.positions.length === 1 && position) {
    const taken = inBody.filter((v) => v.positions.get(country) === position);
    if (taken.length > 0) return taken;
  }
  return inBody;
}

/** The recorded positions of a member on the votes asked about, as bullets and stated positions. */
function addVotes(r: Reading, a: Answer, country: string): void {
  const k = r.k;
  const items: string[] = [];
  const notes: string[] = [];
  for (const v of votesAsked(r, country)) {
    const position = v.positions.get(country);
    if (!position) continue;
    items.push(`${capital(shortCountry(country))} ${VOTED_ON[position]} ${voteName(v)}.`);
    a.positions.push({ vote: v.symbol, country, position });
    addCitations(k, a, primarySources(v.sources));
    const dispute = disputeFor(k, v, country);
    if (dispute) {
      notes.push(dispute.text);
      addCitations(k, a, dispute.sources);
    }
  }
  if (items.length > 0) a.blocks.push({ type: 'bullets', items });
  for (const text of notes) a.blocks.push({ type: 'note', text });
}

/** Letters and digits only: the same words with other quotation marks or capitals compare equal. */
/** Quote texts come from the knowledge, so there are few of them: each is stripped once (bounded all the same). */
const bareTexts = new Map<string, string>();
const bare = (s: string): string => {
  let out = bareTexts.get(s);
  if (out === undefined) {
    out = s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (bareTexts.size >= 20_000) bareTexts.clear();
    bareTexts.set(s, out);
  }
  return out;
};

/**
 * The quotes of the same speakers from the checked quote base (knowledge/quotes.json) that the statements do not
 * already carry: "what did Nebenzia say" keeps every verbatim line the base holds from him.
 */
function addCheckedQuotes(r: Reading, a: Answer, speakers: string[]): void {
  const held = a.quotes.map((q) => bare(q.text));
  for (const q of r.k.quotes) {
    if (!speakers.includes(q.speaker)) continue;
    const text = bare(q.text);
    if (held.some((h) => h.includes(text) || text.includes(h))) continue;
    addQuote(a, q);
    addCitations(r.k, a, [q.source]);
    held.push(text);
  }
}

function noStatement(r: Reading, countries: string[]): Answer {
  const who = joinNames(countries.map(shortCountry));
  const a = emptyAnswer('answer', 'statement', `No statement by ${who} about these votes is held.`);
  a.blocks.push({
    type: 'paragraph',
    text: `The sources held give no statement or reason from ${who}; here is how it voted, without a reason.`,
  });
  for (const c of countries) addVotes(r, a, c);
  a.suggestions = ['What did China say in the Council?', 'Why did Panama abstain?'];
  a.confidence = 0.8;
  return a;
}

function match(r: Reading): number | null {
  const t = r.t;
  // "Guyana's reasoning on 2774": a reasoning word is a why on its own.
  const why = (WHY.test(t) && WHY_VOTE.test(t)) || WHY_MORE.test(t);
  // facets' quote cue leaves out "say that Ukraine voted yes": a claim, not a request for words.
  if (!(facets(r).quoteCue || why || EXPLAIN.test(t)) || WHO_SAID.test(t) || NOT_A_STATEMENT.test(t))
    return null;
  if (AMENDMENT_SAYS.test(t) && r.p.votes.amendment) return null;
  // "In the US text does OP1 say …": a paragraph named asks for a text, not for a delegation's words.
  if (paragraphAsked(t)) return null;
  // "Does ES-11/7 demand that Russia withdraw? quote the words": the text is what speaks.
  if (TEXT_SPEAKS.test(t)) return null;
  // "Did any US lawmakers criticise the vote?": a topic's own subject, not the delegation's statement.
  if (facets(r).strong && !r.p.people.unquoted) return null;
  const speakers = speakersNamed(r);
  const countries = subjectCountries(r);
  if (speakers.length === 0 && countries.length === 0) return null;
  const held = selectStatements(r, speakers, countries).statements.length > 0;
  if (held) return 84;
  const members = countries.filter((c) => r.k.memberByName.has(c));
  if (members.length === 0) return null;
  // Nothing quoted from them either: the plain "no statement is held" with their votes beats "no quote held".
  return r.k.quotes.some((q) => members.includes(q.country)) ? 76 : 81;
}

function answer(r: Reading): Answer {
  const speakers = speakersNamed(r);
  const countries = subjectCountries(r);
  const { statements, otherBody } = selectStatements(r, speakers, countries);
  if (statements.length === 0)
    return noStatement(
      r,
      countries.filter((c) => r.k.memberByName.has(c)),
    );
  const names = [...new Set(statements.map(speakerOf))];
  const a = emptyAnswer(
    'answer',
    'statement',
    `What ${joinNames(names)} said (statements of 24 February 2025):`,
  );
  if (otherBody)
    a.blocks.push({
      type: 'note',
      text: 'No statement is held from that body; here is what is held from elsewhere.',
    });
  // "Give me Nebenzia's 'clinging to power' quote": words a check could not find are said to be unverified, first.
  const dropped = statements.flatMap((s) =>
    s.dropped.filter((d) => asksFor(r.t, d.text)).map((d) => ({ s, d })),
  );
  for (const { s, d } of dropped)
    a.blocks.push({
      type: 'paragraph',
      text: `The English wording you ask about, attributed to ${speakerOf(s)}, is not verified: it ${d.note}, so Plenary does not give it as a quote. What is held is below.`,
    });
  if (dropped.length > 0)
    a.summary = `Not verified: that wording of ${joinNames(names)} is not held as a quote.`;
  for (const s of statements) addStatement(r.k, a, s);
  addCheckedQuotes(r, a, names);
  // "Why did Denmark abstain on 2774?": a statement that explains another vote is no reason for this one.
  const [member] = statements
    .map((s) => s.country)
    .filter((c): c is string => c !== null && r.k.memberByName.has(c));
  if (WHY.test(r.t) && member) {
    const asked = votesAsked(r, member);
    if (!statements.some((s) => s.votesExplained.some((id) => asked.some((v) => v.id === id))))
      a.summary = `No statement explaining ${shortCountry(member)}’s vote on ${joinNames(asked.map((v) => v.symbol))} is held; what ${joinNames(names)} said that day:`;
  }
  const members = [...new Set(statements.map((s) => s.country))].filter(
    (c): c is string => c !== null && r.k.memberByName.has(c),
  );
  for (const c of members) addVotes(r, a, c);
  if (WHY.test(r.t))
    a.blocks.push({
      type: 'note',
      text: 'The reasons are as stated by the speaker; nothing beyond the statement is inferred.',
    });
  a.suggestions = ['What did Brazil say?', 'What does ES-11/7 say about territorial integrity?'];
  a.confidence = 0.9;
  return a;
}

/** Three words in a row of a dropped fragment are in the question: it asks for those words. */
function asksFor(t: string, text: string): boolean {
  const words = foldText(text).split(' ').filter(Boolean);
  for (let i = 0; i + 3 <= words.length; i++)
    if (` ${t} `.includes(` ${words.slice(i, i + 3).join(' ')} `)) return true;
  return false;
}

export const statementIntent: Intent = { id: 'statement', ceiling: 84, match, answer };
