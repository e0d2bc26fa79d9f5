import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../e2e/fakes/dockerfile.ts';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

/** The node flags of a command line: the words starting with "--" before `--import tsx`. */
function nodeFlags(words: string[]): string[] {
  const end = words.indexOf('--import');
  return words.slice(1, end < 0 ? words.length : end).filter((w) => w.startsWith('--'));
}

const start = nodeFlags((scripts.start ?? '').split(/\s+/));

describe('the node flags the bot runs with', () => {
  it('given npm start, it caps the young generation (most of the router bench RSS above the 150 MB target)', () => {
    expect(start.some((f) => /^--max-semi-space-size=\d+$/.test(f))).toBe(true);
  });

  it('given the image CMD and the systemd unit, they run the bot with the same flags as npm start', () => {
    const cmd = parseDockerfile(read('Dockerfile')).cmd;
    expect(Array.isArray(cmd) ? nodeFlags(cmd) : cmd).toEqual(start);
    const exec = read('deploy/plenary.service').match(/^ExecStart=(.+)$/m)?.[1] ?? '';
    expect(nodeFlags(exec.split(/\s+/))).toEqual(start);
  });

  it('given npm run bench, it measures the router with the flags the bot runs with', () => {
    expect(nodeFlags((scripts.bench ?? '').split(/\s+/))).toEqual(start);
  });
});
