import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, type Logger, lazyChild } from '../../../src/logger.ts';

function capture(level: string): { log: Logger; lines: () => Record<string, unknown>[] } {
  const out: string[] = [];
  const log = createLogger({
    level,
    destination: new Writable({
      write(chunk, _enc, done) {
        out.push(String(chunk));
        done();
      },
    }),
  });
  return { log, lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('lazyChild', () => {
  it('given a line at an enabled level, it is written with the bindings, as the child would write it', () => {
    const { log, lines } = capture('info');
    lazyChild(log, { command: '/votes', user: 'U1' }).warn({ code: 'x' }, 'failed');
    log.child({ command: '/votes', user: 'U1' }).warn({ code: 'x' }, 'failed');
    const [lazy, eager] = lines().map(({ time: _t, ...rest }) => rest);
    expect(lazy).toEqual(eager);
    expect(lazy).toMatchObject({ command: '/votes', user: 'U1', code: 'x', msg: 'failed' });
  });

  it('given only lines below the level, it makes no child and writes nothing', () => {
    const { log, lines } = capture('info');
    let children = 0;
    const counting = new Proxy(log, {
      get: (t, p) =>
        p === 'child'
          ? (b: Record<string, unknown>) => {
              children++;
              return t.child(b);
            }
          : Reflect.get(t, p, t),
    });
    const lazy = lazyChild(counting, { command: '/votes' });
    lazy.debug('not shown');
    lazy.trace('not shown');
    expect(children).toBe(0);
    lazy.error('shown');
    lazy.info('shown too');
    expect(children).toBe(1);
    expect(lines().map((l) => l.msg)).toEqual(['shown', 'shown too']);
  });

  it('given a child of it, the bindings of both are on its lines', () => {
    const { log, lines } = capture('debug');
    lazyChild(log, { a: 1 }).child({ b: 2 }).debug('x');
    expect(lines()[0]).toMatchObject({ a: 1, b: 2, msg: 'x' });
  });
});
