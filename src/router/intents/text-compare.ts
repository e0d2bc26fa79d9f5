/**
 * "Is 2774 word for word the same as L.11?", "main differences between the Ukraine resolution and the US one":
 * two texts held in full are compared paragraph by paragraph, and only the words that differ are shown; when
 * either is held only in part, each is shown as far as it is held, and the answer says a full comparison is
 * not possible.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import type { TextDocument } from '../../knowledge/schema-v2.ts';
import { addCitations } from '../cite.ts';
import { joinNames } from '../describe.ts';
import { addDocument, differingWords, labelOf } from './text-blocks.ts';

const SAME_OR_NOT =
  /\b(same|identical|word for word|differ|differs|differed|different|difference|differences)\b/;
const COMPARED = /\b(compare|compared|comparison|versus|vs)\b/;

/**
 * Two texts compared: "the same", "differences" between resolutions; "compare" only of the texts or wording
 * ("compare the two resolutions" asks how their votes compare).
 */
export const asksTextComparison = (t: string): boolean =>
  !/\bwhy\b|\bhow come\b|\bcame out\b|\bcome out\b/.test(t) &&
  ((SAME_OR_NOT.test(t) && /\b(texts?|wording|words|drafts?|resolutions?|ones?)\b/.test(t)) ||
    (COMPARED.test(t) && /\b(texts?|wording|words|drafts?)\b/.test(t)));

function differences(x: TextDocument, y: TextDocument): string[] {
  const out: string[] = [];
  const labels = [...new Set([...x.paragraphs.map((p) => p.n), ...y.paragraphs.map((p) => p.n)])];
  for (const n of labels) {
    const [px, py] = [x.paragraphs.find((p) => p.n === n), y.paragraphs.find((p) => p.n === n)];
    if (!px || !py) {
      const only = px ? x : y;
      out.push(`${labelOf(n)} is only in ${only.symbol}: “${(px ?? py)!.text}”`);
      continue;
    }
    if (px.text === py.text) continue;
    const [a, b] = differingWords(px.text, py.text);
    const disputed =
      px.disputed || py.disputed ? ' (a disputed word: the copies differ, and neither is certain)' : '';
    out.push(`${labelOf(n)}: “${a}” in ${x.symbol}, “${b}” in ${y.symbol}${disputed}`);
  }
  return out;
}

export function compareTexts(k: Knowledge, docs: TextDocument[]): Answer {
  const a = emptyAnswer('answer', 'text_compare', '');
  const [x, y] = docs as [TextDocument, TextDocument];
  if (x.complete && y.complete) {
    const diffs = differences(x, y);
    a.summary =
      diffs.length === 0
        ? `${x.symbol} and ${y.symbol} are the same, word for word (both are held in full).`
        : `Apart from ${diffs.length === 1 ? 'one difference' : `${diffs.length} differences`}, ${x.symbol} and ${y.symbol} are the same, word for word (both are held in full):`;
    if (diffs.length > 0) a.blocks.push({ type: 'bullets', items: diffs });
    for (const d of [x, y])
      for (const p of d.paragraphs.filter((p) => p.disputed))
        a.blocks.push({
          type: 'note',
          text: `One word of ${d.symbol} ${p.n} is disputed between printings (${p.variants.map((v) => v.note).join('; ')}); ask “what does ${p.n} of ${d.symbol} say” for both readings.`,
        });
    for (const d of [x, y]) addCitations(k, a, ...d.paragraphs.map((p) => p.sources));
  } else {
    const partial = docs.filter((d) => !d.complete).map((d) => d.symbol);
    a.summary = `${joinNames(partial)} ${partial.length > 1 ? 'are' : 'is'} held only in part, so the texts cannot be compared word for word; what each says, as far as it is held:`;
    for (const d of docs) addDocument(k, a, d, { subject: null, paragraph: null });
  }
  a.suggestions = ['What did the amendments add?', 'Does 2774 name Russia as the aggressor?'];
  a.confidence = 0.85;
  return a;
}
