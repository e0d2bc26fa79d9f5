/**
 * The in-memory deduper skips its eviction pass when nothing can be evicted (the receiver's replay guard asks it
 * twice per request); it must answer exactly as a deduper that runs the pass on every call.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEventDeduper } from '../../../adapters/slack/dedupe.ts';

/** The deduper as it was: the eviction pass on every call. */
function reference(ttl: number, max: number, now: () => number) {
  const seen = new Map<string, number>();
  const evict = (t: number): void => {
    for (const [id, at] of seen) {
      if (t - at < ttl && seen.size <= max) break;
      seen.delete(id);
    }
  };
  return {
    firstSeen(id: string): boolean {
      const t = now();
      evict(t);
      const at = seen.get(id);
      if (at !== undefined && t - at < ttl) return false;
      seen.set(id, t);
      if (seen.size > max) evict(t);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}

describe('in-memory event deduper', () => {
  it('given any sequence of ids and clock moves (backwards too), it answers and holds as the pass on every call', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 6 }),
        fc.array(
          fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), fc.integer({ min: -20, max: 40 })),
          {
            maxLength: 200,
          },
        ),
        (ttl, max, steps) => {
          let t = 1_000;
          const clock = () => t;
          const ours = createEventDeduper({ ttlMs: ttl, maxEntries: max, now: clock });
          const theirs = reference(ttl, max, clock);
          for (const [id, move] of steps) {
            t += move;
            expect(ours.firstSeen(id)).toBe(theirs.firstSeen(id));
            expect(ours.size).toBe(theirs.size);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('given entries that expire while others are still fresh, only the expired ones go', () => {
    let t = 0;
    const d = createEventDeduper({ ttlMs: 100, now: () => t });
    expect(d.firstSeen('a')).toBe(true);
    t = 50;
    expect(d.firstSeen('b')).toBe(true);
    t = 120;
    expect(d.firstSeen('b')).toBe(false);
    expect(d.size).toBe(1);
    expect(d.firstSeen('a')).toBe(true);
    t = 160;
    expect(d.firstSeen('c')).toBe(true);
    expect(d.size).toBe(2);
  });
});
