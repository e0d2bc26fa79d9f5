import type { Knowledge } from '../knowledge/model.ts';
import type { NonMember, Position } from '../knowledge/schema.ts';
import { boundedDamerau, type CountryMatch, CountryMatcher } from './countries.ts';
import { findGroup, type Group } from './groups.ts';
import { POSITION_CUES } from './lexicon.ts';
import type { NormalizedQuestion } from './normalize.ts';
import { PeopleMatcher, type PersonMatch } from './people.ts';
import { findVotes, type VoteRefs } from './votes.ts';

/** Everything the router found in a question. */
export interface Parsed {
  q: NormalizedQuestion;
  votes: VoteRefs;
  people: PersonMatch;
  /** Members named unambiguously, in order, without repeats. */
  countries: string[];
  /** Typed words that fit several members ("korea"). */
  ambiguous: CountryMatch[];
  nonMembers: NonMember[];
  /** Typos the router corrected: "frnace" read as France. */
  readAs: { phrase: string; name: string }[];
  group: Group | null;
  positions: Position[];
}

export interface Matchers {
  countries: CountryMatcher;
  people: PeopleMatcher;
}

export const createMatchers = (k: Knowledge): Matchers => ({
  countries: new CountryMatcher(k),
  people: new PeopleMatcher(k),
});

function wordIndexesIn(words: string[], start: number, end: number): number[] {
  const out: number[] = [];
  let pos = 0;
  words.forEach((w, i) => {
    if (pos < end && pos + w.length > start) out.push(i);
    pos += w.length + 1;
  });
  return out;
}

/** Words that steer vote detection; a typo of one ("ukrane resolution") is read as the word. */
const KEYWORDS = [
  'ukraine',
  'ukraines',
  'ukrainian',
  'resolution',
  'resolutions',
  'amendment',
  'amendments',
  'amended',
  'security',
  'council',
  'general',
  'assembly',
  'abstained',
  'abstain',
  'against',
  'favour',
  'binding',
  'tally',
];

function correctKeywords(words: string[], isNameWord: (w: string) => boolean): string[] {
  return words.map((w) => {
    if (w.length < 5 || KEYWORDS.includes(w) || /[^a-z]/.test(w) || isNameWord(w)) return w;
    const budget = w.length <= 8 ? 1 : 2;
    const hit = KEYWORDS.find((kw) => boundedDamerau(w, kw, budget) <= budget);
    return hit ?? w;
  });
}

export function understand(k: Knowledge, m: Matchers, raw: NormalizedQuestion): Parsed {
  const words = correctKeywords(raw.words, (w) => m.countries.isNameWord(w));
  const q = words === raw.words ? raw : { ...raw, words, text: words.join(' ') };
  const votes = findVotes(q.text);
  const people = m.people.find(q.words);
  const masked = new Set([...votes.masked, ...people.masked]);
  let matches = m.countries.find(q.words, q.display, masked);
  const g = findGroup(k, q.text);
  let group: Group | null = null;
  if (g) {
    const span = new Set(wordIndexesIn(q.words, g.start, g.end));
    const containing = matches.find(
      (c) => [...span].every((i) => i >= c.start && i < c.end) && (c.end - c.start > span.size || !c.fuzzy),
    );
    if (!containing) {
      group = g.group;
      matches = matches.filter(
        (c) => ![...Array(c.end - c.start).keys()].every((j) => span.has(c.start + j)),
      );
    }
  }
  const countries: string[] = [];
  const ambiguous: CountryMatch[] = [];
  const nonMembers: NonMember[] = [];
  for (const c of matches) {
    if (c.nonMember) nonMembers.push(c.nonMember);
    else if (c.names.length > 1) ambiguous.push(c);
    else if (!countries.includes(c.names[0]!)) countries.push(c.names[0]!);
  }
  const positions = POSITION_CUES.filter(([re]) => re.test(q.text)).map(([, p]) => p);
  return {
    q,
    votes,
    people,
    countries,
    ambiguous,
    nonMembers,
    readAs: matches
      .filter((c) => c.fuzzy && c.names.length === 1)
      .map((c) => ({ phrase: c.phrase, name: c.names[0]! })),
    group,
    positions,
  };
}
