/**
 * knowledge:check for explanations: every id a topic or definition cites exists, and every number a topic states
 * is in what it cites.
 */
import type { Knowledge, Vote } from './model.ts';
import type { TopicEntry } from './topic-schema.ts';

/** Numbers as written: "12,654", "93", "2774", "11th" -> "11". */
const NUMBER = /\d+(?:,\d{3})*/g;
export const numbersIn = (text: string): string[] => text.match(NUMBER) ?? [];

/** `{title:VOTE_ID}` placeholders in a topic's summary. */
export const TITLE_PLACEHOLDER = /\{title:([a-z0-9_]+)\}/g;

const tallyText = (v: Vote) =>
  v.tally ? `${v.tally.yes}-${v.tally.no}-${v.tally.abstain} ${v.tally.absent ?? ''}` : '';
/** What a vote states: symbols are names (every vote's is allowed); tally and date only when cited. */
const voteText = (v: Vote) => `${v.symbol} ${v.draftSymbol ?? ''} ${v.date} ${tallyText(v)} ${v.title}`;

function citedText(k: Knowledge, t: TopicEntry, problems: string[]): string {
  const parts: string[] = [];
  const missing = (kind: string, id: string) => problems.push(`topic ${t.id}: unknown ${kind} id "${id}"`);
  for (const id of t.cites.facts ?? []) {
    const f = k.facts.find((x) => x.id === id);
    if (f) parts.push(f.statement);
    else missing('fact', id);
  }
  for (const id of t.cites.glossary ?? []) {
    const g = k.glossary.find((x) => x.id === id);
    if (g) parts.push(g.text);
    else missing('glossary', id);
  }
  for (const id of t.cites.quotes ?? []) {
    const q = k.quotes.find((x) => x.id === id);
    if (q) parts.push(`${q.speaker} ${q.text}`);
    else missing('quote', id);
  }
  for (const id of t.cites.events ?? []) {
    const e = k.timeline.find((x) => x.id === id);
    if (e) parts.push(`${e.date} ${e.statement}`);
    else missing('event', id);
  }
  const votes = [...(t.cites.votes ?? []), ...[...t.summary.matchAll(TITLE_PLACEHOLDER)].map((m) => m[1]!)];
  for (const id of votes) {
    const v = k.voteById.get(id);
    if (v) parts.push(voteText(v));
    else missing('vote', id);
  }
  return parts.join(' ');
}

/** Problems in the topics; `problems` gets one line each. */
export function checkTopics(k: Knowledge, problems: string[]): void {
  const seen = new Set<string>();
  const symbols = k.votes.map((v) => `${v.symbol} ${v.draftSymbol ?? ''}`).join(' ');
  for (const t of k.topics) {
    if (seen.has(t.id)) problems.push(`topic ${t.id}: defined twice`);
    seen.add(t.id);
    for (const id of t.sources ?? [])
      if (!k.sources.has(id)) problems.push(`topic ${t.id}: unknown source id "${id}"`);
    const cited = new Set(numbersIn(`${citedText(k, t, problems)} ${symbols}`));
    const said = [t.summary, t.note ?? '', ...(t.alternatives ?? []).map((a) => a.summary)];
    for (const text of said)
      for (const n of numbersIn(text.replace(TITLE_PLACEHOLDER, '')))
        if (!cited.has(n)) problems.push(`topic ${t.id}: states "${n}", which nothing it cites states`);
  }
}

/** Definitions: ids unique, every fact, event and entry a definition's detail cites exists, no term defined twice. */
export function checkGlossary(k: Knowledge, problems: string[]): void {
  const ids = new Set<string>();
  const defined = new Map<string, string>();
  for (const g of k.glossary) {
    if (ids.has(g.id)) problems.push(`glossary ${g.id}: defined twice`);
    ids.add(g.id);
    for (const id of g.see?.facts ?? [])
      if (!k.facts.some((f) => f.id === id)) problems.push(`glossary ${g.id}: unknown fact id "${id}"`);
    for (const id of g.see?.events ?? [])
      if (!k.timeline.some((e) => e.id === id)) problems.push(`glossary ${g.id}: unknown event id "${id}"`);
    for (const id of g.see?.glossary ?? [])
      if (!k.glossary.some((e) => e.id === id))
        problems.push(`glossary ${g.id}: unknown glossary id "${id}"`);
    if (!g.plain) continue;
    for (const term of g.terms) {
      const other = defined.get(term.toLowerCase());
      if (other) problems.push(`glossary ${g.id}: term "${term}" is also defined by ${other}`);
      defined.set(term.toLowerCase(), g.id);
    }
  }
}
