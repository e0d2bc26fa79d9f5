import type { Knowledge } from '../knowledge/model.ts';
import { POSITIONS, type Position } from '../knowledge/schema.ts';
import { ChartError } from './chart-error.ts';
import { type ChartWords, chartWords } from './chart-words.ts';
import { INK, MUTED_INK, overlayFor, PAPER, POSITION_COLOUR, patternDefs } from './palette.ts';
import { esc, fitText, n, rtlRuns, svgDocument, swatch, text, textWidth, toPng } from './svg.ts';
import { type KnownTally, knownTally, voteOrThrow } from './vote-facts.ts';

export interface TallyChart {
  svg: string;
  png: Buffer;
  width: number;
  height: number;
}

export const TALLY_WIDTH = 1000;
export const TALLY_HEIGHT = 236;
const LEFT = 24;
const BAR_TOP = 92;
const BAR_HEIGHT = 60;
const LABEL_SIZE = 20;

/** Text colour with enough contrast on each segment (dark ink on the yellow-orange). */
const ON_SEGMENT: Record<Position, string> = {
  yes: '#FFFFFF',
  no: '#FFFFFF',
  abstain: INK,
  absent: '#FFFFFF',
};

function segment(x: number, w: number, position: Position, count: number): string {
  const y = BAR_TOP;
  const attrs = `data-position="${position}" data-count="${count}"`;
  const parts = [
    `<rect x="${n(x)}" y="${y}" width="${n(w)}" height="${BAR_HEIGHT}" fill="${POSITION_COLOUR[position]}" ${attrs}/>`,
  ];
  const overlay = overlayFor(position);
  if (overlay)
    parts.push(`<rect x="${n(x)}" y="${y}" width="${n(w)}" height="${BAR_HEIGHT}" fill="${overlay}"/>`);
  const label = String(count);
  if (textWidth(label, 24, 700) + 12 <= w) {
    const base = `x="${n(x + w / 2)}" y="${y + BAR_HEIGHT / 2 + 9}" font-size="24" font-weight="700" text-anchor="middle"`;
    const halo = `stroke="${POSITION_COLOUR[position]}" stroke-width="5" stroke-linejoin="round"`;
    parts.push(
      `<text ${base} fill="none" ${halo}>${label}</text><text ${base} fill="${ON_SEGMENT[position]}">${label}</text>`,
    );
  }
  return parts.join('');
}

function legend(tally: KnownTally, width: number, y: number, words: ChartWords, body: 'GA' | 'SC'): string {
  const items = POSITIONS.filter((p) => tally[p] !== null);
  const gap = 32;
  const widthOf = (p: Position) =>
    38 + textWidth(words.legend(p, body), LABEL_SIZE) + 8 + textWidth(String(tally[p]), LABEL_SIZE, 700);
  let x = (width - items.reduce((sum, p) => sum + widthOf(p), 0) - gap * (items.length - 1)) / 2;
  const out: string[] = [];
  const rtl = words.lang === 'ar';
  for (const p of items) {
    if (rtl) {
      // Read right to left: the first position at the right, each label left of its swatch.
      const right = width - x;
      out.push(swatch(right - 28, y - 19, 28, 22, p));
      out.push(
        rtlRuns(right - 38, y, [
          { text: words.legend(p, body), size: LABEL_SIZE, fill: INK },
          { text: String(tally[p]), size: LABEL_SIZE, weight: 700, fill: INK, gap: 8 },
        ]),
      );
      x += widthOf(p) + gap;
      continue;
    }
    out.push(swatch(x, y - 19, 28, 22, p));
    out.push(
      `<text x="${n(x + 38)}" y="${y}" font-size="${LABEL_SIZE}" fill="${INK}">${esc(words.legend(p, body))}`,
    );
    out.push(`<tspan dx="8" font-weight="700">${tally[p]}</tspan></text>`);
    x += widthOf(p) + gap;
  }
  return out.join('');
}

/** A compact horizontal bar of one vote's tally: in favour, against, abstained, did not vote, each labelled. */
export function renderTallyChart(
  knowledge: Knowledge,
  voteId: string,
  options: { lang?: string } = {},
): TallyChart {
  const vote = voteOrThrow(knowledge, voteId);
  const words = chartWords(knowledge, options.lang);
  const tally = knownTally(vote);
  if (!tally) throw new ChartError('incomplete_record', `${vote.id}: the tally was not recorded`);
  const total = POSITIONS.reduce((sum, p) => sum + (tally[p] ?? 0), 0);
  const barWidth = TALLY_WIDTH - 2 * LEFT;
  const segments: string[] = [];
  let x = LEFT;
  for (const p of POSITIONS) {
    const count = tally[p] ?? 0;
    if (count === 0 || total === 0) continue;
    const w = (count / total) * barWidth;
    segments.push(segment(x, w, p, count));
    x += w;
  }
  const symbol = words.symbol(vote);
  const symbolWidth = textWidth(symbol, 26, 700) + 12;
  const title = fitText(words.title(vote), TALLY_WIDTH - 2 * LEFT - symbolWidth, 24);
  const subtitle = words.subtitle(vote, tally);
  const heading =
    words.lang === 'ar'
      ? [
          rtlRuns(TALLY_WIDTH - LEFT, 40, [
            { text: symbol, size: 26, weight: 700, fill: INK },
            { text: title, size: 24, fill: INK, gap: 12 },
          ]),
          text(TALLY_WIDTH - LEFT, 72, subtitle, { size: 19, fill: MUTED_INK, anchor: 'end' }),
        ]
      : [
          `<text x="${LEFT}" y="40" fill="${INK}"><tspan font-size="26" font-weight="700">${esc(symbol)}</tspan>`,
          `<tspan dx="12" font-size="24">${esc(title)}</tspan></text>`,
          text(LEFT, 72, subtitle, { size: 19, fill: MUTED_INK }),
        ];
  const body = [
    `<defs>${patternDefs()}</defs>`,
    `<rect width="${TALLY_WIDTH}" height="${TALLY_HEIGHT}" fill="${PAPER}"/>`,
    ...heading,
    `<g id="bar">${segments.join('')}</g>`,
    `<rect x="${LEFT}" y="${BAR_TOP}" width="${barWidth}" height="${BAR_HEIGHT}" fill="none" stroke="${INK}" stroke-width="1"/>`,
    legend(tally, TALLY_WIDTH, BAR_TOP + BAR_HEIGHT + 48, words, vote.body),
    tally.absent === null
      ? text(TALLY_WIDTH / 2, TALLY_HEIGHT - 12, words.absentNotRecorded(), {
          size: 15,
          fill: MUTED_INK,
          anchor: 'middle',
        })
      : '',
  ].join('');
  const svg = svgDocument(TALLY_WIDTH, TALLY_HEIGHT, body);
  return { svg, png: toPng(svg), width: TALLY_WIDTH, height: TALLY_HEIGHT };
}
