import type { Answer, Block } from '../../src/answer.ts';
import { answerToText, citationToText } from '../../src/render-text.ts';

const ESC = '\u001b[';
const style = {
  bold: (s: string) => `${ESC}1m${s}${ESC}22m`,
  dim: (s: string) => `${ESC}2m${s}${ESC}22m`,
  italic: (s: string) => `${ESC}3m${s}${ESC}23m`,
  cyan: (s: string) => `${ESC}36m${s}${ESC}39m`,
  yellow: (s: string) => `${ESC}33m${s}${ESC}39m`,
};

function blockToAnsi(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.text;
    case 'note':
      return style.yellow(`Note: ${block.text}`);
    case 'bullets':
      return block.items.map((i) => `  • ${i}`).join('\n');
    case 'fields':
      return block.fields.map((f) => `  ${style.bold(`${f.label}:`)} ${f.value}`).join('\n');
    case 'quote':
      return `  ${style.italic(`“${block.text}”`)}\n    ${style.dim(`— ${block.speaker}, ${block.role} (${block.forum}) [${block.sourceId}]`)}`;
    case 'countries':
      return `${style.bold(`${block.label}:`)} ${block.countries.length > 0 ? block.countries.join(', ') : 'none'}`;
    case 'user':
      return `${block.label} ${block.userId}`;
  }
}

/** Answer -> terminal text: coloured on a TTY, the plain text otherwise. */
export function renderConsole(answer: Answer, color: boolean): string {
  if (!color) return answerToText(answer);
  const parts = [style.bold(style.cyan(answer.summary)), ...answer.blocks.map(blockToAnsi)];
  for (const img of answer.images ?? []) parts.push(`Picture of ${img.vote}: ${img.path}`);
  if (answer.citations.length > 0)
    parts.push(style.dim(`Sources:\n${answer.citations.map(citationToText).join('\n')}`));
  if (answer.suggestions.length > 0)
    parts.push(style.dim(`You could ask:\n${answer.suggestions.map((s) => `  • ${s}`).join('\n')}`));
  return parts.join('\n\n');
}
