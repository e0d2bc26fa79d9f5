import type { Answer, Block } from '../answer.ts';
import { answerToText } from '../render-text.ts';
import { DIGEST_MESSAGES as M } from './messages.ts';
import type { Digest, DigestItem, DigestItemKind } from './types.ts';

type DigestParts = Omit<Digest, 'text'>;

/** " [1, 3]": the item's sources as numbers of the digest's citation list. */
function refs(d: DigestParts, item: DigestItem): string {
  const numbers = item.sources
    .map((id) => d.citations.findIndex((c) => c.id === id) + 1)
    .filter((n) => n > 0);
  return numbers.length > 0 ? ` [${numbers.join(', ')}]` : '';
}

const HEADINGS: Partial<Record<DigestItemKind, string>> = {
  recap_vote: M.recapHeading,
  on_this_day: M.onThisDayHeading,
};

function blocksOf(d: DigestParts): Block[] {
  const blocks: Block[] = [];
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
        blocks.push({ type: 'paragraph', text: `${M.factHeading}: ${item.text}${refs(d, item)}` });
    } else if (HEADINGS[kind]) {
      blocks.push({ type: 'paragraph', text: `${HEADINGS[kind]}:` });
      blocks.push({ type: 'bullets', items: items.map((i) => `${i.text}${refs(d, i)}`) });
    } else {
      for (const item of items) blocks.push({ type: 'paragraph', text: `${item.text}${refs(d, item)}` });
    }
  }
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
  };
}

/** The digest's plain text: the same text the console renderer prints. */
export function renderDigestText(d: DigestParts): string {
  return answerToText(digestToAnswer(d), { suggestions: false });
}
