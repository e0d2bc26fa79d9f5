/**
 * "How did Brazil vote on ES-11/1 / in March 2022 / in 2014 / on the 2026 anniversary resolution?", "what was
 * the tally of ES-11/4?", "who voted against ES-11/1?": answered from the per-member records of the other
 * Assembly votes on Ukraine. A partial record is said to be partial; a member it does not name gets no position.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import type { HistoryVote } from '../../knowledge/model-v2.ts';
import type { Position } from '../../knowledge/schema.ts';
import { addCitations } from '../cite.ts';
import { CHANGED, WHO_ASKS } from '../cues.ts';
import { joinNames, shortCountry, statedTally } from '../describe.ts';
import { LIST_CUE, TALLY_CUE, VOTE_CUE } from '../lexicon.ts';
import { capital, cautionFor, memberLine, membersAsked } from './history-lines.ts';
import { historyName, historyVotesNamed, missingLists, tallyLine } from './history-votes.ts';
import type { Intent, Reading } from './intent.ts';
import { ACROSS, acrossNamedVotes } from './member-record-cues.ts';

const PICTURE = /\b(map|maps|picture|image|chart|graph|draw|plot|visuali[sz]e)\b/;
/** Names a vote by symbol rather than by a year or date that might mean other things. */
const BY_SYMBOL = /\bes[- ]?11[/ -]?[1-6]\b|\b68[/ ]262\b/;
/** "How did the 2026 vote go?", "what was the outcome": the result, with its tally. */
const OUTCOME = /\b(go|went|result|results|outcome|pass|passed|adopted|turn out|turned out)\b/;
const HOW = /\bhow did\b|\bhow was\b|\bwhat was\b.*\b(vote|position|stance)\b/;

/** Sources to cite for a record: the first three it lists. */
const sourcesOf = (v: HistoryVote): string[] => v.sources.slice(0, 3);

function memberAnswer(k: Knowledge, countries: string[], votes: HistoryVote[]): Answer {
  const a = emptyAnswer('answer', 'history_vote', '');
  for (const country of countries) {
    const items: string[] = [];
    for (const v of votes) {
      const line = memberLine(v, country);
      items.push(line.text);
      if (line.stated) a.positions.push(line.stated);
      const caution = cautionFor(v, country);
      if (caution) items.push(`Source note: ${caution}`);
      addCitations(k, a, sourcesOf(v));
    }
    a.blocks.push(
      countries.length > 1
        ? { type: 'fields', fields: [{ label: country, value: items.join('\n') }] }
        : { type: 'bullets', items },
    );
  }
  const first = a.blocks[0];
  if (countries.length === 1 && votes.length === 1 && first?.type === 'bullets') {
    // One member, one vote: the sentence is the answer; a source's caution stays below it.
    a.summary = first.items[0] ?? '';
    a.blocks = first.items
      .slice(1)
      .map((text) => ({ type: 'note', text: text.replace(/^Source note: /, 'The source notes: ') }));
  } else
    a.summary = `How ${joinNames(countries.map(shortCountry))} voted on other Assembly votes on Ukraine, as far as the records go:`;
  // The tallies stated are those of votes that place a member asked about: a member the record does not place
  // gets no vote facts, only what is and is not held.
  a.tallies = votes.filter((v) => countries.some((c) => v.positions.has(c))).map(statedTally);
  a.suggestions = [
    `How did ${shortCountry(countries[0] ?? 'France')} vote on ES-11/7?`,
    'Who changed their vote between 2022 and 2025?',
  ];
  a.confidence = 0.9;
  return a;
}

const LIST_LABEL: Record<Position, string> = {
  yes: 'In favour',
  no: 'Against',
  abstain: 'Abstained',
  absent: 'Did not vote',
};

function listAnswer(k: Knowledge, position: Position, votes: HistoryVote[]): Answer {
  const a = emptyAnswer('answer', 'history_list', '');
  for (const v of votes) {
    const names = [...v.positions].filter(([, p]) => p === position).map(([c]) => c);
    const label = `${LIST_LABEL[position]} on ${historyName(v)} (${tallyLine(v)})`;
    if (names.length === 0) a.blocks.push({ type: 'paragraph', text: `${label}: the list is not held.` });
    else {
      a.blocks.push({ type: 'countries', label, countries: names.sort() });
      if (!v.listComplete[position])
        a.blocks.push({
          type: 'note',
          text: `Partial list: ${names.length} of ${v.tally?.[position] ?? '?'} named in the sources held.`,
        });
      for (const c of names) a.positions.push({ vote: v.symbol, country: c, position });
    }
    a.tallies.push(statedTally(v));
    addCitations(k, a, sourcesOf(v));
  }
  a.summary = `${LIST_LABEL[position]}: ${votes.map(historyName).join('; ')}.`;
  a.confidence = 0.85;
  return a;
}

export function overviewAnswer(k: Knowledge, votes: HistoryVote[]): Answer {
  const a = emptyAnswer('answer', 'history_tally', '');
  for (const v of votes) {
    const missing = missingLists(v);
    const record = v.listsComplete
      ? 'Every member’s vote is on record.'
      : `The record is partial: ${missing.join('; ')}.`;
    a.blocks.push({
      type: 'fields',
      fields: [
        { label: capital(historyName(v)), value: `${capital(v.outcome)}: ${tallyLine(v)}. ${record}` },
      ],
    });
    a.tallies.push(statedTally(v));
    addCitations(k, a, sourcesOf(v));
  }
  const [only] = votes;
  a.summary =
    votes.length === 1 && only
      ? `${capital(historyName(only))}: ${tallyLine(only)}.`
      : 'The Assembly votes on Ukraine held for that time:';
  a.suggestions = ['Who voted against ES-11/1?', 'How did Brazil vote on ES-11/1?'];
  a.confidence = 0.85;
  return a;
}

/** "The seven no votes", "the 35 abstainers": a number of members in a position. */
const THE_N =
  /\bthe (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:no|yes|against|in favou?r|abstentions?|abstainers|abstained|absent)\b/;
/** Asks for a number, not names: "how many no votes on 68/262". */
const COUNT_ASKED = /\bhow many\b|\bnumber of\b|\bcount\b|\btally\b|\btotals?\b|\bresult\b/;
/** Sets two votes side by side: "yes votes march 2022 vs feb 2025 - how big a drop?". */
const COMPARED =
  /\bvs\.?\b|\bversus\b|\bcompar\w*|\bdrop\b|\bdifferen\w*|\bmore\b|\bfewer\b|\bless\b|\bthan\b|\bfell\b|\brose\b/;

/**
 * A list of the members in one position: "who voted against ES-11/1", "the 7 no votes in Feb 2023", and a position
 * with a vote and nothing else asked ("no votes on 68/262?", "abstainers on ES-11/4?").
 */
function listAsked(r: Reading): boolean {
  if (r.p.positions.length !== 1) return false;
  if (WHO_ASKS.test(r.t) || THE_N.test(r.t)) return true;
  return membersAsked(r).length === 0 && ![COUNT_ASKED, COMPARED, HOW, OUTCOME].some((cue) => cue.test(r.t));
}

/** A later or earlier vote named by symbol, year or date, not only by its subject. */
const NAMED_OUTRIGHT = /\b(19|20)\d\d\b|\bes[- ]?11[/ -]?[1-6]\b|\b68[/ ]262\b/;

export const historyIntent: Intent = {
  id: 'history',
  ceiling: 83,
  match(r: Reading): number | null {
    const t = r.t;
    // A change, a picture, or one member across the years ("since 2014") is another intent's.
    if (PICTURE.test(t) || CHANGED.test(t) || (membersAsked(r).length > 0 && ACROSS.test(t))) return null;
    // "Israel in 2014 vs 2022 vs 2025", "was that different in 2022?": the member's record across them.
    if (acrossNamedVotes(r)) return null;
    const votes = historyVotesNamed(r.k, t);
    if (votes.length === 0) return null;
    // "Not the Human Rights Council one: how did Chile vote on ES-11/7": a day's vote by symbol outweighs a subject.
    if (r.p.votes.bySymbol && !NAMED_OUTRIGHT.test(t)) return null;
    // "Venezuela 2014", "serbia on the crimea resolution?": a member and a vote named are a question on its own.
    const terse = r.p.q.words.length <= 6;
    // "Who voted no on kicking Russia off the Human Rights Council": a list, whoever the question names as object.
    if (WHO_ASKS.test(t) && r.p.positions.length === 1) return 83;
    // "What did the US do on ES-11/6?", "where did India stand on it?": a member's vote, in other words.
    const did = /\b(do|did|doing) on\b|\bstand on\b|\bwhere did\b|^[a-z]+(?: [a-z]+)? on\b/.test(t);
    if (membersAsked(r).length > 0 && (VOTE_CUE.test(t) || HOW.test(t) || terse || did)) return 82;
    if (r.p.positions.length === 1 && LIST_CUE.test(t)) return 80;
    // "The 7 no votes in Feb 2023?", "abstainers on ES-11/4?": the members in a position, as a list.
    if (listAsked(r)) return 83;
    // "What's the symbol of the 2026 resolution?": the vote as the record names it, its symbol confirmed or not.
    // "Which 2022 resolution suspended Russia from the HRC?": the vote identified.
    if (
      /\b(?:symbol|document number|called|title|titled|named)\b|\b(?:which|what) (?:(?:19|20)\d\d )?(?:resolution|text)\b/.test(
        t,
      )
    )
      return 78;
    // "What was the vote on suspending Russia from the HRC?": the vote itself, asked with no member named.
    if (TALLY_CUE.test(t) || OUTCOME.test(t) || HOW.test(t)) return 78;
    if (BY_SYMBOL.test(t)) return 72;
    return null;
  },
  answer(r: Reading): Answer {
    const votes = historyVotesNamed(r.k, r.t);
    const members = membersAsked(r);
    const list = listAsked(r);
    if (members.length > 0 && !list) return memberAnswer(r.k, members, votes);
    const [position] = r.p.positions;
    if (position && r.p.positions.length === 1 && (list || LIST_CUE.test(r.t)))
      return listAnswer(r.k, position, votes);
    return overviewAnswer(r.k, votes);
  },
};
