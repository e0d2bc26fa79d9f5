import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ChartError,
  chartKey,
  createChartCache,
  imagesFor,
  POSITION_COLOUR,
  RECORD_WIDTH,
  recordRows,
  renderRecordChart,
} from '../../../src/charts/index.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import type { Knowledge } from '../../../src/knowledge/model.ts';
import { chartScratch } from './scratch.ts';
import { pngSize } from './svg-read.ts';

let knowledge: Knowledge;
let ALL: string[];
const scratch = chartScratch('record-chart');

beforeAll(() => {
  knowledge = loadKnowledge();
  // Deliberately out of date order: the chart sorts its rows.
  ALL = ['sc_2774', 'ga_es11_8', 'ga_es11_7', ...knowledge.history.map((v) => v.id)];
});

/** The rows of a record chart as drawn: vote id, position, and the fill of the cell. */
function rowsOf(svg: string): { vote: string; position: string; fill: string }[] {
  return [...svg.matchAll(/<g data-vote="([^"]*)" data-position="([^"]*)">(.*?)<\/g>/g)].map((m) => ({
    vote: m[1]!,
    position: m[2]!,
    fill: /<rect [^>]*rx="3" fill="([^"]*)" stroke=/.exec(m[3]!)![1]!,
  }));
}

/** The alt text's rows: "A/RES/ES-11/2, 24 March 2022: position not known". */
const altRows = (alt: string): string[] => alt.slice(alt.indexOf(': ') + 2, alt.indexOf('. ')).split('; ');

describe('renderRecordChart: one member across the votes', () => {
  it('given a member every record places (Russian Federation), it draws a PNG with each recorded position and no "not known"', () => {
    const chart = renderRecordChart(knowledge, 'Russian Federation', ALL);
    expect(pngSize(chart.png)).toEqual({ width: RECORD_WIDTH, height: chart.height });
    const rows = rowsOf(chart.svg);
    expect(rows).toHaveLength(ALL.length);
    const dates = rows.map(
      (r) => (knowledge.voteById.get(r.vote) ?? knowledge.historyByKey.get(r.vote))!.date,
    );
    expect(dates).toEqual([...dates].sort());
    expect(rows[0]!.vote).toBe('ga_68_262');
    for (const row of rows) {
      const vote = knowledge.voteById.get(row.vote) ?? knowledge.historyByKey.get(row.vote)!;
      expect(row.position).toBe(vote.positions.get('Russian Federation'));
      expect(row.fill).toBe(POSITION_COLOUR[row.position as keyof typeof POSITION_COLOUR]);
    }
    expect(chart.svg).toContain('Russian Federation');
    expect(chart.svg).not.toContain('Not known');
  });

  it('given a member a partial record does not place (Brazil), those rows are "not known" (hatched), never "did not vote"', () => {
    const chart = renderRecordChart(knowledge, 'Brazil', ALL);
    expect(pngSize(chart.png).width).toBe(RECORD_WIDTH);
    const rows = rowsOf(chart.svg);
    const es114 = rows.find((r) => r.vote === 'ga_es11_4')!;
    expect(es114).toEqual({ vote: 'ga_es11_4', position: 'unknown', fill: POSITION_COLOUR.unknown });
    expect(rows.find((r) => r.vote === 'sc_2774')!.position).toBe('no_seat');
    expect(rows.find((r) => r.vote === 'ga_2026_02_24')!.position).toBe('abstain');
    for (const row of rows) {
      const vote = knowledge.voteById.get(row.vote) ?? knowledge.historyByKey.get(row.vote)!;
      expect(row.position).toBe(vote.positions.get('Brazil') ?? (vote.body === 'SC' ? 'no_seat' : 'unknown'));
    }
    expect(rows.some((r) => r.position === 'absent')).toBe(false);
    expect(chart.svg).toContain('Not known');
    expect(chart.svg).toContain('Not on the Council');
    expect(chart.svg).not.toContain('Did not vote');
  });

  it('given a name that is not a member, or no known vote, it throws a ChartError', () => {
    expect(() => renderRecordChart(knowledge, 'Atlantis', ALL)).toThrow(ChartError);
    expect(() => renderRecordChart(knowledge, 'Brazil', ['nope'])).toThrow(ChartError);
  });
});

describe('imagesFor with kind "record"', () => {
  it('gives one cached picture whose alt text states every row, "not known" where the member is not placed', () => {
    const cache = createChartCache(scratch());
    const images = imagesFor(knowledge, cache, ALL, { kind: 'record', highlight: 'Brazil' });
    expect(images).toHaveLength(1);
    const [image] = images;
    expect(existsSync(image!.path)).toBe(true);
    expect(image!.path).toMatch(/record-Brazil-[0-9a-f]{16}\.png$/);
    const rows = altRows(image!.alt);
    expect(rows).toHaveLength(ALL.length);
    const drawn = recordRows(knowledge, 'Brazil', ALL);
    expect(drawn.filter((r) => r.position === 'unknown').length).toBeGreaterThan(0);
    drawn.forEach((row, i) => {
      if (row.position === 'unknown') {
        expect(rows[i], row.vote.id).toContain('position not known');
        expect(rows[i], row.vote.id).not.toContain('did not vote');
      } else expect(rows[i], row.vote.id).not.toContain('not known');
    });
    expect(image!.alt).toContain('A/RES/68/262, 27 March 2014: abstained');
    expect(image!.alt).not.toContain('did not vote');
    // Asked again: the same file, not drawn twice.
    expect(imagesFor(knowledge, cache, ALL, { kind: 'record', highlight: 'Brazil' })[0]!.path).toBe(
      image!.path,
    );
    expect(cache.renders).toBe(1);
  });

  it('keys the file on the member and the votes, and leaves the keys of maps as they were', () => {
    const since2022 = ALL.filter((id) => id !== 'ga_68_262');
    const key = (votes: string[], member = 'Brazil') =>
      chartKey(knowledge, member, { kind: 'record', votes });
    expect(key(ALL)).not.toBe(key(since2022));
    expect(key(ALL)).not.toBe(key(ALL, 'India'));
    expect(chartKey(knowledge, 'ga_es11_7', { votes: ALL })).toBe(chartKey(knowledge, 'ga_es11_7'));
  });

  it('gives nothing for a record chart with no member or a name that is not one', () => {
    const cache = createChartCache(scratch(), { render: () => Buffer.from('png') });
    expect(imagesFor(knowledge, cache, ALL, { kind: 'record' })).toEqual([]);
    expect(imagesFor(knowledge, cache, ALL, { kind: 'record', highlight: 'Atlantis' })).toEqual([]);
  });
});
