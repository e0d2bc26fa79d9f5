import type { Answer } from '../answer.ts';
import type { Knowledge } from '../knowledge/model.ts';
import type { LanguageReading } from './reading.ts';

export function localize(_k: Knowledge, a: Answer, reading: LanguageReading): Answer {
  if (reading.note) return { ...a, blocks: [...a.blocks, { type: 'note', text: reading.note }] };
  return a;
}
