import { type Answer, type Block, emptyAnswer, type StatedPosition } from '../../answer.ts';
import type { Body, Knowledge, Vote } from '../../knowledge/model.ts';
import { cite, nameSources, primarySources } from '../cite.ts';
import {
  joinNames,
  mainVotes,
  positionWord,
  shortCountry,
  tallyShort,
  VOTED_ON,
  voteName,
} from '../describe.ts';

/** Notes for positions a report disputes, or that people commonly get wrong. */
function disputeNotes(k: Knowledge, vote: Vote, country: string): { text: string; sources: string[] }[] {
  const notes = k.disputed.positions
    .filter((d) => d.vote === vote.symbol && d.country === country)
    .map((d) => ({
      text: `The UN record shows ${shortCountry(country)} ${positionWord(d.record)} on ${vote.symbol}; a report differs: ${nameSources(k, d.other)}.`,
      sources: d.sources,
    }));
  if (vote.id === 'ga_es11_7' && country === 'Iran (Islamic Republic of)') {
    const f16 = k.facts.find((f) => f.id === 'f16');
    if (f16) notes.push({ text: f16.statement, sources: f16.sources });
  }
  return notes;
}

/** Votes of the day where the country's position is on record: the three main votes, then amendments and the motion. */
function votesFor(k: Knowledge, country: string, only: string[] | null, body: Body | null = null): Vote[] {
  if (only && only.length > 0)
    return only.map((id) => k.voteById.get(id)).filter((v): v is Vote => v !== undefined);
  const extra = k.votes.filter((v) => !mainVotes(k).includes(v) && v.positions.has(country));
  return [...mainVotes(k), ...extra].filter((v) => !body || v.body === body);
}

const HEAD: Record<StatedPosition['position'], string> = {
  yes: 'In favour',
  no: 'Against',
  abstain: 'Abstained',
  absent: 'Did not vote',
};

function line(vote: Vote, country: string): { text: string; stated: StatedPosition | null } {
  const position = vote.positions.get(country);
  const t = tallyShort(vote);
  const result = t ? ` (${vote.adopted ? 'adopted' : 'not adopted'} ${t})` : '';
  if (position)
    return {
      text: `${HEAD[position]}: ${voteName(vote)}${result}`,
      stated: { vote: vote.symbol, country, position },
    };
  if (vote.body === 'SC' && vote.kind !== 'amendment' && !vote.listsComplete)
    return {
      text: `Not on record: ${voteName(vote)} (only partial lists exist for this vote)`,
      stated: null,
    };
  if (vote.body === 'SC')
    return { text: `No vote: ${voteName(vote)} (not a Council member in 2025)`, stated: null };
  return { text: `Not on record: ${voteName(vote)}`, stated: null };
}

/** How one or more countries voted on the given votes (all of the day's when none are named). */
export function countryAnswer(
  k: Knowledge,
  countries: string[],
  only: string[] | null,
  note?: string,
  body: Body | null = null,
): Answer {
  const a = emptyAnswer('answer', countries.length > 1 ? 'compare_countries' : 'country_vote', '');
  const sources: string[][] = [];
  const blocks: Block[] = [];
  for (const country of countries) {
    const votes = votesFor(k, country, only, body);
    const items: string[] = [];
    for (const vote of votes) {
      const { text, stated } = line(vote, country);
      items.push(text);
      if (stated) {
        a.positions.push(stated);
        sources.push(primarySources(vote.sources));
        for (const n of disputeNotes(k, vote, country)) {
          blocks.push({ type: 'note', text: n.text });
          sources.push(n.sources);
        }
      }
    }
    if (countries.length > 1)
      blocks.unshift({ type: 'fields', fields: [{ label: country, value: items.join('\n') }] });
    else blocks.unshift({ type: 'bullets', items });
  }
  if (countries.length > 1) {
    const fields = blocks.filter((b) => b.type === 'fields').reverse();
    const notes = blocks.filter((b) => b.type !== 'fields');
    blocks.splice(0, blocks.length, ...fields, ...notes);
  }
  if (a.positions.length === 0)
    for (const id of only ?? []) sources.push(primarySources(k.voteById.get(id)?.sources ?? []));
  a.summary = summaryOf(k, countries, a.positions, only, body);
  if (note) blocks.unshift({ type: 'note', text: note });
  a.blocks = blocks;
  a.citations = cite(k, ...sources);
  a.suggestions = suggestionsFor(countries);
  a.confidence = a.positions.length > 0 ? 0.9 : 0.6;
  return a;
}

function summaryOf(
  k: Knowledge,
  countries: string[],
  stated: StatedPosition[],
  only: string[] | null,
  body: Body | null,
): string {
  if (stated.length === 0) {
    const sc =
      (only !== null && only.length > 0 && only.every((id) => k.voteById.get(id)?.body === 'SC')) ||
      ((only === null || only.length === 0) && body === 'SC');
    const outside = countries.filter((c) => !k.councilMembers.includes(c));
    if (sc && outside.length === countries.length)
      return `${capital(joinNames(outside.map(shortCountry)))} ${outside.length > 1 ? 'were not members' : 'was not a member'} of the Security Council in 2025, so ${outside.length > 1 ? 'they' : 'it'} had no vote there.`;
    return `I have no recorded vote for ${joinNames(countries.map(shortCountry))} on that.`;
  }
  if (countries.length === 1 && stated.length === 1 && only) {
    const s = stated[0]!;
    const vote = k.votes.find((v) => v.symbol === s.vote)!;
    return `${capital(shortCountry(s.country))} ${VOTED_ON[s.position]} ${voteName(vote)}.`;
  }
  if (countries.length === 1)
    return `How ${shortCountry(countries[0]!)} voted at the UN on 24 February 2025:`;
  return `How ${joinNames(countries.map(shortCountry))} voted on 24 February 2025${sameOrNot(stated)}:`;
}

/** ": the same way on every vote", ": differently on A/RES/ES-11/7": the comparison asked for, said first. */
function sameOrNot(stated: StatedPosition[]): string {
  const byVote = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const s of stated) {
    byVote.set(s.vote, (byVote.get(s.vote) ?? new Set()).add(s.position));
    counts.set(s.vote, (counts.get(s.vote) ?? 0) + 1);
  }
  const shared = [...byVote.keys()].filter((v) => (counts.get(v) ?? 0) > 1);
  if (shared.length === 0) return '';
  const differ = shared.filter((v) => byVote.get(v)!.size > 1);
  if (differ.length === 0)
    return `: the same way on ${shared.length > 1 ? 'every vote they shared' : shared[0]}`;
  return `: differently on ${joinNames(differ)}${differ.length < shared.length ? `, the same way on ${joinNames(shared.filter((v) => !differ.includes(v)))}` : ''}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function suggestionsFor(countries: string[]): string[] {
  const first = shortCountry(countries[0] ?? 'France');
  return [
    `Who else voted like ${first}?`,
    'What was the tally on ES-11/7?',
    `What did ${first}'s representative say?`,
  ].slice(0, 2);
}
