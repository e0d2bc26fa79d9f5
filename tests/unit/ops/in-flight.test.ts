import { describe, expect, it } from 'vitest';
import { createInFlight } from '../../../src/ops/in-flight.ts';

const resolveAfter = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms));

describe('in-flight work', () => {
  it('given work that finishes within the grace, drain waits for it and reports true', async () => {
    const f = createInFlight();
    let finished = false;
    void f.track(
      resolveAfter(30, 1).then(() => {
        finished = true;
      }),
    );
    expect(f.size).toBe(1);
    expect(await f.drain(1000)).toBe(true);
    expect(finished).toBe(true);
    expect(f.size).toBe(0);
  });

  it('given work longer than the grace, drain gives up at the grace and reports false', async () => {
    const f = createInFlight();
    const slow = resolveAfter(500, 1);
    f.track(slow).catch(() => undefined);
    const t0 = performance.now();
    expect(await f.drain(40)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(400);
  });

  it('given failing work, it is forgotten like finished work and the error reaches the caller', async () => {
    const f = createInFlight();
    await expect(f.track(Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(f.size).toBe(0);
    expect(await f.drain(10)).toBe(true);
  });
});
