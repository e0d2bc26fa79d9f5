/** What the router adds to every answer: notes on how it read the question, and no suggestion of the question itself. */
import type { Answer } from '../answer.ts';
import { shortCountry } from './describe.ts';
import { BoundedMemo } from './memo.ts';
import { foldText } from './normalize.ts';
import type { Parsed } from './understand.ts';

/** Suggestions come from a small set of phrasings, so their folded forms are kept. */
const foldedSuggestions = new BoundedMemo<string, string>(2000);

export function decorate(a: Answer, p: Parsed, maxChars: number): Answer {
  // "In favour (0): none" says nothing the rest of the answer does not: an empty list is left out.
  const empty = (b: Answer['blocks'][number]) => b.type === 'countries' && b.countries.length === 0;
  if (a.blocks.some((b) => !empty(b))) a.blocks = a.blocks.filter((b) => !empty(b));
  a.suggestions = a.suggestions.filter((s) => foldedSuggestions.get(s, foldText) !== p.q.text);
  const notes: string[] = [];
  if (p.q.truncated) notes.push(`I read only the first ${maxChars} characters of your question.`);
  for (const r of p.readAs) notes.push(`I read “${r.phrase}” as ${r.name}.`);
  // (An answer about the part itself says it already.)
  for (const r of a.intent === 'part_of' ? [] : p.partsOf)
    notes.push(
      `${r.phrase.replace(/\b\w/g, (c) => c.toUpperCase())} has no seat of its own at the UN: ${shortCountry(r.name)} votes for it.`,
    );
  if (notes.length > 0) {
    a.blocks.unshift(...notes.map((text) => ({ type: 'note' as const, text })));
    if (p.readAs.length > 0) a.confidence = Math.min(a.confidence, 0.75);
  }
  return a;
}
