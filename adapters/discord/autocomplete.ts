/**
 * Autocomplete for /votes: countries by UN name, alias, other-language name or a typo ("germny", "usa"), and quote
 * speakers. Indexes are built once per knowledge value; a lookup takes well under a millisecond.
 */
import Fuse from 'fuse.js';
import type { Knowledge, Vote } from '../../src/knowledge/model.ts';
import { CHOICE_NAME_MAX, CHOICE_VALUE_MAX, CHOICES_MAX } from './limits.ts';

export interface Choice {
  name: string;
  value: string;
}

interface Entry {
  /** What the user may type. */
  key: string;
  folded: string;
  /** The canonical value (UN member name or speaker). */
  value: string;
  label: string;
}

interface Index {
  entries: Entry[];
  /** Exact folded key -> entries. */
  exact: Map<string, Entry[]>;
  /** Character bigram -> entries holding it: narrows the fuzzy search to a few dozen candidates. */
  grams: Map<string, Entry[]>;
  all: Choice[];
  /** Typed text -> resolved value, remembered (bounded) because slash commands repeat the same names. */
  resolved: Map<string, string | null>;
}

const MAX_FUZZY_CANDIDATES = 60;
const FUZZY_BELOW = 5;
const FUSE_OPTIONS = { keys: ['folded'], threshold: 0.4, includeScore: true };

function bigrams(s: string): Set<string> {
  const padded = ` ${s} `;
  const out = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) out.add(padded.slice(i, i + 2));
  return out;
}

export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

function buildIndex(entries: Entry[]): Index {
  const exact = new Map<string, Entry[]>();
  const grams = new Map<string, Entry[]>();
  for (const e of entries) {
    exact.set(e.folded, [...(exact.get(e.folded) ?? []), e]);
    for (const g of bigrams(e.folded)) {
      const list = grams.get(g);
      if (list) list.push(e);
      else grams.set(g, [e]);
    }
  }
  const seen = new Set<string>();
  const all: Choice[] = [];
  for (const e of entries)
    if (!seen.has(e.value)) {
      seen.add(e.value);
      all.push({ name: clip(e.label, CHOICE_NAME_MAX), value: e.value });
    }
  return { entries, exact, grams, all, resolved: new Map() };
}

const countryIndexes = new WeakMap<Knowledge, Index>();
const speakerIndexes = new WeakMap<Knowledge, Index>();

function countryIndex(k: Knowledge): Index {
  let index = countryIndexes.get(k);
  if (!index) {
    const entries = k.members.flatMap((m) =>
      [m.name, m.iso3, ...m.aliases, ...m.otherLanguages, ...m.demonyms].map((key) => ({
        key,
        folded: fold(key),
        value: m.name,
        label: m.name,
      })),
    );
    index = buildIndex(entries);
    countryIndexes.set(k, index);
  }
  return index;
}

function speakerIndex(k: Knowledge): Index {
  let index = speakerIndexes.get(k);
  if (!index) {
    const seen = new Map<string, string>();
    for (const q of k.quotes) if (!seen.has(q.speaker)) seen.set(q.speaker, q.country);
    const entries = [...seen].flatMap(([speaker, country]) =>
      [speaker, country].map((key) => ({
        key,
        folded: fold(key),
        value: speaker,
        label: `${speaker} (${country})`,
      })),
    );
    index = buildIndex(entries);
    speakerIndexes.set(k, index);
  }
  return index;
}

/** Fuse over the entries that share enough bigrams with the query (typos keep most of them). */
function fuzzyMatches(index: Index, q: string): Entry[] {
  const qGrams = bigrams(q);
  const counts = new Map<Entry, number>();
  for (const g of qGrams) for (const e of index.grams.get(g) ?? []) counts.set(e, (counts.get(e) ?? 0) + 1);
  const need = Math.max(1, Math.ceil(qGrams.size * 0.5));
  const candidates = [...counts]
    .filter(([, n]) => n >= need)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_FUZZY_CANDIDATES)
    .map(([e]) => e);
  if (candidates.length === 0) return [];
  return new Fuse(candidates, FUSE_OPTIONS).search(q, { limit: CHOICES_MAX * 2 }).map((r) => r.item);
}

function search(index: Index, typed: string): Choice[] {
  const q = fold(typed);
  if (q === '') return index.all.slice(0, CHOICES_MAX);
  const exact = index.exact.get(q) ?? [];
  const prefix = index.entries
    .filter((e) => e.folded !== q && e.folded.startsWith(q))
    .sort((a, b) => a.folded.length - b.folded.length);
  const out: Choice[] = [];
  const seen = new Set<string>();
  // Typos: only when nothing matches exactly and few names start with what was typed.
  const fuzzy = exact.length > 0 || prefix.length >= FUZZY_BELOW ? [] : fuzzyMatches(index, q);
  for (const e of [...exact, ...prefix, ...fuzzy]) {
    if (seen.has(e.value) || e.value.length > CHOICE_VALUE_MAX) continue;
    seen.add(e.value);
    out.push({ name: clip(e.label, CHOICE_NAME_MAX), value: e.value });
    if (out.length === CHOICES_MAX) break;
  }
  return out;
}

/** At most 25 UN members for what the user typed so far, best first. */
export const countryChoices = (k: Knowledge, typed: string): Choice[] => search(countryIndex(k), typed);

/** At most 25 quoted speakers, by name or country. */
export const speakerChoices = (k: Knowledge, typed: string): Choice[] => search(speakerIndex(k), typed);

/** The UN member a typed name means, when there is a confident best match. */
export function resolveCountry(k: Knowledge, typed: string): string | null {
  if (k.memberByName.has(typed)) return typed;
  if (fold(typed) === '') return null;
  const index = countryIndex(k);
  const known = index.resolved.get(typed);
  if (known !== undefined) return known;
  if (index.resolved.size >= RESOLVED_CACHE_MAX) index.resolved.clear();
  const value = search(index, typed)[0]?.value ?? null;
  index.resolved.set(typed, value);
  return value;
}

const RESOLVED_CACHE_MAX = 5_000;

function voteLabel(v: Vote): string {
  const body = v.body === 'SC' ? 'Security Council' : 'General Assembly';
  if (v.kind === 'amendment') return `${body} amendment (${v.sponsor}): ${v.content ?? v.title}`;
  if (v.kind === 'motion') return `${body} motion: ${v.title}`;
  return `${v.symbol}: ${v.title}`;
}

/** Every vote and amendment as a fixed choice (value: the vote id). */
export function voteChoices(k: Knowledge): Choice[] {
  return k.votes.map((v) => ({ name: clip(voteLabel(v), CHOICE_NAME_MAX), value: v.id }));
}
