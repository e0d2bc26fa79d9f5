import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/knowledge/load.ts';

/** Scratch copies of knowledge/ with one file edited, removed after each test. */
export function scratchCopies(): (file: string, edit: (json: unknown) => unknown) => string {
  const copies: string[] = [];
  afterEach(() => {
    for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (file, edit) => {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-knowledge-'));
    copies.push(dir);
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8')))));
    return dir;
  };
}
