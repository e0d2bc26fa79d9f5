import type { Knowledge } from '../knowledge/model.ts';
import type { NonMember, Position } from '../knowledge/schema.ts';
import type { Counted } from './counted-set.ts';
import { boundedDamerau, type CountryMatch, CountryMatcher } from './countries.ts';
import { UNLISTED_GROUP } from './cues.ts';
import { findGroup, type Group } from './groups.ts';
import { POSITION_CUES, VOCABULARY } from './lexicon.ts';
import { foldText, type NormalizedQuestion } from './normalize.ts';
import { PeopleMatcher, type PersonMatch } from './people.ts';
import { findVotes, settleOwnDraft, type VoteRefs } from './votes.ts';

/** Everything the router found in a question. */
export interface Parsed {
  q: NormalizedQuestion;
  votes: VoteRefs;
  people: PersonMatch;
  /** Members named unambiguously, in order, without repeats. */
  countries: string[];
  /** The word index where each of `countries` is first named. */
  countryAt: Map<string, number>;
  /** Typed words that fit several members ("korea"). */
  ambiguous: CountryMatch[];
  nonMembers: NonMember[];
  /** Typos the router corrected: "frnace" read as France. */
  readAs: { phrase: string; name: string }[];
  /** Parts of a member named as if they voted: "scotland" answered as the United Kingdom. */
  partsOf: { phrase: string; name: string }[];
  group: Group | null;
  positions: Position[];
  /**
   * The members the answer to this question listed, set once it is answered in a conversation: "how did those
   * countries vote on ES-11/8?" asked next is about them (see listed-set.ts).
   */
  listed?: string[];
  /** The counts the answer to this question gave, by vote and position: "who were the 5?" (counted-set.ts). */
  counted?: Counted[];
  /** The members named in the conversation up to this question, the latest last: "and both of them?". */
  mentioned?: string[];
}

/** Aliases that name a part of a member, not the member: the answer gives the member's record and says so. */
const PARTS_OF_MEMBERS = new Set(['england', 'scotland', 'wales', 'northern ireland']);

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

/** The words of a member's name that tell it apart ("Republic of Korea": republic, korea). */
const nameWords = (name: string): string[] =>
  foldText(name)
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2 && w !== 'the' && w !== 'and');

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
  // Words of group names, so "arab leauge" finds the Arab League.
  'league',
  'commonwealth',
];

function correctKeywords(words: string[], isNameWord: (w: string) => boolean): string[] {
  return words.map((w) => {
    // Words of their own are no typos of a keyword ("unamended" is not "amended").
    if (w.length < 5 || KEYWORDS.includes(w) || /[^a-z]/.test(w) || isNameWord(w) || VOCABULARY.has(w))
      return w;
    const budget = w.length <= 8 ? 1 : 2;
    const hit = KEYWORDS.find((kw) => boundedDamerau(w, kw, budget) <= budget);
    return hit ?? w;
  });
}

/** Draft symbols as typed: "A/ES-11/L.15", "L.10", "S/2025/112" (group 1 the Assembly number, 2 the Council's). */
const DRAFT_SYMBOL = /\b(?:a\/es-?11\/)?l\.?(\d{1,2})\b|\bs\/(20\d\d\/\d{1,4})\b/;

/** Any vote whose recorded draft symbol the question names (amendments included), verified or not. */
function addDraftSymbols(k: Knowledge, votes: VoteRefs, text: string): void {
  const re = new RegExp(DRAFT_SYMBOL.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const symbol = m[1] ? new RegExp(`/L\\.${m[1]}\\b`) : new RegExp(`^S/${m[2]}\\b`);
    for (const v of k.votes)
      if (v.draftSymbol && symbol.test(v.draftSymbol)) {
        votes.bySymbol = true;
        if (!votes.ids.includes(v.id)) votes.ids.push(v.id);
      }
  }
}

/** A result typed as numbers: "93-18-65", "10 to 0 to 5", "the 93 8 73 vote". */
const TYPED_TALLY = /\b(\d{1,3})(?:-| to | )(\d{1,3})(?:-| to | )(\d{1,3})\b/g;

/** "Which resolution was 93-18-65?": every vote whose recorded yes-no-abstain tally the question types. */
function addTypedTallies(k: Knowledge, votes: VoteRefs, text: string): void {
  TYPED_TALLY.lastIndex = 0;
  for (let m = TYPED_TALLY.exec(text); m !== null; m = TYPED_TALLY.exec(text)) {
    const [yes, no, abstain] = [m[1], m[2], m[3]].map(Number);
    for (const v of k.votes)
      if (v.tally && v.tally.yes === yes && v.tally.no === no && v.tally.abstain === abstain)
        if (!votes.ids.includes(v.id)) votes.ids.push(v.id);
  }
}

/** "Who didn't vote yes", "members that did not vote against": every position but the one negated. */
const NOT_YES =
  /\b(?:didn ?t|did not|didnt|not|never)(?: vote)? (?:yes|in favou?r)\b|\b(?:didn ?t|did not|didnt|not|never) (?:back|support|endorse)\b/;
const NOT_NO = /\b(?:didn ?t|did not|didnt|not|never)(?: vote)? (?:no|against)\b/;

/** The positions a question names, in the order it names them ("from against to abstain"). */
function positionsInOrder(text: string): Position[] {
  if (NOT_YES.test(text)) return ['no', 'abstain', 'absent'];
  if (NOT_NO.test(text)) return ['yes', 'abstain', 'absent'];
  return POSITION_CUES.map(([re, p]) => ({ p, at: re.exec(text)?.index ?? -1 }))
    .filter((x) => x.at >= 0)
    .sort((x, y) => x.at - y.at)
    .map((x) => x.p);
}

/** Words that make a question one about the UN: a capital named in it stands for its member. */
const UN_QUESTION =
  /\b(vot\w*|resolutions?|un|unga|unsc|ga|sc|assembly|council|say|said|says|position|stance|abstain\w*|against|favou?r|support\w*|back\w*|tally|statement|speech|delegat\w*|ambassador|envoy|mission|side|sided|draft|text|amendments?|veto\w*|yes|no)\b/;
const capitalSets = new WeakMap<Knowledge, Set<string>>();
/** The members' capitals, folded, as the country matcher reads them. */
function capitalsOf(k: Knowledge): Set<string> {
  let set = capitalSets.get(k);
  if (!set) {
    set = new Set(k.members.flatMap((c) => c.capitals.map(foldText)));
    capitalSets.set(k, set);
  }
  return set;
}

export function understand(k: Knowledge, m: Matchers, raw: NormalizedQuestion): Parsed {
  const words = correctKeywords(raw.words, (w) => m.countries.isNameWord(w));
  const q = words === raw.words ? raw : { ...raw, words, text: words.join(' ') };
  let votes = findVotes(q.text);
  const people = m.people.find(q.words);
  const masked = new Set([...votes.masked, ...people.masked]);
  let matches = m.countries.find(q.words, q.display, masked);
  // "Best pizza place in Kyiv?", "summarise the Minsk agreements": a city names its member only in a question
  // about votes or what was said at the UN.
  const aboutVotes = votes.ids.length > 0 || votes.body !== null || votes.otherSymbol !== null;
  if (!aboutVotes && !UN_QUESTION.test(q.text)) matches = matches.filter((c) => !capitalsOf(k).has(c.phrase));
  // "BRICS", "NATO": a group the fact base does not list is no typo of a country ("brics" is not "Brits").
  const unlisted = UNLISTED_GROUP.exec(q.text);
  if (unlisted) {
    const span = new Set(wordIndexesIn(q.words, unlisted.index, unlisted.index + unlisted[0].length));
    matches = matches.filter((c) => !(c.fuzzy && span.has(c.start)));
  }
  const g = findGroup(k, q.text);
  let group: Group | null = null;
  if (g) {
    const span = new Set(wordIndexesIn(q.words, g.start, g.end));
    // A member whose name holds the group's words ("South Africa") is the member; a non-member named as the group
    // ("the EU") is the group.
    const containing = matches.find(
      (c) =>
        !c.nonMember &&
        [...span].every((i) => i >= c.start && i < c.end) &&
        (c.end - c.start > span.size || !c.fuzzy),
    );
    // "The one the Europeans drafted": a group named inside a vote's name is part of that name.
    const inVoteName = [...span].every((i) => votes.masked.has(i));
    // "Odd for an EU country": a group that describes the member asked about, not the group asked about.
    // ("is Hungary an EU member state?" asks about the group).
    const before = q.text.slice(0, g.start);
    const describes =
      /\b(?:an?|another|one|fellow)\s*$/.test(before) &&
      !/\b(?:is|was|are|were|be|being|become|became|join\w*)\b(?:\s+\S+){0,4}\s+an?\s*$/.test(before) &&
      /^(?:[- ])?(?:country|member|member state|state|nation|government)\b/.test(
        q.text.slice(g.end).trimStart(),
      );
    if (describes) matches = matches.filter((c) => !(c.nonMember && span.has(c.start)));
    if (!containing && !inVoteName && !describes) {
      group = g.group;
      // "The members that moved to postpone the Council vote": words that name the group name no vote.
      if ([...span].some((i) => votes.masked.has(i)))
        votes = findVotes(q.text.slice(0, g.start) + ' '.repeat(g.end - g.start) + q.text.slice(g.end));
      const words = (c: CountryMatch) => [...Array(c.end - c.start).keys()].map((j) => c.start + j);
      matches = matches.filter((c) =>
        c.nonMember ? !words(c).some((i) => span.has(i)) : !words(c).every((i) => span.has(i)),
      );
    }
  }
  const countries: string[] = [];
  const countryAt = new Map<string, number>();
  const ambiguous: CountryMatch[] = [];
  const nonMembers: NonMember[] = [];
  const said = new Set(q.words);
  for (const c of matches) {
    // "Korea Republic": of the names a word could mean, the one whose every word the question has.
    const whole = c.names.length > 1 ? c.names.filter((n) => nameWords(n).every((w) => said.has(w))) : [];
    if (whole.length === 1) c.names = whole;
    if (c.nonMember) nonMembers.push(c.nonMember);
    else if (c.names.length > 1) ambiguous.push(c);
    else if (!countries.includes(c.names[0]!)) {
      countries.push(c.names[0]!);
      countryAt.set(c.names[0]!, c.start);
    }
  }
  // "How did Korea vote in the Security Council?": of the names meant, the one that sat on the Council.
  const councilOnly =
    votes.body === 'SC' ||
    (votes.ids.length > 0 && votes.ids.every((id) => k.voteById.get(id)?.body === 'SC'));
  if (councilOnly)
    for (const c of [...ambiguous]) {
      const seated = c.names.filter((n) => k.councilMembers.includes(n));
      if (seated.length === 1 && !countries.includes(seated[0]!)) {
        ambiguous.splice(ambiguous.indexOf(c), 1);
        countries.push(seated[0]!);
        countryAt.set(seated[0]!, c.start);
      }
    }
  settleOwnDraft(votes, q.text, countries[0]);
  addDraftSymbols(k, votes, q.text);
  addTypedTallies(k, votes, q.text);
  const positions = positionsInOrder(q.text);
  return {
    q,
    votes,
    people,
    countries,
    countryAt,
    ambiguous,
    nonMembers,
    readAs: matches
      .filter((c) => c.fuzzy && c.names.length === 1)
      .map((c) => ({ phrase: c.phrase, name: c.names[0]! })),
    partsOf: matches
      .filter((c) => !c.fuzzy && c.names.length === 1 && PARTS_OF_MEMBERS.has(c.phrase))
      .map((c) => ({ phrase: c.phrase, name: c.names[0]! })),
    group,
    positions,
  };
}
