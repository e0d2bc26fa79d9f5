/**
 * One member side by side across the votes: a row per vote, oldest first, its name and date on the left and a
 * cell in the map colours on the right, labelled with the position. "Not known" is a hatched cell of its own.
 */
import type { Knowledge } from '../knowledge/model.ts';
import { ChartError } from './chart-error.ts';
import {
  INK,
  type MapPosition,
  MUTED_INK,
  NO_SEAT_LEGEND,
  PAPER,
  POSITION_COLOUR,
  POSITION_LEGEND,
  patternDefs,
  UNKNOWN_LEGEND,
} from './palette.ts';
import { type RecordRow, recordRows, rowDate, rowName, yearSpan } from './record-rows.ts';
import { esc, fitText, n, svgDocument, swatch, text, textWidth, toPng } from './svg.ts';
import { shortTitle } from './vote-facts.ts';

export interface RecordChart {
  svg: string;
  png: Buffer;
  width: number;
  height: number;
}

export const RECORD_WIDTH = 1000;
const LEFT = 24;
const TOP = 128;
const ROW = 56;
const CELL_X = 700;
const CELL_W = RECORD_WIDTH - LEFT - CELL_X;
const CELL_PAD = 9;
const FOOT = 76;

/** Label colour with enough contrast on each cell (dark ink on the light ones). */
const ON_CELL: Record<MapPosition, string> = {
  yes: '#FFFFFF',
  no: '#FFFFFF',
  abstain: INK,
  absent: '#FFFFFF',
  no_seat: INK,
  unknown: INK,
};

function cellLabel(row: RecordRow): string {
  const p = row.position;
  if (p === 'unknown') return UNKNOWN_LEGEND;
  if (p === 'no_seat') return NO_SEAT_LEGEND[row.vote.body];
  return POSITION_LEGEND[p];
}

function header(member: string, rows: readonly RecordRow[]): string {
  let size = 30;
  while (size > 22 && textWidth(member, size, 700) > RECORD_WIDTH - 2 * LEFT) size -= 1;
  const name = fitText(member, RECORD_WIDTH - 2 * LEFT, size, 700);
  const subtitle = `UN votes on Ukraine, ${yearSpan(rows)} \u00b7 one row per vote, oldest first`;
  return [
    text(LEFT, 46, name, { size, weight: 700 }),
    text(LEFT, 80, subtitle, { size: 20, fill: MUTED_INK }),
    text(LEFT, TOP - 12, 'Vote', { size: 15, weight: 700, fill: MUTED_INK }),
    text(CELL_X, TOP - 12, 'Position', { size: 15, weight: 700, fill: MUTED_INK }),
    `<line x1="${LEFT}" y1="${TOP - 4}" x2="${RECORD_WIDTH - LEFT}" y2="${TOP - 4}" stroke="${INK}" stroke-width="1"/>`,
  ].join('');
}

function rowSvg(row: RecordRow, i: number): string {
  const y = TOP + i * ROW;
  const { vote, position } = row;
  const room = CELL_X - LEFT - 24;
  const name = rowName(vote);
  const nameWidth = textWidth(name, 18, 700);
  const date = fitText(rowDate(vote), room - nameWidth - 12, 16);
  const label = cellLabel(row);
  // A plain plate in the cell's colour under the label, so the hatching never runs through the letters.
  const plateW = textWidth(label, 18, 700) + 24;
  const plate = `<rect x="${n(CELL_X + (CELL_W - plateW) / 2)}" y="${y + ROW / 2 - 13}" width="${n(plateW)}" height="26" rx="3" fill="${POSITION_COLOUR[position]}"/>`;
  return [
    `<g data-vote="${esc(vote.id)}" data-position="${position}">`,
    i % 2 === 0
      ? `<rect x="${LEFT}" y="${y}" width="${RECORD_WIDTH - 2 * LEFT}" height="${ROW}" fill="#F3F5F7"/>`
      : '',
    `<text x="${LEFT + 10}" y="${y + 24}" fill="${INK}"><tspan font-size="18" font-weight="700">${esc(name)}</tspan>`,
    `<tspan dx="12" font-size="16" fill="${MUTED_INK}">${esc(date)}</tspan></text>`,
    text(LEFT + 10, y + 45, fitText(shortTitle(vote), room, 15), { size: 15, fill: MUTED_INK }),
    swatch(CELL_X, y + CELL_PAD, CELL_W, ROW - 2 * CELL_PAD, position),
    plate,
    text(CELL_X + CELL_W / 2, y + ROW / 2 + 6, label, {
      size: 18,
      weight: 700,
      fill: ON_CELL[position],
      anchor: 'middle',
    }),
    '</g>',
  ].join('');
}

function footer(member: string, rows: readonly RecordRow[], top: number): string {
  const lines = ['Colours as on the vote maps \u00b7 Sources: as cited in the answer'];
  if (rows.some((r) => r.position === 'unknown'))
    lines.unshift(
      `Not known: the lists the sources give for that vote do not name ${member}; it is not a position`,
    );
  return lines
    .map((line, i) => {
      let size = 15;
      while (size > 11 && textWidth(line, size) > RECORD_WIDTH - 2 * LEFT) size -= 1;
      return text(RECORD_WIDTH / 2, top + 28 + i * 22, line, { size, fill: MUTED_INK, anchor: 'middle' });
    })
    .join('');
}

/** The chart of `member` on `voteIds` (drawn oldest first, whatever their order). */
export function renderRecordChart(
  knowledge: Knowledge,
  member: string,
  voteIds: readonly string[],
): RecordChart {
  if (!knowledge.memberByName.has(member))
    throw new ChartError('unknown_country', `"${member}" is not a UN member`);
  const rows = recordRows(knowledge, member, voteIds);
  if (rows.length === 0) throw new ChartError('unknown_vote', `no known vote among ${voteIds.join(', ')}`);
  const height = TOP + rows.length * ROW + FOOT;
  const body = [
    `<defs>${patternDefs()}</defs>`,
    `<rect width="${RECORD_WIDTH}" height="${height}" fill="${PAPER}"/>`,
    header(member, rows),
    ...rows.map(rowSvg),
    footer(member, rows, TOP + rows.length * ROW),
  ].join('');
  const svg = svgDocument(RECORD_WIDTH, height, body);
  return { svg, png: toPng(svg), width: RECORD_WIDTH, height };
}
