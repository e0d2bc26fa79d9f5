/**
 * Retrieval over every item the fact base holds (facts, timeline events, glossary entries, quotes, amendments):
 * an inverted index with BM25 weights, built once at load. It finds what the base says about the words of a
 * question when no intent is sure, and finds dated events by their words ("the Oval Office meeting").
 */
import type { Knowledge } from '../knowledge/model.ts';
import { STOPWORDS } from './lexicon.ts';
import { foldText } from './normalize.ts';

export type ItemKind = 'fact' | 'event' | 'glossary' | 'quote' | 'amendment';

export interface Item {
  kind: ItemKind;
  id: string;
  /** The sentence shown (a fact, an event, a definition, a quote's words, an amendment's content). */
  text: string;
  sources: string[];
  date?: string;
}

export interface Hit {
  item: Item;
  score: number;
  /** Distinct question words the item contains. */
  matched: number;
  /** The share of the question's distinct words that the item contains. */
  coverage: number;
}

/** Words too common in this base to say what a question is about. */
const COMMON = new Set(
  `un united nations general assembly security council resolution resolutions member members states country countries
  2025 february 24 feb draft text adopted ukraine ukrainian russia russian us usa american happened happen say said
  anything something know about much many more most also just really there here then than get got make made`.split(
    /\s+/,
  ),
);

/** A crude stem: enough for "vetoed" to meet "veto", "amendments" to meet "amendment". */
export const stem = (w: string): string =>
  w.length <= 4 ? w : w.replace(/(ings?|ed|es|s)$/, '').replace(/(.)\1$/, '$1');

export function terms(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !COMMON.has(w))
    .map(stem);
}

/** The items of the fact base, each with the text it is found by (its text plus any extra terms). */
export function knowledgeItems(k: Knowledge): { item: Item; findBy: string }[] {
  const out: { item: Item; findBy: string }[] = [];
  for (const f of k.facts)
    out.push({
      item: { kind: 'fact', id: f.id, text: f.statement, sources: f.sources },
      findBy: f.statement,
    });
  for (const e of k.timeline)
    out.push({
      item: { kind: 'event', id: e.id, text: e.statement, sources: e.sources, date: e.date },
      findBy: e.statement,
    });
  for (const g of k.glossary)
    out.push({
      item: { kind: 'glossary', id: g.id, text: g.text, sources: g.sources },
      findBy: `${g.terms.join(' ')} ${g.terms.join(' ')} ${g.text}`,
    });
  for (const q of k.quotes)
    out.push({
      item: { kind: 'quote', id: q.id, text: q.text, sources: [q.source], date: q.date },
      findBy: `${q.speaker} ${q.role} ${q.text}`,
    });
  for (const v of k.votes)
    if (v.kind === 'amendment' && v.content)
      out.push({
        item: { kind: 'amendment', id: v.id, text: v.content, sources: v.sources, date: v.date },
        findBy: `amendment ${v.sponsor} ${v.content}`,
      });
  return out;
}

export class RetrievalIndex {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private readonly avgLength: number;

  constructor(private readonly items: { item: Item; findBy: string }[]) {
    items.forEach(({ findBy }, doc) => {
      const words = terms(findBy);
      this.lengths.push(words.length);
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      for (const [w, tf] of counts) {
        const list = this.postings.get(w) ?? [];
        list.push({ doc, tf });
        this.postings.set(w, list);
      }
    });
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  /** The best items for the words, best first; `only` keeps one kind. */
  search(text: string, opts: { only?: ItemKind; limit?: number } = {}): Hit[] {
    const n = this.items.length;
    const scores = new Map<number, { score: number; matched: number }>();
    const asked = new Set(terms(text));
    for (const w of asked) {
      const list = this.postings.get(w);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const norm = tf + 1.2 * (0.25 + (0.75 * (this.lengths[doc] ?? 0)) / this.avgLength);
        const s = scores.get(doc) ?? { score: 0, matched: 0 };
        s.score += (idf * tf * 2.2) / norm;
        s.matched += 1;
        scores.set(doc, s);
      }
    }
    return [...scores]
      .map(([doc, s]) => ({ item: this.items[doc]!.item, ...s, coverage: s.matched / asked.size }))
      .filter((h) => !opts.only || h.item.kind === opts.only)
      .sort((a, b) => b.score - a.score)
      .slice(0, opts.limit ?? 5);
  }
}

const indexes = new WeakMap<Knowledge, RetrievalIndex>();

/** The index of a fact base, built on first use and kept with it. */
export function retrievalIndex(k: Knowledge): RetrievalIndex {
  let index = indexes.get(k);
  if (!index) {
    index = new RetrievalIndex(knowledgeItems(k));
    indexes.set(k, index);
  }
  return index;
}
