import type { Knowledge, Vote } from '../knowledge/model.ts';
import { ChartError } from './chart-error.ts';
import { type ChartWords, chartWords } from './chart-words.ts';
import { TERRITORY_OF } from './geography.ts';
import { mapLegend, rollHeight } from './map-legend.ts';
import {
  BORDER,
  INK,
  type MapPosition,
  OCEAN,
  overlayFor,
  PAPER,
  POSITION_COLOUR,
  patternDefs,
} from './palette.ts';
import { type Extent, type ProjectedWorld, projectedWorld } from './projected-world.ts';
import { esc, n, svgDocument, toPng } from './svg.ts';
import { countsOf, isHistory, voteOrThrow } from './vote-facts.ts';

export interface VoteMapOptions {
  /** UN name of a member to outline. */
  highlight?: string;
  /** The answer's language: legend, title and names in it when the bundled font draws it (chart-words.ts). */
  lang?: string;
}

export interface VoteMap {
  svg: string;
  png: Buffer;
  /** Members drawn as a shape big enough to see. */
  placed: string[];
  /** Members the map's scale drops or makes invisible: marked with a circle and still counted in the legend. */
  tooSmall: string[];
  width: number;
  height: number;
}

export const MAP_WIDTH = 1200;
/** Height of a General Assembly map; a Council map is taller by the roll of its 15 members. */
export const MAP_HEIGHT = 720;
const MAP_TOP = 96;
const MAP_BOTTOM = 596;
/** Below this projected area (px²) a country's colour cannot be made out: it gets a circle instead. */
const MIN_VISIBLE_AREA = 20;
/** When few members had a vote (the Council), those smaller than this (px²) also get a circle, to be found. */
const FEW_SEATS = 20;
const FEW_SEATS_DOT_AREA = 400;
const DOT_RADIUS = 4.5;

interface Member {
  name: string;
  m49: string;
  position: MapPosition;
}

interface Layer {
  shapes: string[];
  dots: string[];
  /** Drawn last: the highlighted country's outline, ring and name. */
  marks: string[];
  placed: string[];
  tooSmall: string[];
}

function membersOf(knowledge: Knowledge, vote: Vote): Member[] {
  // On an earlier Assembly vote every member had a seat: one the record does not place is unknown, not absent.
  const missing: MapPosition = isHistory(vote) ? 'unknown' : 'no_seat';
  return knowledge.members.map((m) => ({
    name: m.name,
    m49: m.m49,
    position: vote.positions.get(m.name) ?? missing,
  }));
}

function checkInput(knowledge: Knowledge, vote: Vote, highlight: string | undefined): void {
  if (!vote.listsComplete && !isHistory(vote))
    throw new ChartError(
      'incomplete_record',
      `${vote.id}: the record does not give every country's position`,
    );
  if (highlight !== undefined && !knowledge.memberByName.has(highlight))
    throw new ChartError('unknown_country', `"${highlight}" is not a UN member in the knowledge`);
}

function shapePath(d: string, position: MapPosition, attrs: string): string {
  const overlay = overlayFor(position);
  const main = `<path d="${d}" fill="${POSITION_COLOUR[position]}" stroke="${BORDER}" stroke-width="0.6"${attrs}/>`;
  return overlay ? `${main}<path d="${d}" fill="${overlay}"/>` : main;
}

function dot([x, y]: [number, number], member: Member): string {
  const attrs = `data-country="${esc(member.name)}" data-position="${member.position}" data-mark="dot"`;
  const fill = POSITION_COLOUR[member.position];
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${DOT_RADIUS}" fill="${fill}" stroke="${INK}" stroke-width="1" ${attrs}/>`;
}

/** The name of the highlighted country beside it, on a white halo so it reads over any colour. */
function nameTag([x, y]: [number, number], name: string): string {
  const right = x < MAP_WIDTH - 260;
  const tx = right ? x + 14 : x - 14;
  const anchor = right ? 'start' : 'end';
  const base = `x="${n(tx)}" y="${n(y + 6)}" font-size="18" font-weight="700" text-anchor="${anchor}"`;
  return `<text ${base} fill="none" stroke="#FFFFFF" stroke-width="5" stroke-linejoin="round">${esc(name)}</text><text ${base} fill="${INK}">${esc(name)}</text>`;
}

interface Geometry {
  area: Map<string, number>;
  centre: Map<string, [number, number]>;
  /** SVG path of each member's shapes, territories it votes for included. */
  outline: Map<string, string>;
}

/** Every shape of the atlas, coloured by the position of the member it belongs to (grey when none). */
function drawShapes(members: Member[], map: ProjectedWorld, layer: Layer): Geometry {
  const byM49 = new Map(members.map((m) => [m.m49, m]));
  const geometry: Geometry = { area: new Map(), centre: new Map(), outline: new Map() };
  for (const shape of map.shapes) {
    const territoryOf = TERRITORY_OF[shape.id];
    const member = byM49.get(territoryOf ?? shape.id);
    let attrs = member
      ? ` data-country="${esc(member.name)}" data-position="${member.position}"`
      : ` data-nonmember="${esc(shape.name)}" data-position="no_seat"`;
    if (territoryOf) attrs += ` data-part="${esc(shape.name)}"`;
    layer.shapes.push(shapePath(shape.d, member?.position ?? 'no_seat', attrs));
    if (!member) continue;
    geometry.outline.set(member.name, (geometry.outline.get(member.name) ?? '') + shape.d);
    if (territoryOf) continue;
    geometry.area.set(member.name, shape.area);
    geometry.centre.set(member.name, shape.centroid);
  }
  return geometry;
}

/** Sorts members into placed and too small, adds circles where a colour would be lost, marks the highlight. */
function drawMarks(
  members: Member[],
  geometry: Geometry,
  map: ProjectedWorld,
  layer: Layer,
  highlight: string | undefined,
  words: ChartWords,
): void {
  const few = members.filter((m) => m.position !== 'no_seat' && m.position !== 'unknown').length <= FEW_SEATS;
  for (const m of members) {
    const area = geometry.area.get(m.name) ?? 0;
    (area >= MIN_VISIBLE_AREA ? layer.placed : layer.tooSmall).push(m.name);
    const xy = geometry.centre.get(m.name) ?? map.centreOf(m.m49);
    if (!xy) continue;
    const circled = area < MIN_VISIBLE_AREA || (few && area < FEW_SEATS_DOT_AREA && m.position !== 'no_seat');
    if (circled && m.position !== 'no_seat') layer.dots.push(dot(xy, m));
    if (m.name !== highlight) continue;
    const d = geometry.outline.get(m.name);
    layer.marks.push(
      circled || !d
        ? `<circle cx="${n(xy[0])}" cy="${n(xy[1])}" r="${DOT_RADIUS + 4}" fill="none" stroke="${INK}" stroke-width="2.5"/>`
        : `<path d="${d}" fill="none" stroke="${INK}" stroke-width="2.5" stroke-linejoin="round"/>`,
    );
    layer.marks.push(nameTag(xy, words.member(m.name)));
  }
}

function rollOf(vote: Vote, members: Member[]): Map<MapPosition, string[]> | null {
  const seated = members.filter((m) => m.position !== 'no_seat' && m.position !== 'unknown');
  if (seated.length > FEW_SEATS) return null;
  const roll = new Map<MapPosition, string[]>();
  for (const m of seated) roll.set(m.position, [...(roll.get(m.position) ?? []), m.name]);
  return vote.positions.size > 0 ? roll : null;
}

function circleNote(fewSeats: boolean, layer: Layer, words: ChartWords): string | null {
  if (layer.dots.length === 0) return null;
  if (fewSeats) return words.circlesCouncil();
  return words.circlesSmall(layer.tooSmall.length);
}

const MAP_EXTENT: Extent = [
  [10, MAP_TOP],
  [MAP_WIDTH - 10, MAP_BOTTOM],
];

/**
 * Reads the atlas, projects it and loads the font once, so that the first map a user asks for costs only its
 * own drawing. Optional: call at start-up; rendering does the same lazily otherwise.
 */
export function prepareCharts(): void {
  projectedWorld(MAP_EXTENT);
  toPng(svgDocument(4, 4, '<text x="0" y="4" font-size="4">0</text>'));
}

/** A world map of one vote, coloured by each member's position, with legend, tally and title. */
export function renderVoteMap(knowledge: Knowledge, voteId: string, options: VoteMapOptions = {}): VoteMap {
  const vote = voteOrThrow(knowledge, voteId);
  const highlight = options.highlight;
  const words = chartWords(knowledge, options.lang);
  checkInput(knowledge, vote, highlight);
  const members = membersOf(knowledge, vote);
  const map = projectedWorld(MAP_EXTENT);
  const layer: Layer = { shapes: [], dots: [], marks: [], placed: [], tooSmall: [] };
  drawMarks(members, drawShapes(members, map, layer), map, layer, highlight, words);
  const roll = rollOf(vote, members);
  const height = MAP_HEIGHT + rollHeight(roll);
  const lit = highlight ? members.find((m) => m.name === highlight) : undefined;
  const body = [
    `<defs>${patternDefs()}<clipPath id="map-band"><rect y="${MAP_TOP - 8}" width="${MAP_WIDTH}" height="${MAP_BOTTOM - MAP_TOP + 16}"/></clipPath></defs>`,
    `<rect width="${MAP_WIDTH}" height="${height}" fill="${PAPER}"/>`,
    `<path d="${map.sphere}" fill="${OCEAN}" stroke="#C9D3DC" clip-path="url(#map-band)"/>`,
    `<g id="countries">${layer.shapes.join('')}</g>`,
    `<g id="small-states">${layer.dots.join('')}</g>`,
    `<g id="highlight">${layer.marks.join('')}</g>`,
    mapLegend({
      vote,
      counts: countsOf(vote),
      highlight: lit ? { name: lit.name, position: lit.position } : null,
      circles: circleNote(roll !== null, layer, words),
      width: MAP_WIDTH,
      top: MAP_BOTTOM + 18,
      roll,
      words,
    }),
  ].join('');
  const svg = svgDocument(MAP_WIDTH, height, body);
  return { svg, png: toPng(svg), placed: layer.placed, tooSmall: layer.tooSmall, width: MAP_WIDTH, height };
}
