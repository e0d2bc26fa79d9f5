/** The building blocks of explanations: a topic, and an answer composed of cited facts, glossary, quotes and votes. */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import { cite, primarySources } from '../cite.ts';
import { addQuote, outcomeSentence, statedTally, voteName } from '../describe.ts';

const fact = (k: Knowledge, id: string) => k.facts.find((f) => f.id === id);
const gloss = (k: Knowledge, id: string) => k.glossary.find((g) => g.id === id);
const quote = (k: Knowledge, id: string) => k.quotes.find((q) => q.id === id);

/** An explanation made of facts, glossary entries and quotes, each with its sources. */
export function compose(
  k: Knowledge,
  intent: string,
  summary: string,
  parts: { [P in 'facts' | 'glossary' | 'quotes' | 'votes' | 'events']?: readonly string[] | undefined },
): Answer {
  const a = emptyAnswer('answer', intent, summary);
  const sources: string[][] = [];
  for (const id of parts.glossary ?? []) {
    const g = gloss(k, id);
    if (!g) continue;
    a.blocks.push({ type: 'paragraph', text: g.text });
    sources.push(g.sources);
  }
  for (const id of parts.facts ?? []) {
    const f = fact(k, id);
    if (!f) continue;
    a.blocks.push({ type: 'paragraph', text: f.statement });
    sources.push(f.sources);
  }
  for (const id of parts.events ?? []) {
    const e = k.timeline.find((t) => t.id === id);
    if (!e) continue;
    a.blocks.push({ type: 'paragraph', text: `${e.date}: ${e.statement}` });
    sources.push(e.sources);
  }
  for (const id of parts.votes ?? []) {
    const v = k.voteById.get(id);
    if (!v) continue;
    a.blocks.push({ type: 'fields', fields: [{ label: voteName(v), value: outcomeSentence(v) }] });
    if (v.tally && v.tally.yes !== null) a.tallies.push(statedTally(v));
    sources.push(primarySources(v.sources));
  }
  for (const id of parts.quotes ?? []) {
    const q = quote(k, id);
    if (!q) continue;
    addQuote(a, q);
    sources.push([q.source]);
  }
  a.citations = cite(k, ...sources);
  a.confidence = 0.8;
  return a;
}

export interface ExplainContext {
  text: string;
  countries: string[];
  voteIds: string[];
}

export interface Topic {
  id: string;
  /** Each pattern that matches adds one to the topic's score. */
  cues: RegExp[];
  /** Cues that must all match for the topic to count at all. */
  requires?: (c: ExplainContext) => boolean;
  /** The topic's own subject ("civilians killed"): it then outweighs a country or speaker the question names. */
  strong?: RegExp;
  build: (k: Knowledge, c: ExplainContext) => Answer;
}
