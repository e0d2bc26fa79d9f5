/**
 * One member side by side across the votes: a row per vote, oldest first, its name and date on the left and a
 * cell in the map colours on the right, labelled with the position. "Not known" is a hatched cell of its own.
 */
import type { Knowledge } from '../knowledge/model.ts';
import { ChartError } from './chart-error.ts';
import { type ChartWords, chartWords } from './chart-words.ts';
import { INK, type MapPosition, MUTED_INK, PAPER, POSITION_COLOUR, patternDefs } from './palette.ts';
import { type RecordRow, recordRows, yearSpan } from './record-rows.ts';
import { esc, fitText, ltrRuns, n, svgDocument, swatch, text, textWidth, toPng } from './svg.ts';

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

function header(member: string, rows: readonly RecordRow[], words: ChartWords): string {
  const shown = words.member(member);
  let size = 30;
  while (size > 22 && textWidth(shown, size, 700) > RECORD_WIDTH - 2 * LEFT) size -= 1;
  const name = fitText(shown, RECORD_WIDTH - 2 * LEFT, size, 700);
  const subtitle = words.record.subtitle(yearSpan(rows));
  return [
    text(LEFT, 46, name, { size, weight: 700 }),
    text(LEFT, 80, subtitle, { size: 20, fill: MUTED_INK }),
    text(LEFT, TOP - 12, words.record.vote, { size: 15, weight: 700, fill: MUTED_INK }),
    text(CELL_X, TOP - 12, words.record.position, { size: 15, weight: 700, fill: MUTED_INK }),
    `<line x1="${LEFT}" y1="${TOP - 4}" x2="${RECORD_WIDTH - LEFT}" y2="${TOP - 4}" stroke="${INK}" stroke-width="1"/>`,
  ].join('');
}

function rowSvg(row: RecordRow, i: number, words: ChartWords): string {
  const y = TOP + i * ROW;
  const { vote, position } = row;
  const room = CELL_X - LEFT - 24;
  const name = words.record.rowName(vote);
  const nameWidth = textWidth(name, 18, 700);
  const date = fitText(words.record.rowDate(vote), room - nameWidth - 12, 16);
  const label = words.legend(position, vote.body);
  // A plain plate in the cell's colour under the label, so the hatching never runs through the letters.
  const plateW = textWidth(label, 18, 700) + 24;
  const plate = `<rect x="${n(CELL_X + (CELL_W - plateW) / 2)}" y="${y + ROW / 2 - 13}" width="${n(plateW)}" height="26" rx="3" fill="${POSITION_COLOUR[position]}"/>`;
  return [
    `<g data-vote="${esc(vote.id)}" data-position="${position}">`,
    i % 2 === 0
      ? `<rect x="${LEFT}" y="${y}" width="${RECORD_WIDTH - 2 * LEFT}" height="${ROW}" fill="#F3F5F7"/>`
      : '',
    // resvg misplaces a tspan's dx beside Arabic: there, the name and the date are two texts.
    words.lang === 'ar'
      ? ltrRuns(LEFT + 10, y + 24, [
          { text: name, size: 18, weight: 700, fill: INK },
          { text: date, size: 16, fill: MUTED_INK, gap: 12 },
        ])
      : `<text x="${LEFT + 10}" y="${y + 24}" fill="${INK}"><tspan font-size="18" font-weight="700">${esc(name)}</tspan>` +
        `<tspan dx="12" font-size="16" fill="${MUTED_INK}">${esc(date)}</tspan></text>`,
    text(LEFT + 10, y + 45, fitText(words.title(vote), room, 15), { size: 15, fill: MUTED_INK }),
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

function footer(member: string, rows: readonly RecordRow[], top: number, words: ChartWords): string {
  const lines = [words.record.footer];
  if (rows.some((r) => r.position === 'unknown')) lines.unshift(words.record.unknown(member));
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
  options: { lang?: string } = {},
): RecordChart {
  const words = chartWords(knowledge, options.lang);
  if (!knowledge.memberByName.has(member))
    throw new ChartError('unknown_country', `"${member}" is not a UN member`);
  const rows = recordRows(knowledge, member, voteIds);
  if (rows.length === 0) throw new ChartError('unknown_vote', `no known vote among ${voteIds.join(', ')}`);
  const height = TOP + rows.length * ROW + FOOT;
  const body = [
    `<defs>${patternDefs()}</defs>`,
    `<rect width="${RECORD_WIDTH}" height="${height}" fill="${PAPER}"/>`,
    header(member, rows, words),
    ...rows.map((row, i) => rowSvg(row, i, words)),
    footer(member, rows, TOP + rows.length * ROW, words),
  ].join('');
  const svg = svgDocument(RECORD_WIDTH, height, body);
  return { svg, png: toPng(svg), width: RECORD_WIDTH, height };
}
