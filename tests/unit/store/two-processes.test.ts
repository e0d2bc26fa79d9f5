import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { sub, type TempDb, tempDb } from '../digest/helpers.ts';

const run = promisify(execFile);
const child = join(import.meta.dirname, 'two-processes-child.ts');
let db: TempDb;
afterEach(() => db?.cleanup());

describe('two processes sharing one database file', () => {
  it('post each channel’s digest exactly once between them', async () => {
    db = tempDb();
    const store = db.open();
    for (let i = 0; i < 300; i++)
      store.subscribe(sub(`C${String(i).padStart(3, '0')}`), new Date('2026-05-01T00:00:00Z'));
    store.close();
    const startAt = String(Date.now() + 1500);
    const args = ['--import', 'tsx', child, db.path, '2026-05-01T09:00:00Z', startAt];
    const outputs = await Promise.all([run(process.execPath, args), run(process.execPath, args)]);
    const posted = outputs.map((o) => JSON.parse(o.stdout) as string[]);
    const all = posted.flat();
    expect(all).toHaveLength(300);
    expect(new Set(all).size).toBe(300);
  });
});
