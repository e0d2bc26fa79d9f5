import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../adapters/console/console-adapter.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter, type Router } from '../../../src/router/router.ts';

const router = createRouter(loadKnowledge());

function collect(stream: PassThrough): () => string {
  let out = '';
  stream.on('data', (d) => {
    out += d;
  });
  return () => out;
}

describe('console chat', () => {
  it('given piped lines, it answers each in order with plain text (no colour codes)', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const text = collect(output);
    const done = createConsoleAdapter({ router, input, output, interactive: false }).run();
    input.end('how did France vote on 2774?\nwho abstained on 2774?\n');
    await done;
    const out = text();
    expect(out.indexOf('France abstained on S/RES/2774')).toBeGreaterThanOrEqual(0);
    expect(out.indexOf('France abstained')).toBeLessThan(out.indexOf('Members that abstained'));
    expect(out).not.toContain('\u001b[');
  });

  it('given a router still loading, it shows the prompt at once and answers once the router is ready', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const text = collect(output);
    let ready: (r: Router) => void = () => {};
    const pending = new Promise<Router>((resolve) => {
      ready = resolve;
    });
    const done = createConsoleAdapter({ router: pending, input, output, interactive: true }).run();
    input.write('help\n');
    await new Promise((r) => setTimeout(r, 20));
    expect(text()).toContain('plenary> ');
    expect(text()).not.toContain('Plenary answers questions');
    ready(router);
    input.end('quit\n');
    await done;
    expect(text()).toContain('Plenary answers questions');
  });
});
