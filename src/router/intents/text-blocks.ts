/**
 * A text of the day as answer blocks: the paragraphs asked for, verbatim and cited, labelled PP/OP; a disputed
 * word shown as disputed; what is not held; and the phrases quoted in the press, labelled as such.
 */
import type { Answer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import type { Paragraph, TextDocument } from '../../knowledge/schema-v2.ts';
import { addCitations } from '../cite.ts';
import { joinNames } from '../describe.ts';
import { meetsSubject, meetsTerm, relatedTerms, type Subject, stemsOf } from './text-search.ts';

/** Ordinal words, first to tenth. */
export const ORDINAL = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const KIND: Record<string, string> = { PP: 'preambular paragraph', OP: 'operative paragraph' };

/** "PP1" -> "PP1 (preambular paragraph 1)"; "heading" -> "Heading". */
export function labelOf(n: string): string {
  const m = /^(PP|OP)(\d+)$/.exec(n);
  if (!m) return n.charAt(0).toUpperCase() + n.slice(1);
  return `${n} (${KIND[m[1]!]} ${m[2]})`;
}

/** "its third preambular paragraph": the last paragraph held, in words. */
function lastHeld(d: TextDocument): string | null {
  const last = d.paragraphs.at(-1);
  const m = last ? /^(PP|OP)(\d+)$/.exec(last.n) : null;
  if (!m) return null;
  return `its ${ORDINAL[Number(m[2]) - 1] ?? `${m[2]}th`} ${KIND[m[1]!]}`;
}

/** The words where a paragraph and its variant differ: "through" / "throughout". */
export function differingWords(a: string, b: string): [string, string] {
  const [x, y] = [a.split(' '), b.split(' ')];
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return [x.slice(i, x.length - j).join(' '), y.slice(i, y.length - j).join(' ')];
}

function addParagraph(k: Knowledge, a: Answer, d: TextDocument, p: Paragraph): void {
  const variant = p.variants[0];
  if (p.disputed && variant) {
    const [mine, theirs] = differingWords(p.text, variant.text);
    a.blocks.push({
      type: 'paragraph',
      text: `${labelOf(p.n)}, one word disputed: ${p.text.replace(mine, `${mine} / ${theirs}`)}`,
    });
    a.blocks.push({
      type: 'note',
      text: `Disputed wording in ${d.symbol} ${p.n}: the copies of this text read “${mine}”, while ${variant.note || 'another printing'} reads “${theirs}”; the UN document itself was not read, so neither word is given as certain.`,
    });
  } else {
    a.blocks.push({ type: 'paragraph', text: `${labelOf(p.n)}: “${p.text}”` });
    if (variant) a.blocks.push({ type: 'note', text: `Another printing of ${p.n} reads: “${variant.text}”` });
  }
  addCitations(k, a, p.sources, ...p.variants.map((v) => v.sources));
}

/**
 * "Does 2774 name Russia as the aggressor?": no paragraph has every word, so say where each word is found and
 * where none is, and give the paragraphs that have some. Null when no paragraph has any of them.
 */
function termsFound(d: TextDocument, subject: Subject): { text: string; paragraphs: Paragraph[] } | null {
  const where = subject.terms.map((t) => ({
    word: subject.words[t] ?? t,
    in: d.paragraphs.filter((p) => meetsTerm(stemsOf(p.text), t)).map((p) => p.n),
  }));
  const some = d.paragraphs.filter((p) => where.some((w) => w.in.includes(p.n)));
  if (some.length === 0 || subject.terms.length < 2) return null;
  const none = d.complete ? 'in no paragraph (the text is held in full)' : 'in none of the held paragraphs';
  const parts = where.map((w) => `“${w.word}” is ${w.in.length > 0 ? `in ${w.in.join(', ')}` : none}`);
  const tail = d.complete ? '' : ' The rest of the text is not held.';
  return {
    text: `No paragraph of ${d.symbol} has all of “${subject.phrase}”: ${parts.join('; ')}.${tail}`,
    paragraphs: some,
  };
}

/** What is not held of a partial text, said plainly. */
export function notHeld(d: TextDocument): string[] {
  if (d.complete) return [];
  const last = lastHeld(d);
  const head =
    d.paragraphs.length === 0
      ? `No paragraph of the text of ${d.symbol} is held, only phrases quoted in the press.`
      : `The full text of ${d.symbol} is not held beyond ${last ?? 'the paragraphs above'}.`;
  return [head, ...d.missing.map((m) => `Not held: ${m}.`)];
}

export interface DocumentQuery {
  subject: Subject | null;
  /** "OP1": only that paragraph. */
  paragraph: string | null;
}

/** How a document met the question: every word found, some of them, or none. */
export type Found = 'all' | 'some' | 'none';

/** Adds one document's answer and says how it met the question. */
export function addDocument(k: Knowledge, a: Answer, d: TextDocument, q: DocumentQuery): Found {
  const held = d.complete ? 'held in full' : 'held only in part';
  a.blocks.push({
    type: 'fields',
    fields: [{ label: `${d.symbol} “${d.title}”`, value: `${d.body}; ${held}` }],
  });
  const fits = (text: string) => !q.subject || meetsSubject(text, q.subject);
  let paragraphs = d.paragraphs.filter(
    (p) => isAsked(p.n, q.paragraph) && (fits(p.text) || p.variants.some((v) => fits(v.text))),
  );
  // A phrase quoted in the press, where it is placed in the paragraph asked ("PP4 (opening…)") or anywhere.
  const fragments = d.fragments.filter((f) => isAsked(f.where, q.paragraph) && fits(f.text));
  const partly =
    q.subject && paragraphs.length === 0 && fragments.length === 0 ? termsFound(d, q.subject) : null;
  if (partly) {
    a.blocks.push({ type: 'paragraph', text: partly.text });
    paragraphs = partly.paragraphs;
  }
  const nearest =
    q.subject && paragraphs.length === 0 && fragments.length === 0 ? nearestWords(d, q.subject) : null;
  for (const p of paragraphs) addParagraph(k, a, d, p);
  if (q.paragraph && !d.paragraphs.some((p) => isAsked(p.n, q.paragraph)))
    a.blocks.push({
      type: 'paragraph',
      // A text held in full has no such paragraph; of a partial one, it is not held.
      text: d.complete
        ? `${d.symbol}, held in full, has no ${q.paragraph}: its only paragraphs are ${joinNames(d.paragraphs.filter((p) => /^(PP|OP)\d/.test(p.n)).map((p) => p.n))}.`
        : `${labelOf(q.paragraph)} of ${d.symbol} is not held${fragments.length > 0 ? ' in full; the press quotes it in part (below)' : ''}.`,
    });
  else if (q.subject && paragraphs.length === 0 && fragments.length === 0 && !partly)
    a.blocks.push({
      type: 'paragraph',
      text: d.complete
        ? `${d.symbol} is held in full, and none of its paragraphs contains “${q.subject.phrase}”.`
        : `None of the held paragraphs of ${d.symbol} contains “${q.subject.phrase}”; the rest of the text is not held, so whether it does is not known.`,
    });
  if (nearest) {
    a.blocks.push({ type: 'paragraph', text: nearest.text });
    for (const p of nearest.paragraphs) addParagraph(k, a, d, p);
  }
  if (fragments.length > 0) {
    a.blocks.push({
      type: 'bullets',
      items: fragments.map(
        (f) => `Quoted in the press (a phrase, not a whole paragraph; ${f.where}): “${f.text}”`,
      ),
    });
    addCitations(k, a, ...fragments.map((f) => f.sources.slice(0, 2)));
  }
  for (const line of notHeld(d)) a.blocks.push({ type: 'note', text: line });
  const unmatched = d.fragments.length - fragments.length;
  if (!d.complete && q.subject && fragments.length === 0 && unmatched > 0)
    a.blocks.push({
      type: 'note',
      text: `${unmatched} phrase${unmatched > 1 ? 's' : ''} of ${d.symbol} quoted in the press ${unmatched > 1 ? 'are' : 'is'} held; none has these words. Ask “what does ${d.symbol.replace(/^A\/RES\//, '')} say” to see them.`,
    });
  if (partly) return 'some';
  return paragraphs.length + fragments.length > 0 ? 'all' : 'none';
}

/**
 * A paragraph (or a press phrase's place, "PP4 (opening…)", "operative paragraph not identified") is the one asked:
 * "OP1" asks for OP1, "OP" for every operative paragraph.
 */
function isAsked(where: string, asked: string | null): boolean {
  if (!asked) return true;
  if (/\d$/.test(asked)) return where === asked || where.startsWith(`${asked} `);
  return where.startsWith(asked) || where.startsWith(`${KIND[asked]}`.split(' ')[0] ?? asked);
}

/** "Does 2774 call it an invasion?": when a text has none of the words, the nearest words it does use. */
function nearestWords(d: TextDocument, subject: Subject): { text: string; paragraphs: Paragraph[] } | null {
  const near = relatedTerms(subject);
  const paragraphs = d.paragraphs.filter((p) => near.some((t) => meetsTerm(stemsOf(p.text), t)));
  if (paragraphs.length === 0) return null;
  return {
    text: `The nearest words ${d.symbol} uses are in ${paragraphs.map((p) => p.n).join(', ')}:`,
    paragraphs,
  };
}
