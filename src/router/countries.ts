import type { Knowledge } from '../knowledge/model.ts';
import type { NonMember } from '../knowledge/schema.ts';
import { STOPWORDS, VOCABULARY } from './lexicon.ts';
import { BoundedMemo } from './memo.ts';
import { NEAR_NAME_WORDS } from './near-name-words.ts';
import { flagEmoji, foldText } from './normalize.ts';

export interface CountryMatch {
  /** UN names (members) or the non-member's name; more than one when the words fit several countries. */
  names: string[];
  member: boolean;
  nonMember: NonMember | null;
  start: number;
  end: number;
  fuzzy: boolean;
  /** The words as typed (folded). */
  phrase: string;
}

interface Entry {
  alias: string;
  /** One bit per letter a-z present: a cheap filter before the edit distance. */
  letters: number;
  names: Set<string>;
  nonMember: NonMember | null;
}

/** Short aliases that are also English words or initials: counted when typed in capitals or before a vote word. */
const CAPS_ONLY = new Set(['car', 'png', 'ksa', 'rok', 'rf', 'gb', 'fsm', 'bih', 'roc', 'trnc']);
/** ISO alpha-3 codes that are also English words, typed in capitals for emphasis ("a LIE"): never codes. */
const CODE_WORDS = new Set([
  'lie',
  'ton',
  'per',
  'mar',
  'cod',
  'arm',
  'cub',
  'gab',
  'pry',
  'mus',
  'dom',
  'ben',
]);
/** "how did the car vote": after an initialism, these words say it names a voter. */
const VOTER_AFTER = new Set([
  'vote',
  'voted',
  'votes',
  'voting',
  'abstain',
  'abstained',
  'position',
  'stance',
]);
/** Capitals not read as their member: English words ("Victoria", "Malé"), and Jerusalem, whose status is disputed. */
const CAPITALS_SKIP = new Set(['male', 'victoria', 'jerusalem', 'kingston']);
/** Aliases that are English words, read as the word. */
const ENGLISH_ALIASES = new Set(['island']);
/** Other-language names that are English words. */
const FOREIGN_SKIP = new Set([
  'island',
  'chile',
  'india',
  'china',
  'iran',
  'peru',
  'cuba',
  'mali',
  'oman',
  'togo',
]);
/** "us" is counted as the United States only next to these words (or typed "US"). */
const US_BEFORE = new Set([
  'the',
  'did',
  'does',
  'and',
  'vs',
  'versus',
  'between',
  'how',
  'where',
  'was',
  'is',
  'with',
  'of',
  'like',
]);
const US_AFTER = new Set([
  'vote',
  'voted',
  'votes',
  'voting',
  'and',
  'vs',
  'versus',
  'position',
  'positions',
  'draft',
  'text',
  'resolution',
  'ambassador',
  'envoy',
  'delegation',
  'abstain',
  'abstained',
  'on',
  'in',
  'say',
  'said',
  'stance',
  'oppose',
  'opposed',
  'support',
  'supported',
  'side',
  'sided',
  'government',
  'mission',
  'representative',
]);
const MAX_WORDS = 5;

/** Damerau-Levenshtein distance, giving up (returning budget + 1) as soon as it must exceed `budget`. */
export function boundedDamerau(a: string, b: string, budget: number): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > budget) return budget + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) m |= 1 << c;
  }
  return m;
}

function popcount(n: number): number {
  let x = n - ((n >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Edits allowed for a typo of this length: none below 4 letters, one up to 6, two beyond. */
const allowedEdits = (n: number): number => (n < 4 ? 0 : n <= 6 ? 1 : 2);
/** Names in other scripts ("Франция") are matched with typos too: a Latin word is never near them. */
const NON_LATIN = /^[^a-z]+$/;

export class CountryMatcher {
  private readonly exact = new Map<string, Entry>();
  /** Fuzzy candidates bucketed by length, so a typo is compared only with aliases of about its length. */
  private readonly byLength = new Map<number, Entry[]>();
  /** The same for names in other scripts ("Франция"), compared only with words in other scripts. */
  private readonly otherScriptsByLength = new Map<number, Entry[]>();
  private readonly nameWords = new Set<string>();
  /** ISO 3166 alpha-3 codes ("DEU", "PAK"), read only when typed in capitals (see `codeAt`). */
  private readonly iso3 = new Map<string, string>();
  /** Typo look-ups already made (bounded): chat repeats itself. */
  /** Closest aliases by typed phrase (budget and single-word follow from the phrase). */
  private readonly typoMemo = new BoundedMemo<string, Entry[]>(5000);

  constructor(k: Knowledge) {
    const add = (raw: string, name: string, nonMember: NonMember | null) => {
      const alias = foldText(raw);
      if (alias.length < 2) return;
      const e = this.exact.get(alias) ?? {
        alias,
        letters: letterMask(alias),
        names: new Set<string>(),
        nonMember,
      };
      e.names.add(name);
      this.exact.set(alias, e);
    };
    for (const m of k.members) {
      add(m.name, m.name, null);
      // Iceland's alias "Island" (its own language's name) is an English word: "small island states" is no member.
      for (const a of m.aliases) if (!ENGLISH_ALIASES.has(foldText(a))) add(a, m.name, null);
      for (const d of m.demonyms) {
        add(d, m.name, null);
        if (!d.endsWith('s') && !d.endsWith('ese') && !d.endsWith('ish') && !d.endsWith('ch'))
          add(`${d}s`, m.name, null);
      }
    }
    // The other of two Koreas/Congos/Guineas typed without its qualifier stays ambiguous.
    add('korea', 'Republic of Korea', null);
    add('korea', "Democratic People's Republic of Korea", null);
    for (const nm of k.nonMembers)
      for (const a of [nm.name, ...nm.aliases]) if (!this.exact.has(foldText(a))) add(a, nm.name, nm);
    const fuzzyEntries = [...this.exact.values()].filter((e) => e.alias.length >= 4);
    for (const m of k.members) {
      add(flagEmoji(m.iso2), m.name, null);
      for (const o of m.otherLanguages) {
        const f = foldText(o);
        const nonLatin = NON_LATIN.test(f);
        if ((f.length >= 5 || nonLatin) && !FOREIGN_SKIP.has(f) && !VOCABULARY.has(f) && !this.exact.has(f)) {
          add(o, m.name, null);
          // "Франція" (Ukrainian) is one letter from "Франция" (Russian): other scripts get typo matching too.
          if (nonLatin && f.length >= 4) fuzzyEntries.push(this.exact.get(f)!);
        }
      }
    }
    // Capitals name their member ("Ankara's vote", "Riyadh + Abu Dhabi"), typed exactly: a typo of a city is not
    // read, nor a capital that is a word or contested (CAPITALS_SKIP).
    // A capital that is a word of a name ("Bissau" in "Guinea Bissau") is left to the name, unless that name is
    // another form of the capital ("Delhi" in "New Delhi").
    const capitals = new Set(k.members.flatMap((m) => m.capitals.map(foldText)));
    const words = new Set(
      [...this.exact.keys()].filter((a) => !capitals.has(a)).flatMap((a) => a.split(/[ -]/)),
    );
    for (const m of k.members)
      for (const c of m.capitals) {
        const f = foldText(c);
        if (
          f.length >= 4 &&
          !CAPITALS_SKIP.has(f) &&
          !VOCABULARY.has(f) &&
          !STOPWORDS.has(f) &&
          !words.has(f)
        )
          add(c, m.name, null);
      }
    for (const m of k.members) {
      const code = m.iso3.toLowerCase();
      if (!this.exact.has(code) && !VOCABULARY.has(code) && !STOPWORDS.has(code) && !CODE_WORDS.has(code))
        this.iso3.set(code, m.name);
    }
    for (const alias of this.exact.keys()) for (const w of alias.split(' ')) this.nameWords.add(w);
    for (const e of fuzzyEntries) {
      const buckets = NON_LATIN.test(e.alias) ? this.otherScriptsByLength : this.byLength;
      const bucket = buckets.get(e.alias.length) ?? [];
      bucket.push(e);
      buckets.set(e.alias.length, bucket);
    }
  }

  /** Every alias that names exactly one member, for autocomplete and tests. */
  aliasesOf(name: string): string[] {
    return [...this.exact.values()]
      .filter((e) => e.names.has(name) && e.names.size === 1)
      .map((e) => e.alias);
  }

  /**
   * "How did DEU vote": a code typed in capitals in a question that is not all capitals, or, in a shouted
   * question, a code right before a vote word.
   */
  private codeAt(words: string[], display: string, i: number): Entry | null {
    const name = this.iso3.get(words[i]!);
    if (!name || !new RegExp(`\\b${words[i]!.toUpperCase()}\\b`).test(display)) return null;
    if (display === display.toUpperCase() && !VOTER_AFTER.has(words[i + 1] ?? '')) return null;
    return this.exact.get(foldText(name)) ?? null;
  }

  private exactAt(words: string[], display: string, i: number, n: number): Entry | null {
    const phrase = words.slice(i, i + n).join(' ');
    const e = this.exact.get(phrase) ?? (n === 1 ? this.codeAt(words, display, i) : null);
    if (!e) return null;
    if (
      CAPS_ONLY.has(phrase) &&
      !new RegExp(`\\b${phrase.toUpperCase()}\\b`).test(display) &&
      !VOTER_AFTER.has(words[i + n] ?? '')
    )
      return null;
    // "Latin American", "South African" voters are a region's, not the US's or South Africa's alone.
    if (
      n === 1 &&
      /^americ/.test(phrase) &&
      /^(latin|south|north|central|native|pan)$/.test(words[i - 1] ?? '')
    )
      return null;
    if (phrase === 'us' && n === 1) {
      const typedCaps = /\bU\.?S\.?\b/.test(display);
      if (!typedCaps && !US_BEFORE.has(words[i - 1] ?? '') && !US_AFTER.has(words[i + 1] ?? '')) return null;
    }
    return e;
  }

  private fuzzyAt(words: string[], i: number, n: number): CountryMatch | null {
    const slice = words.slice(i, i + n);
    if (STOPWORDS.has(slice[0]!) || STOPWORDS.has(slice[n - 1]!)) return null;
    if (slice.every((w) => VOCABULARY.has(w) || STOPWORDS.has(w) || NEAR_NAME_WORDS.has(w) || /\d/.test(w)))
      return null;
    // An unknown flag ("flag-aq") is not a typo of a known one.
    if (slice.some((w) => w.startsWith('flag-'))) return null;
    const phrase = slice.join(' ');
    const budget = allowedEdits(phrase.length);
    if (budget === 0) return null;
    const hits = this.closest(phrase, budget, n === 1);
    if (hits.length === 0) return null;
    const names = new Set(hits.flatMap((h) => [...h.names]));
    const first = hits[0]!;
    return {
      names: [...names],
      member: first.nonMember === null,
      nonMember: first.nonMember,
      start: i,
      end: i + n,
      fuzzy: true,
      phrase,
    };
  }

  private closest(phrase: string, budget: number, singleWord: boolean): Entry[] {
    return this.typoMemo.get(phrase, () => this.search(phrase, budget, singleWord));
  }

  private search(phrase: string, budget: number, singleWord: boolean): Entry[] {
    let best = budget + 1;
    let hits: Entry[] = [];
    const letters = letterMask(phrase);
    const buckets = NON_LATIN.test(phrase) ? this.otherScriptsByLength : this.byLength;
    for (let len = phrase.length - budget; len <= phrase.length + budget; len++)
      for (const e of buckets.get(len) ?? []) {
        // Each edit adds or removes at most two letters from the set of letters used.
        if (popcount(letters ^ e.letters) > 2 * budget) continue;
        if (singleWord && e.alias.includes(' ')) continue;
        // A short name takes few slips whatever the typed length: "peoples" is not a typo of "poles".
        const d = boundedDamerau(phrase, e.alias, Math.min(budget, best, allowedEdits(e.alias.length)));
        if (d > allowedEdits(e.alias.length)) continue;
        // Two slips and a different first letter is another word ("caledonia", "macedonia"), not a typo.
        if (d >= 2 && phrase[0] !== e.alias[0]) continue;
        if (d < best) {
          best = d;
          hits = [e];
        } else if (d === best && d <= budget) hits.push(e);
      }
    return hits;
  }

  /**
   * "Eqautorial Guinea", "Dominican Repbulic": an exact match ("guinea", "dominican") with a typo beside it may be
   * part of a longer name. When the match plus the next or previous word is a typo of one other member's name,
   * that reading replaces it.
   */
  private preferLongerTypos(words: string[], found: CountryMatch[], taken: Set<number>): void {
    for (const [index, m] of [...found.entries()]) {
      if (m.fuzzy || m.nonMember) continue;
      for (const [start, end] of [
        [m.start - 1, m.end],
        [m.start, m.end + 1],
      ] as const) {
        if (start < 0 || end > words.length || taken.has(start === m.start - 1 ? start : end - 1)) continue;
        const longer = this.fuzzyAt(words, start, end - start);
        if (!longer || longer.names.length !== 1 || (m.names.length === 1 && longer.names[0] === m.names[0]))
          continue;
        found[index] = longer;
        for (let j = longer.start; j < longer.end; j++) taken.add(j);
        break;
      }
    }
  }

  /** True when the word is part of some country's name or alias: spelling fixes elsewhere must leave it alone. */
  isNameWord(word: string): boolean {
    return this.nameWords.has(word);
  }

  /** Countries named in the words, longest phrase first; `masked` word indexes belong to other entities. */
  find(words: string[], display: string, masked: ReadonlySet<number>): CountryMatch[] {
    const found: CountryMatch[] = [];
    const taken = new Set<number>(masked);
    const free = (i: number, n: number) => {
      for (let j = i; j < i + n; j++) if (j >= words.length || taken.has(j)) return false;
      return true;
    };
    const take = (m: CountryMatch) => {
      for (let j = m.start; j < m.end; j++) taken.add(j);
      found.push(m);
    };
    for (let n = MAX_WORDS; n >= 1; n--)
      for (let i = 0; i + n <= words.length; i++) {
        if (!free(i, n)) continue;
        const e = this.exactAt(words, display, i, n);
        if (e)
          take({
            names: [...e.names],
            member: e.nonMember === null,
            nonMember: e.nonMember,
            start: i,
            end: i + n,
            fuzzy: false,
            phrase: e.alias,
          });
      }
    this.preferLongerTypos(words, found, taken);
    for (let n = 3; n >= 1; n--)
      for (let i = 0; i + n <= words.length; i++) {
        if (!free(i, n)) continue;
        const m = this.fuzzyAt(words, i, n);
        if (m) take(m);
      }
    return found.sort((a, b) => a.start - b.start);
  }
}
