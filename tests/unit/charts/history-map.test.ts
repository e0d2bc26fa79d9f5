import { beforeAll, describe, expect, it } from 'vitest';
import {
  createChartCache,
  imagesFor,
  POSITION_COLOUR,
  renderVoteMap,
  type VoteMap,
} from '../../../src/charts/index.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import type { Knowledge } from '../../../src/knowledge/model.ts';
import { historyMapIntent } from '../../../src/router/intents/history-map-intent.ts';
import { readingOf } from '../router/intents/reading.ts';
import { chartScratch } from './scratch.ts';
import { drawnMembers } from './svg-read.ts';

let knowledge: Knowledge;
const maps = new Map<string, VoteMap>();
const scratch = chartScratch('history-map');

beforeAll(() => {
  knowledge = loadKnowledge();
  for (const id of ['ga_es11_1', 'ga_2026_02_24']) maps.set(id, renderVoteMap(knowledge, id));
});

describe('renderVoteMap with a history vote', () => {
  it('given ES-11/1 (complete), every member is drawn in the colour of its recorded position', () => {
    const vote = knowledge.historyByKey.get('ga_es11_1')!;
    const drawn = drawnMembers(maps.get('ga_es11_1')!.svg);
    for (const [country, position] of vote.positions) {
      const mine = drawn.filter((e) => e.country === country);
      expect(mine.length, country).toBeGreaterThan(0);
      for (const e of mine) expect(e.position).toBe(position);
    }
    expect(drawn.some((e) => e.position === 'unknown')).toBe(false);
    expect(maps.get('ga_es11_1')!.svg).toContain('141\u20135\u201335');
  });

  it('given the partial 2026 record, members it does not place are drawn as not known, never as absent', () => {
    const vote = knowledge.historyByKey.get('ga_2026_02_24')!;
    const drawn = drawnMembers(maps.get('ga_2026_02_24')!.svg);
    const france = drawn.filter((e) => e.country === 'France');
    expect(france.length).toBeGreaterThan(0);
    for (const e of france) expect([e.position, e.fill]).toEqual(['unknown', POSITION_COLOUR.unknown]);
    for (const e of drawn) {
      const known = vote.positions.get(e.country);
      expect(e.position).toBe(known ?? 'unknown');
    }
    const svg = maps.get('ga_2026_02_24')!.svg;
    expect(svg).toContain('Not known');
    expect(svg).toContain('12 of 51');
    expect(svg).toContain('107\u201312\u201351');
    expect(svg).toContain('Symbol not confirmed');
  });
});

describe('imagesFor and the history map intent', () => {
  it('given a history id, it draws a map (not a tally bar) and names its vote by symbol or id', () => {
    const cache = createChartCache(scratch(), { render: () => Buffer.from('png') });
    const images = imagesFor(knowledge, cache, ['ga_es11_4', 'ga_2026_02_24']);
    expect(images.map((i) => i.vote)).toEqual(['A/RES/ES-11/4', 'ga_2026_02_24']);
    expect(images[0]!.path).toMatch(/map-ga_es11_4-/);
    expect(images[0]!.alt).toContain('not known');
  });

  it('given "map of ES-11/1", the intent answers with the tally and the picture', () => {
    const r = readingOf('show the map of ES-11/1');
    expect(historyMapIntent.match(r)).not.toBeNull();
    const cache = createChartCache(scratch(), { render: () => Buffer.from('png') });
    const a = historyMapIntent.answer({ ...r, images: (ids, o) => imagesFor(knowledge, cache, ids, o) });
    expect(a.tallies).toEqual([{ vote: 'A/RES/ES-11/1', yes: 141, no: 5, abstain: 35, absent: 12 }]);
    expect(a.images?.map((i) => i.vote)).toEqual(['A/RES/ES-11/1']);
  });
});
