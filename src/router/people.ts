import Fuse from 'fuse.js';
import type { Knowledge } from '../knowledge/model.ts';
import { STOPWORDS, VOCABULARY } from './lexicon.ts';
import { BoundedMemo } from './memo.ts';
import { foldText } from './normalize.ts';

/** People the fact base mentions without a verbatim quote, and what it does hold about them. */
const PEOPLE_WITHOUT_QUOTES: { names: string[]; person: string; factIds: string[] }[] = [
  { names: ['nancy pelosi', 'pelosi'], person: 'Nancy Pelosi', factIds: ['f15'] },
  {
    names: ['antonio guterres', 'guterres', 'secretary-general', 'secretary general', 'sg'],
    person: 'Secretary-General António Guterres',
    factIds: [],
  },
  { names: ['emmanuel macron', 'macron'], person: 'Emmanuel Macron', factIds: ['f14'] },
  { names: ['keir starmer', 'starmer'], person: 'Keir Starmer', factIds: ['f14'] },
  { names: ['philemon yang', 'yang'], person: 'Philémon Yang', factIds: ['f11'] },
  { names: ['jim costa', 'costa'], person: 'Jim Costa', factIds: ['f16'] },
  {
    names: ['zelensky', 'zelenskyy', 'zelenskiy', 'volodymyr zelensky'],
    person: 'Volodymyr Zelenskyy',
    factIds: [],
  },
  { names: ['putin', 'vladimir putin'], person: 'Vladimir Putin', factIds: [] },
];

/**
 * The roles the quotes give their speakers ("US President", "Deputy Minister of Foreign Affairs of Ukraine"),
 * folded and without their notes in brackets, with "us" also said as "united states" and "american": exact keys
 * for "what did the US president say". A role two speakers share ("US representative") names neither.
 */
function rolesOfOneSpeaker(k: Knowledge): Map<string, string> {
  const bySpeaker = new Map<string, Set<string>>();
  for (const q of k.quotes)
    for (const part of q.role.replace(/\([^)]*\)/g, '').split('/')) {
      const role = foldText(part);
      if (role.split(' ').length < 2) continue;
      const forms = role.startsWith('us ')
        ? [role, `united states ${role.slice(3)}`, `american ${role.slice(3)}`]
        : [role];
      for (const f of forms) bySpeaker.set(f, (bySpeaker.get(f) ?? new Set()).add(q.speaker));
    }
  return new Map(
    [...bySpeaker].filter(([, s]) => s.size === 1).map(([role, s]) => [role, [...s][0]!] as const),
  );
}

export interface PersonMatch {
  /** Speakers in the quotes that the words name. */
  speakers: string[];
  /** A person the base knows of but holds no verbatim words from. */
  unquoted: (typeof PEOPLE_WITHOUT_QUOTES)[number] | null;
  masked: Set<number>;
}

interface NameEntry {
  key: string;
  speaker: string;
}

function anyMasked(masked: Set<number>, start: number, n: number): boolean {
  for (let j = start; j < start + n; j++) if (masked.has(j)) return true;
  return false;
}

export class PeopleMatcher {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly fuse: Fuse<NameEntry>;
  private readonly memo = new BoundedMemo<string, string | null>(5000);
  /** Words in the longest name or role, so "deputy minister of foreign affairs of ukraine" is read whole. */
  private readonly maxWords: number;

  constructor(k: Knowledge) {
    const entries: NameEntry[] = [];
    /** Names are matched with typos too; roles ("political chief") only as written. */
    const add = (key: string, speaker: string, typos = true) => {
      const set = this.byKey.get(key) ?? new Set<string>();
      set.add(speaker);
      this.byKey.set(key, set);
      if (typos) entries.push({ key, speaker });
    };
    for (const speaker of new Set(k.quotes.map((q) => q.speaker))) {
      const folded = foldText(speaker);
      add(folded, speaker);
      const parts = folded.split(' ');
      const last = parts.slice(1).join(' ');
      if (last.length >= 3) add(last, speaker);
      if (parts[0] && parts[0].length >= 4) add(parts[0], speaker);
    }
    add('nebenzya', 'Vassily Nebenzia');
    // Speakers for an organisation rather than a member ("United Nations Secretariat"): its name, as written.
    for (const q of k.quotes)
      if (!k.members.some((m) => m.name === q.country)) {
        const org = foldText(q.country);
        for (const key of [org, org.replace(/^united nations /, 'un '), org.replace(/^united nations /, '')])
          add(key, q.speaker, false);
      }
    // Roles people use instead of names.
    for (const role of ['un political chief', 'political chief', 'political affairs chief', 'un official'])
      add(role, 'Rosemary DiCarlo');
    // Exact only: a typo match would read "secretary general" (Guterres) as the under-secretary-general.
    for (const role of ['under-secretary-general', 'under secretary general', 'usg for political affairs'])
      add(role, 'Rosemary DiCarlo', false);
    add('di carlo', 'Rosemary DiCarlo');
    for (const [role, speaker] of rolesOfOneSpeaker(k)) add(role, speaker, false);
    add('riviere', 'Nicolas de Rivière');
    this.maxWords = Math.min(8, Math.max(3, ...[...this.byKey.keys()].map((key) => key.split(' ').length)));
    this.fuse = new Fuse(entries, {
      keys: ['key'],
      includeScore: true,
      threshold: 0.25,
      ignoreLocation: true,
    });
  }

  /** A typo of a speaker's name (fuse.js), skipping ordinary words. */
  private fuzzy(parts: string[], phrase: string): string | null {
    if (parts.some((w) => STOPWORDS.has(w) || VOCABULARY.has(w) || /\d/.test(w))) return null;
    return this.memo.get(phrase, () => {
      const best = this.fuse.search(phrase, { limit: 1 })[0];
      return best && (best.score ?? 1) < 0.2 ? best.item.speaker : null;
    });
  }

  find(words: string[]): PersonMatch {
    const result: PersonMatch = { speakers: [], unquoted: null, masked: new Set() };
    const text = ` ${words.join(' ')} `;
    for (let n = this.maxWords; n >= 1; n--)
      for (let i = 0; i + n <= words.length; i++) {
        if (anyMasked(result.masked, i, n)) continue;
        const phrase = words.slice(i, i + n).join(' ');
        let hit = this.byKey.get(phrase);
        if (!hit && phrase.length >= 5 && n <= 2) {
          const speaker = this.fuzzy(words.slice(i, i + n), phrase);
          if (speaker) hit = new Set([speaker]);
        }
        if (!hit) continue;
        for (const s of hit) if (!result.speakers.includes(s)) result.speakers.push(s);
        for (let j = i; j < i + n; j++) result.masked.add(j);
      }
    if (result.speakers.length === 0)
      result.unquoted =
        PEOPLE_WITHOUT_QUOTES.find((p) => p.names.some((nm) => text.includes(` ${nm} `))) ?? null;
    return result;
  }
}
