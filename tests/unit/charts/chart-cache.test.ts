import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ChartRenderer,
  chartKey,
  chartPathFor,
  createChartCache,
  defaultRenderer,
  imagesFor,
} from '../../../src/charts/index.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import type { Knowledge } from '../../../src/knowledge/model.ts';
import { chartScratch } from './scratch.ts';
import { pngSize } from './svg-read.ts';

let knowledge: Knowledge;

beforeAll(() => {
  knowledge = loadKnowledge();
});

const newScratch = chartScratch('charts');
const scratch = () => newScratch();

/** A renderer that counts its calls and returns a tiny stand-in, so cache tests do not draw maps. */
function countingRenderer(): { render: ChartRenderer; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    render: (_k, voteId, request) => {
      calls.push(`${request.kind}:${voteId}:${request.highlight ?? ''}`);
      return Buffer.from(`png of ${voteId}`);
    },
  };
}

describe('createChartCache', () => {
  it('given the same request twice, it returns the same path and draws only once', () => {
    const { render, calls } = countingRenderer();
    const cache = createChartCache(scratch(), { render });
    const first = chartPathFor(cache, knowledge, 'ga_es11_7');
    const second = chartPathFor(cache, knowledge, 'ga_es11_7');
    expect(second).toBe(first);
    expect(calls).toEqual(['map:ga_es11_7:']);
    expect(cache.renders).toBe(1);
    expect(readFileSync(first, 'utf8')).toBe('png of ga_es11_7');
  });

  it('given a new process on the same folder, it finds the file already written and draws nothing', () => {
    const dir = scratch();
    const a = countingRenderer();
    const path = createChartCache(dir, { render: a.render }).pathFor(knowledge, 'sc_2774');
    const b = countingRenderer();
    const again = createChartCache(dir, { render: b.render });
    expect(again.pathFor(knowledge, 'sc_2774')).toBe(path);
    expect(b.calls).toEqual([]);
  });

  it('keys on the knowledge version, the vote, the kind and the highlight', () => {
    const base = chartKey(knowledge, 'ga_es11_7');
    expect(chartKey(knowledge, 'ga_es11_7')).toBe(base);
    expect(chartKey({ ...knowledge, version: 'other' }, 'ga_es11_7')).not.toBe(base);
    expect(chartKey(knowledge, 'ga_es11_8')).not.toBe(base);
    expect(chartKey(knowledge, 'ga_es11_7', { kind: 'tally' })).not.toBe(base);
    expect(chartKey(knowledge, 'ga_es11_7', { highlight: 'France' })).not.toBe(base);
    expect(base).toMatch(/^map-ga_es11_7-[0-9a-f]{16}\.png$/);
  });

  it('creates the folder it is given when it does not exist', () => {
    const dir = scratch();
    expect(existsSync(dir)).toBe(false);
    const path = createChartCache(dir, { render: countingRenderer().render }).pathFor(knowledge, 'ga_es11_8');
    expect(existsSync(path)).toBe(true);
    expect(path.startsWith(dir)).toBe(true);
  });

  it('with the real renderer, writes a PNG of the map size', () => {
    const cache = createChartCache(scratch());
    const path = cache.pathFor(knowledge, 'ga_es11_8', { highlight: 'Ukraine' });
    expect(pngSize(readFileSync(path))).toEqual({ width: 1200, height: 720 });
    expect(defaultRenderer(knowledge, 'sc_2774', { kind: 'tally' }).length).toBeGreaterThan(1000);
  });
});

describe('imagesFor', () => {
  it('given the three main votes, it gives one map each with the symbol and an alt text carrying the tally', () => {
    const { render } = countingRenderer();
    const cache = createChartCache(scratch(), { render });
    const images = imagesFor(knowledge, cache, ['ga_es11_7', 'ga_es11_8', 'sc_2774']);
    expect(images.map((i) => i.vote)).toEqual(['A/RES/ES-11/7', 'A/RES/ES-11/8', 'S/RES/2774 (2025)']);
    expect(images[0]!.alt).toContain('93 in favour, 18 against, 65 abstained, 17 did not vote');
    expect(images[1]!.alt).toContain('93 in favour, 8 against, 73 abstained, 19 did not vote');
    expect(images[2]!.alt).toContain('in favour: Algeria, China');
    expect(images[2]!.alt).toContain('abstained: Denmark, France, Greece, Slovenia');
    for (const image of images) expect(existsSync(image.path)).toBe(true);
  });

  it('given a highlight, the alt text says where that country stood', () => {
    const cache = createChartCache(scratch(), { render: countingRenderer().render });
    const [image] = imagesFor(knowledge, cache, ['ga_es11_8'], { highlight: 'Ukraine' });
    expect(image!.alt).toContain('Ukraine outlined (abstained)');
  });

  it('given votes without a full record, it falls back to the tally bar, and skips what has neither', () => {
    const { render, calls } = countingRenderer();
    const cache = createChartCache(scratch(), { render });
    const images = imagesFor(knowledge, cache, ['sc_procedural_postpone', 'ga_am_fullscale', 'unknown']);
    expect(images).toHaveLength(1);
    expect(calls).toEqual(['tally:sc_procedural_postpone:']);
    expect(images[0]!.alt).toMatch(/^Bar chart of the vote on Procedural motion/);
    expect(images[0]!.alt).toContain('rejected: 6 in favour, 3 against, 6 abstained, 0 did not vote');
  });
});
