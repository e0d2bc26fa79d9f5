import { describe, expect, it } from 'vitest';
import type { AnswerImage } from '../../../src/answer.ts';
import { answerToJson } from '../../../src/answer-json.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';

const k = loadKnowledge();

describe('pictures of votes', () => {
  it('given "show the map of the Ukraine resolution", it asks the image provider for that vote and attaches the picture', () => {
    const calls: { ids: string[]; highlight?: string }[] = [];
    const router = createRouter(k, {
      images: (ids, o): AnswerImage[] => {
        calls.push({ ids, ...(o.highlight ? { highlight: o.highlight } : {}) });
        return ids.map((id) => ({ vote: k.voteById.get(id)!.symbol, path: `/tmp/${id}.png`, alt: 'map' }));
      },
    });
    const a = router.ask('show me the map of the Ukraine resolution with Hungary highlighted');
    expect(a.intent).toBe('map');
    expect(calls).toEqual([{ ids: ['ga_es11_7'], highlight: 'Hungary' }]);
    expect(answerToJson('q', a).images).toEqual([{ vote: 'A/RES/ES-11/7', path: '/tmp/ga_es11_7.png' }]);
    expect(a.tallies.map((t) => t.vote)).toEqual(['A/RES/ES-11/7']);
  });

  it('given no image provider, it answers in text and says pictures are not available', () => {
    const a = createRouter(k).ask('map of 2774');
    expect(a.images).toBeUndefined();
    expect(a.tallies.map((t) => t.vote)).toEqual(['S/RES/2774 (2025)']);
    expect(a.blocks.some((b) => b.type === 'note' && b.text.startsWith('Pictures are not available'))).toBe(
      true,
    );
  });

  it('given a provider that fails, it still answers with the tally', () => {
    const router = createRouter(k, {
      images: () => {
        throw new Error('disk full');
      },
    });
    const a = router.ask('chart of ES-11/8');
    expect(a.kind).toBe('answer');
    expect(a.tallies).toHaveLength(1);
  });
});
