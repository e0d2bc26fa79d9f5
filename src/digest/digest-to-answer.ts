import type { Answer, Block } from '../answer.ts';
import { answerToText } from '../render-text.ts';
import { type DigestHeadings, digestHeadings } from './localize-digest.ts';
import { DIGEST_MESSAGES as M } from './messages.ts';
import type { Digest, DigestItem } from './types.ts';

type DigestParts = Omit<Digest, 'text'>;

/** " [1, 3]": the item's sources as numbers of the digest's citation list. */
function refs(d: DigestParts, item: DigestItem): string {
  const numbers = item.sources
    .map((id) => d.citations.findIndex((c) => c.id === id) + 1)
    .filter((n) => n > 0);
  return numbers.length > 0 ? ` [${numbers.join(', ')}]` : '';
}

const ENGLISH_HEADINGS: DigestHeadings = {
  above: { recap_vote: `${M.recapHeading}:`, on_this_day: `${M.onThisDayHeading}:` },
  fact: (text) => `${M.factHeading}: ${text}`,
};

function blocksOf(d: DigestParts): Block[] {
  const blocks: Block[] = [];
  const headings = d.lang === 'en' ? ENGLISH_HEADINGS : digestHeadings(d.lang);
  const quoteById = new Map(d.quotes.map((q) => [q.id, q]));
  for (const kind of ['notice', 'milestone', 'recap_vote', 'quote', 'on_this_day', 'fact'] as const) {
    const items = d.items.filter((i) => i.kind === kind);
    if (items.length === 0) continue;
    if (kind === 'quote') {
      for (const item of items) {
        const q = item.ref ? quoteById.get(item.ref) : undefined;
        if (q)
          blocks.push({
            type: 'quote',
            text: q.text,
            speaker: q.speaker,
            role: q.role,
            forum: q.forum,
            sourceId: q.source,
          });
      }
    } else if (kind === 'fact') {
      for (const item of items)
        blocks.push({ type: 'paragraph', text: headings.fact(`${item.text}${refs(d, item)}`) });
    } else if (headings.above[kind]) {
      blocks.push({ type: 'paragraph', text: headings.above[kind] });
      blocks.push({ type: 'bullets', items: items.map((i) => `${i.text}${refs(d, i)}`) });
    } else {
      for (const item of items) blocks.push({ type: 'paragraph', text: `${item.text}${refs(d, item)}` });
    }
  }
  for (const text of d.notes) blocks.push({ type: 'note', text });
  return blocks;
}

/** The digest as a neutral Answer, so every adapter's renderer shows it like any other answer. */
export function digestToAnswer(d: DigestParts): Answer {
  return {
    kind: d.day < 0 ? 'no_answer' : 'answer',
    intent: 'digest',
    confidence: 1,
    summary: d.title,
    blocks: blocksOf(d),
    citations: d.citations,
    positions: d.positions,
    tallies: d.tallies,
    quotes: d.quotes,
    suggestions: [],
    ...(d.lang === 'en' ? {} : { lang: d.lang }),
  };
}

/** The digest's plain text: the same text the console renderer prints. */
export function renderDigestText(d: DigestParts): string {
  return answerToText(digestToAnswer(d), { suggestions: false });
}
