import { beforeAll, describe, expect, it } from 'vitest';
import {
  ChartError,
  MAP_HEIGHT,
  MAP_WIDTH,
  POSITION_COLOUR,
  renderVoteMap,
  type VoteMap,
} from '../../../src/charts/index.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import type { Knowledge } from '../../../src/knowledge/model.ts';
import { drawnMembers, pngSize } from './svg-read.ts';

let knowledge: Knowledge;
const maps = new Map<string, VoteMap>();

beforeAll(() => {
  knowledge = loadKnowledge();
  for (const id of ['ga_es11_7', 'ga_es11_8', 'sc_2774']) maps.set(id, renderVoteMap(knowledge, id));
});

const map = (id: string) => maps.get(id)!;

/** Every 7th member plus the states the votes turned on: a spread over regions and sizes. */
function sample(): string[] {
  const names = knowledge.members.map((m) => m.name).filter((_, i) => i % 7 === 0);
  return [
    ...names,
    'Russian Federation',
    'Ukraine',
    'United States of America',
    'China',
    'France',
    'Malta',
    'Tuvalu',
  ];
}

describe('renderVoteMap', () => {
  it.each([
    'ga_es11_7',
    'ga_es11_8',
    'sc_2774',
  ])('given %s, every member is either placed or listed as too small, never both', (id) => {
    const { placed, tooSmall } = map(id);
    expect(new Set([...placed, ...tooSmall]).size).toBe(placed.length + tooSmall.length);
    expect([...placed, ...tooSmall].sort()).toEqual(knowledge.members.map((m) => m.name).sort());
    expect(tooSmall).toEqual(expect.arrayContaining(['Tuvalu', 'Monaco', 'San Marino', 'Nauru']));
    expect(placed).toEqual(expect.arrayContaining(['Russian Federation', 'Brazil', 'Ukraine']));
  });

  it.each([
    'ga_es11_7',
    'ga_es11_8',
  ])('given %s, the colour drawn for a sample of members is the colour of their recorded position', (id) => {
    const vote = knowledge.voteById.get(id)!;
    const drawn = drawnMembers(map(id).svg);
    for (const name of sample()) {
      const elements = drawn.filter((e) => e.country === name);
      expect(elements.length, name).toBeGreaterThan(0);
      const position = vote.positions.get(name)!;
      for (const e of elements) {
        expect(e.position, name).toBe(position);
        expect(e.fill, name).toBe(POSITION_COLOUR[position]);
      }
    }
  });

  it('given the General Assembly record, every element drawn for a member agrees with the record', () => {
    const vote = knowledge.voteById.get('ga_es11_7')!;
    const drawn = drawnMembers(map('ga_es11_7').svg);
    const wrong = drawn.filter((e) => vote.positions.get(e.country) !== e.position);
    expect(wrong).toEqual([]);
    expect(new Set(drawn.map((e) => e.country)).size).toBe(193);
  });

  it('given shapes of places that are not UN members, they are drawn light grey and name no member', () => {
    const svg = map('ga_es11_7').svg;
    const nonMembers = [...svg.matchAll(/<path [^>]*data-nonmember="([^"]*)"[^>]*>/g)];
    expect(nonMembers.map((m) => m[1])).toEqual(
      expect.arrayContaining(['Taiwan', 'W. Sahara', 'Palestine', 'Kosovo']),
    );
    for (const [tag] of nonMembers) {
      expect(tag).toContain(`fill="${POSITION_COLOUR.no_seat}"`);
      expect(tag).not.toContain('data-country');
    }
  });

  it('given a member too small for the shapes, it is drawn as a circle in its position colour', () => {
    const vote = knowledge.voteById.get('ga_es11_8')!;
    const dots = drawnMembers(map('ga_es11_8').svg).filter((e) => e.mark === 'dot');
    expect(dots.map((d) => d.country).sort()).toEqual([...map('ga_es11_8').tooSmall].sort());
    for (const d of dots) expect(d.fill).toBe(POSITION_COLOUR[vote.positions.get(d.country)!]);
  });

  it('given the Security Council vote, members off the Council are grey and the fifteen keep their colours', () => {
    const vote = knowledge.voteById.get('sc_2774')!;
    const drawn = drawnMembers(map('sc_2774').svg);
    const council = new Set(knowledge.councilMembers);
    for (const e of drawn) {
      if (council.has(e.country))
        expect(e.fill, e.country).toBe(POSITION_COLOUR[vote.positions.get(e.country)!]);
      else expect([e.country, e.fill]).toEqual([e.country, POSITION_COLOUR.no_seat]);
    }
    expect(drawn.find((e) => e.country === 'Germany')?.position).toBe('no_seat');
    expect(map('sc_2774').svg).toContain('Not on the Council');
  });

  it('the legend states each count and the tally of the record', () => {
    const svg = map('ga_es11_7').svg;
    expect(svg).toContain('A/RES/ES-11/7');
    expect(svg).toContain('Adopted 93\u201318\u201365');
    for (const [label, count] of [
      ['In favour', 93],
      ['Against', 18],
      ['Abstained', 65],
      ['Did not vote', 17],
    ])
      expect(svg).toMatch(new RegExp(`${label}<tspan[^>]*>${count}</tspan>`));
  });

  it('the PNG decodes with the size the map reports', () => {
    for (const m of maps.values()) {
      expect(pngSize(m.png)).toEqual({ width: m.width, height: m.height });
      expect(m.width).toBe(MAP_WIDTH);
    }
    expect(map('ga_es11_7').height).toBe(MAP_HEIGHT);
    expect(map('sc_2774').height).toBeGreaterThan(MAP_HEIGHT);
  });

  it('given a highlighted country, it is outlined and named; a small one is ringed', () => {
    const lit = renderVoteMap(knowledge, 'ga_es11_8', { highlight: 'Ukraine' });
    expect(lit.svg).toMatch(/<g id="highlight"><path [^>]*stroke-width="2.5"/);
    expect(lit.svg).toContain('Highlighted: Ukraine (abstained)');
    const small = renderVoteMap(knowledge, 'ga_es11_7', { highlight: 'Malta' });
    expect(small.svg).toMatch(/<g id="highlight"><circle [^>]*stroke-width="2.5"/);
    expect(small.svg).toContain('>Malta</text>');
  });

  it('given an unknown vote, an amendment without a record or an unknown country, it throws a ChartError', () => {
    expect(() => renderVoteMap(knowledge, 'nope')).toThrow(ChartError);
    expect(() => renderVoteMap(knowledge, 'ga_am_fullscale')).toThrow(/every country/);
    expect(() => renderVoteMap(knowledge, 'ga_es11_7', { highlight: 'Atlantis' })).toThrow(ChartError);
  });
});
