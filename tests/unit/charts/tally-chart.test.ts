import { beforeAll, describe, expect, it } from 'vitest';
import { ChartError, POSITION_COLOUR, renderTallyChart, TALLY_WIDTH } from '../../../src/charts/index.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import type { Knowledge } from '../../../src/knowledge/model.ts';
import { pngSize } from './svg-read.ts';

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = loadKnowledge();
});

function segments(svg: string): { position: string; count: number; fill: string; width: number }[] {
  return [...svg.matchAll(/<rect [^>]*data-position="[^"]*"[^>]*>/g)].map(([tag]) => ({
    position: /data-position="([^"]*)"/.exec(tag)![1]!,
    count: Number(/data-count="([^"]*)"/.exec(tag)![1]),
    fill: /fill="([^"]*)"/.exec(tag)![1]!,
    width: Number(/width="([^"]*)"/.exec(tag)![1]),
  }));
}

describe('renderTallyChart', () => {
  it('given A/RES/ES-11/7, it draws four segments in proportion, coloured by position, labelled with counts', () => {
    const chart = renderTallyChart(knowledge, 'ga_es11_7');
    const bars = segments(chart.svg);
    expect(bars.map((b) => [b.position, b.count])).toEqual([
      ['yes', 93],
      ['no', 18],
      ['abstain', 65],
      ['absent', 17],
    ]);
    for (const b of bars) expect(b.fill).toBe(POSITION_COLOUR[b.position as keyof typeof POSITION_COLOUR]);
    expect(bars[0]!.width / bars[1]!.width).toBeCloseTo(93 / 18, 1);
    for (const label of ['In favour', 'Against', 'Abstained', 'Did not vote'])
      expect(chart.svg).toContain(label);
    expect(pngSize(chart.png)).toEqual({ width: TALLY_WIDTH, height: chart.height });
  });

  it('given the Council vote with no votes against, it leaves out the empty segment but keeps the zero in the legend', () => {
    const chart = renderTallyChart(knowledge, 'sc_2774');
    expect(segments(chart.svg).map((b) => b.position)).toEqual(['yes', 'abstain']);
    expect(chart.svg).toMatch(/Against<tspan[^>]*>0<\/tspan>/);
  });

  it('given an amendment whose non-voters were not recorded, it says so rather than showing a zero', () => {
    const chart = renderTallyChart(knowledge, 'ga_am_russia_rootcauses');
    expect(chart.svg).toContain('was not recorded');
    expect(chart.svg).not.toContain('Did not vote');
  });

  it('given a vote whose tally is unknown, it throws a ChartError', () => {
    expect(() => renderTallyChart(knowledge, 'ga_am_fullscale')).toThrow(ChartError);
  });
});
