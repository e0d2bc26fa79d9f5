/**
 * Two questions typed as one: "how did Brazil and India vote and was it binding?". Each half is answered on
 * its own and the answers are joined, so neither half is dropped. Only answers that state something are
 * joined: when either half is not understood, the whole question is answered as it was asked.
 */
import type { Answer } from '../answer.ts';
import type { Parsed } from './understand.ts';

/** "… and was it …", "… and what …": a second question after the first, each long enough to stand alone. */
const SECOND_QUESTION =
  /^(.{8,}?) and (?:also |then )?((?:was|is|were|are|did|does|do|what|whats|why|how|who|which|when|where|has|have|had) .{6,})$/;

/** "Russia voted FOR it? didn't they veto something?": two questions, each with its own question mark. */
const TWO_MARKS =
  /^(.{8,}?)\?\s+((?:was|is|were|are|did|didn['’]?t|does|doesn['’]?t|do|don['’]?t|what|what['’]?s|why|how|who|which|when|where|has|have|had|and)\b.{6,})$/i;

/** The two halves of a folded question, or null when it asks one thing. */
export function splitQuestion(text: string, display = ''): [string, string] | null {
  const marked = TWO_MARKS.exec(display.trim());
  if (marked?.[1] && marked[2]) return [marked[1], marked[2]];
  const m = SECOND_QUESTION.exec(text);
  if (!m?.[1] || !m[2]) return null;
  return [m[1], m[2]];
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const id = key(x);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The first answer, then the second under its own summary; stated data and sources without repeats. */
export function joinAnswers(first: Answer, second: Answer): Answer {
  return {
    ...first,
    confidence: Math.min(first.confidence, second.confidence),
    blocks: [...first.blocks, { type: 'paragraph', text: second.summary }, ...second.blocks],
    citations: uniqueBy([...first.citations, ...second.citations], (c) => c.id),
    positions: uniqueBy([...first.positions, ...second.positions], (p) => `${p.vote}|${p.country}`),
    tallies: uniqueBy([...first.tallies, ...second.tallies], (t) => t.vote),
    quotes: uniqueBy([...first.quotes, ...second.quotes], (q) => q.id),
  };
}

/** "… and what did its envoy say", "… and who voted against it": the second half refers back to the first. */
const REFERS_BACK = /\b(its|their|they|them|he|she|his|her)\b/;

/**
 * The second half takes the votes of the first when it names none ("what was the tally on ES-11/8 and who
 * voted against it"), and its countries when it points back to them ("how did France vote and what did its
 * envoy say").
 */
export function inheritContext(later: Parsed, earlier: Parsed): void {
  if (later.votes.ids.length === 0 && !later.votes.body) {
    later.votes.ids = [...earlier.votes.ids];
    later.votes.body = earlier.votes.body;
    later.votes.usDraftAmbiguous = earlier.votes.usDraftAmbiguous;
  }
  // "When was ES-11/6 voted and how long before the 2025 vote was that?": "that" is the vote named by symbol.
  const symbol = /\b(?:a\/res\/)?es[- ]?11[/ -]?\d\b|\b68[/ ]262\b/.exec(earlier.q.text)?.[0];
  if (symbol && /\b(that|it|this)\b/.test(later.q.text) && !later.q.text.includes(symbol)) {
    const text = `${later.q.text} ${symbol}`;
    later.q = { ...later.q, text, words: text.split(' ') };
  }
  // "… and did it also back ES-11/8?": with the vote named, "it" can only be the member.
  const itIsTheMember = later.votes.ids.length > 0 && /\bit\b/.test(later.q.text);
  if (
    later.countries.length === 0 &&
    later.people.speakers.length === 0 &&
    (REFERS_BACK.test(later.q.text) || itIsTheMember)
  ) {
    later.countries = [...earlier.countries];
    later.countryAt = new Map(earlier.countries.map((c) => [c, 0]));
  }
}

/**
 * The answer to a question that may ask two things: the whole question's answer unless both halves are
 * answered with facts and the whole answered only one of them.
 */
export function answerCompound(
  text: string,
  whole: Answer,
  askBoth: (first: string, second: string) => [Answer, Answer],
  display = '',
): Answer {
  const parts = splitQuestion(text, display);
  if (!parts || whole.kind !== 'answer') return whole;
  const [a, b] = askBoth(...parts);
  if (a.kind !== 'answer' || b.kind !== 'answer') return whole;
  // "Egypt voted yes on ES-11/7, right? And did it also back ES-11/8?": the same kind twice, the second about
  // something the whole answer leaves out.
  const adds = b.positions.some(
    (p) => !whole.positions.some((w) => w.vote === p.vote && w.country === p.country),
  );
  if (a.intent === b.intent && !adds) return whole;
  if (whole.intent !== a.intent && whole.intent !== b.intent) return whole;
  return joinAnswers(a, b);
}
