import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('layer boundaries', () => {
  it('the core in src/ imports no platform library and nothing from adapters/', () => {
    const offenders = tsFiles(join(root, 'src')).flatMap((f) =>
      importsOf(f)
        .filter((m) => /^(discord\.js|@discordjs\/|@slack\/)/.test(m) || m.includes('/adapters/'))
        .map((m) => `${relative(root, f)} imports ${m}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the core never reads process.env (only adapters/main.ts does)', () => {
    const readers = tsFiles(join(root, 'src')).filter((f) => readFileSync(f, 'utf8').includes('process.env'));
    expect(readers.map((f) => relative(root, f))).toEqual([]);
  });

  it('the Slack and Discord adapters never import each other', () => {
    const cross = [
      ...tsFiles(join(root, 'adapters/slack')).filter((f) =>
        importsOf(f).some((m) => m.includes('/discord/')),
      ),
      ...tsFiles(join(root, 'adapters/discord')).filter((f) =>
        importsOf(f).some((m) => m.includes('/slack/')),
      ),
    ];
    expect(cross).toEqual([]);
  });
});
