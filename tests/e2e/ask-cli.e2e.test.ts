import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function run(
  args: string[],
  input?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'ask', '--', ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const SHAPE = ['question', 'intent', 'confidence', 'text', 'positions', 'tallies', 'quotes', 'citations'];

describe('npm run ask, as a real process', () => {
  it('given --json and a question, it prints one JSON object of the fixed shape', async () => {
    const { code, stdout } = await run(['--json', 'how did the US vote on ES-11/7?']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!);
    expect(Object.keys(json)).toEqual(SHAPE);
    expect(json.positions).toContainEqual({
      vote: 'A/RES/ES-11/7',
      country: 'United States of America',
      position: 'no',
    });
    expect(json.citations[0]).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      url: expect.any(String),
    });
  });

  it('given --json and questions on stdin, it prints one object per line, in order', async () => {
    const { code, stdout } = await run(
      ['--json'],
      'help\nhow did France vote?\n\nWhat is the capital of France?\n',
    );
    expect(code).toBe(0);
    const objects = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(objects.map((o) => o.question)).toEqual([
      'help',
      'how did France vote?',
      '',
      'What is the capital of France?',
    ]);
    expect(objects.map((o) => o.intent)).toEqual(['help', 'country_vote', 'empty', 'out_of_scope']);
  });

  it('given a plain question, it prints the plain-text answer with its sources', async () => {
    const { code, stdout } = await run(['who abstained on 2774?']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Denmark, France, Greece, Slovenia, United Kingdom of Great Britain and Northern Ireland',
    );
    expect(stdout).toContain('Sources:');
  });
});
