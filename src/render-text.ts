import type { Answer, Block, Citation } from './answer.ts';
import { type Headings, headings } from './i18n/headings.ts';

function blockToText(block: Block, h: Headings): string {
  switch (block.type) {
    case 'paragraph':
      return block.text;
    case 'note':
      return `${h.note}: ${block.text}`;
    case 'bullets':
      return block.items.map((i) => `• ${i}`).join('\n');
    case 'fields':
      return block.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'quote':
      return `“${block.text}”\n  — ${block.speaker}, ${block.role} (${block.forum}) [${block.sourceId}]`;
    case 'countries':
      return `${block.label}: ${block.countries.length > 0 ? block.countries.join(', ') : 'none'}`;
    case 'user':
      return `${block.label} ${block.userId}`;
  }
}

export function citationToText(c: Citation, index: number): string {
  return `[${index + 1}] ${c.title}, ${c.publisher}${c.url ? ` ${c.url}` : ''} (${c.id})`;
}

/** The whole answer as plain text: console output, `ask`, and the base of every fallback text. */
export function answerToText(answer: Answer, opts: { suggestions?: boolean } = {}): string {
  const h = headings(answer.lang);
  const parts = [answer.summary, ...answer.blocks.map((b) => blockToText(b, h))];
  for (const img of answer.images ?? []) parts.push(`Picture of ${img.vote}: ${img.path}`);
  if (answer.citations.length > 0)
    parts.push(`${h.sources}:\n${answer.citations.map(citationToText).join('\n')}`);
  if ((opts.suggestions ?? true) && answer.suggestions.length > 0)
    parts.push(`${h.suggestions}:\n${answer.suggestions.map((s) => `• ${s}`).join('\n')}`);
  return parts.filter((p) => p.length > 0).join('\n\n');
}
