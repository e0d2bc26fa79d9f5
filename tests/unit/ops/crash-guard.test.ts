import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('process crash guard', () => {
  it('given an unhandled rejection and an uncaught exception after start-up, it logs both and the process keeps running', async () => {
    const child = join(import.meta.dirname, 'crash-guard-child.ts');
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', child], { timeout: 20_000 });
    expect(stdout).toBe('still running\n');
    const lines = stderr
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { msg: string; err: { message: string } });
    expect(lines.map((l) => l.msg)).toEqual([
      'unhandled promise rejection; the process keeps running',
      'uncaught exception; the process keeps running',
    ]);
    expect(lines[1]?.err.message).toMatch(/ssl_check/);
  });
});
