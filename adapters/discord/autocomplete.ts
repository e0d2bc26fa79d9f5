/**
 * Autocomplete for /votes: countries by UN name, alias, other-language name or a typo ("germny", "usa"), and quote
 * speakers. Indexes are built once per knowledge value; a lookup takes well under a millisecond.
 */
import Fuse from 'fuse.js';
import type { Knowledge } from '../../src/knowledge/model.ts';
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
  fuse: Fuse<Entry>;
  all: Choice[];
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
  const fuse = new Fuse(entries, {
    keys: ['folded'],
    threshold: 0.4,
    ignoreLocation: true,
    includeScore: true,
  });
  const seen = new Set<string>();
  const all: Choice[] = [];
  for (const e of entries)
    if (!seen.has(e.value)) {
      seen.add(e.value);
      all.push({ name: clip(e.label, CHOICE_NAME_MAX), value: e.value });
    }
  return { entries, fuse, all };
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

function search(index: Index, typed: string): Choice[] {
  const q = fold(typed);
  if (q === '') return index.all.slice(0, CHOICES_MAX);
  const exact = index.entries.filter((e) => e.folded === q);
  const prefix = index.entries.filter((e) => e.folded !== q && e.folded.startsWith(q));
  const fuzzy = index.fuse.search(q, { limit: CHOICES_MAX * 4 }).map((r) => r.item);
  const out: Choice[] = [];
  const seen = new Set<string>();
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
  return search(countryIndex(k), typed)[0]?.value ?? null;
}
