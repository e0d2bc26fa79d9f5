import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../../src/router/memo.ts';

describe('BoundedMemo', () => {
  it('given the same key twice, it computes once, null results included', () => {
    const memo = new BoundedMemo<string, string | null>(10);
    let calls = 0;
    const compute = () => {
      calls++;
      return null;
    };
    expect(memo.get('frnace', compute)).toBeNull();
    expect(memo.get('frnace', compute)).toBeNull();
    expect(calls).toBe(1);
  });

  it('given more keys than it holds, it forgets and computes again', () => {
    const memo = new BoundedMemo<number, number>(2);
    const seen: number[] = [];
    const square = (n: number) => {
      seen.push(n);
      return n * n;
    };
    for (const n of [1, 2, 3, 1]) expect(memo.get(n, square)).toBe(n * n);
    expect(seen).toEqual([1, 2, 3, 1]);
  });
});
