/** What the router adds to every answer: notes on how it read the question, and no suggestion of the question itself. */
import type { Answer } from '../answer.ts';
import { shortCountry } from './describe.ts';
import { foldText } from './normalize.ts';
import type { Parsed } from './understand.ts';

/** Suggestions come from a small set of phrasings, so their folded forms are kept (bounded). */
const foldedSuggestions = new Map<string, string>();
function foldSuggestion(s: string): string {
  let folded = foldedSuggestions.get(s);
  if (folded === undefined) {
    if (foldedSuggestions.size >= 2000) foldedSuggestions.clear();
    folded = foldText(s);
    foldedSuggestions.set(s, folded);
  }
  return folded;
}

export function decorate(a: Answer, p: Parsed, maxChars: number): Answer {
  a.suggestions = a.suggestions.filter((s) => foldSuggestion(s) !== p.q.text);
  const notes: string[] = [];
  if (p.q.truncated) notes.push(`I read only the first ${maxChars} characters of your question.`);
  for (const r of p.readAs) notes.push(`I read “${r.phrase}” as ${r.name}.`);
  for (const r of p.partsOf)
    notes.push(
      `${r.phrase.replace(/\b\w/g, (c) => c.toUpperCase())} has no seat of its own at the UN: ${shortCountry(r.name)} votes for it.`,
    );
  if (notes.length > 0) {
    a.blocks.unshift(...notes.map((text) => ({ type: 'note' as const, text })));
    if (p.readAs.length > 0) a.confidence = Math.min(a.confidence, 0.75);
  }
  return a;
}
