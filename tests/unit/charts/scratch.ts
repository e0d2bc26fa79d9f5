import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * Chart folders for one test file: each call gives `<tmp>/plenary-<name>-XXXX/charts` (created when asked), and
 * every folder it gave is removed after each test.
 */
export function chartScratch(name: string): (opts?: { create?: boolean }) => string {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  return ({ create = false } = {}) => {
    const root = mkdtempSync(join(tmpdir(), `plenary-${name}-`));
    roots.push(root);
    const dir = join(root, 'charts');
    if (create) mkdirSync(dir);
    return dir;
  };
}
