import { type Answer, POSITION_LABEL, type StatedTally } from '../answer.ts';
import type { Knowledge, Vote } from '../knowledge/model.ts';
import type { Position, Quote } from '../knowledge/schema.ts';
import { longDate } from './dates.ts';

/** Adds a verbatim quote to an answer: the block readers see and the structured quote it states. */
export function addQuote(a: Answer, q: Quote): void {
  const forum = `${q.body}, ${q.date}`;
  a.blocks.push({ type: 'quote', text: q.text, speaker: q.speaker, role: q.role, forum, sourceId: q.source });
  a.quotes.push({ id: q.id, speaker: q.speaker, role: q.role, text: q.text, source: q.source, forum });
}

/** How each vote is called in prose, beside its symbol. */
const SHORT: Record<string, string> = {
  ga_es11_7: 'the Ukraine/European text in the General Assembly',
  ga_es11_8: 'the US text “The path to peace” as amended, in the General Assembly',
  sc_2774: 'the US text in the Security Council',
  sc_procedural_postpone: 'the motion to postpone the Security Council vote',
};

export function voteName(v: Vote): string {
  if (v.kind === 'amendment')
    return `the ${v.body === 'SC' ? 'Security Council' : 'General Assembly'} amendment by ${shortSponsor(v.sponsor)} (“${v.content ?? v.title}”)`;
  const short = SHORT[v.id];
  // A later vote whose symbol no source confirms is named by its date, never by its internal id.
  if ('symbolConfirmed' in v && v.symbolConfirmed === false)
    return `the Assembly resolution of ${longDate(v.date)}, “${v.title}”`;
  return v.kind === 'motion' ? (short ?? v.title) : `${v.symbol}, ${short ?? v.title}`;
}

export const shortSponsor = (sponsor: string): string => {
  const s = sponsor.split(' (')[0] ?? sponsor;
  return s === 'Russian Federation' ? 'Russia' : s === 'E5' ? 'the five European Council members' : s;
};

export const positionWord = (p: Position): string => POSITION_LABEL[p];

/** The verb before a vote's name: "France voted in favour of …", "Ukraine abstained on …". */
export const VOTED_ON: Record<Position, string> = {
  yes: 'voted in favour of',
  no: 'voted against',
  abstain: 'abstained on',
  absent: 'did not vote on',
};

function tallyNumbers(v: Vote): string | null {
  const t = v.tally;
  if (!t || t.yes === null) return null;
  const parts = [`${t.yes} in favour`];
  if (t.no !== null) parts.push(`${t.no} against`);
  if (t.abstain !== null) parts.push(`${t.abstain} abstentions`);
  if (t.absent !== null && t.absent > 0) parts.push(`${t.absent} did not vote`);
  return parts.join(', ');
}

export function tallyShort(v: Vote): string | null {
  const t = v.tally;
  if (!t || t.yes === null || t.no === null || t.abstain === null) return null;
  return `${t.yes}-${t.no}-${t.abstain}`;
}

export function outcomeSentence(v: Vote): string {
  const numbers = tallyNumbers(v);
  const outcome = v.outcome.replace(/\s*\(.*\)$/, '');
  return numbers ? `${outcome}: ${numbers}` : `${outcome} (tally not found in the sources)`;
}

export const statedTally = (v: Vote): StatedTally => ({
  vote: v.symbol,
  yes: v.tally?.yes ?? null,
  no: v.tally?.no ?? null,
  abstain: v.tally?.abstain ?? null,
  absent: v.tally?.absent ?? null,
});

export const mainVotes = (k: Knowledge): Vote[] =>
  ['ga_es11_7', 'ga_es11_8', 'sc_2774']
    .map((id) => k.voteById.get(id))
    .filter((v): v is Vote => v !== undefined);

/** "Denmark, France and Greece". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Running-text names for members whose UN name reads badly in a sentence. */
const SHORT_NAMES: Record<string, string> = {
  'United States of America': 'the United States',
  'United Kingdom of Great Britain and Northern Ireland': 'the United Kingdom',
  'Russian Federation': 'Russia',
  "Democratic People's Republic of Korea": 'North Korea (DPRK)',
  'Republic of Korea': 'South Korea (Republic of Korea)',
  'Iran (Islamic Republic of)': 'Iran',
  'Netherlands (Kingdom of the)': 'the Netherlands',
  'Venezuela (Bolivarian Republic of)': 'Venezuela',
  'Bolivia (Plurinational State of)': 'Bolivia',
  'Micronesia (Federated States of)': 'Micronesia',
  'Syrian Arab Republic': 'Syria',
  'Republic of Moldova': 'Moldova',
  'United Republic of Tanzania': 'Tanzania',
  "Lao People's Democratic Republic": 'Laos',
  // Names that take "the" in a sentence.
  Bahamas: 'the Bahamas',
  'Central African Republic': 'the Central African Republic',
  Comoros: 'the Comoros',
  'Democratic Republic of the Congo': 'the Democratic Republic of the Congo',
  'Dominican Republic': 'the Dominican Republic',
  Gambia: 'the Gambia',
  Maldives: 'the Maldives',
  'Marshall Islands': 'the Marshall Islands',
  Philippines: 'the Philippines',
  Seychelles: 'the Seychelles',
  'United Arab Emirates': 'the United Arab Emirates',
};

/** The name used in running text: "the United States" reads better than the UN form in a sentence. */
export function shortCountry(name: string): string {
  return SHORT_NAMES[name] ?? name;
}
