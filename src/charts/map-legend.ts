import type { Vote } from '../knowledge/model.ts';
import type { HistoryVote } from '../knowledge/model-v2.ts';
import { POSITIONS, type Position } from '../knowledge/schema.ts';
import type { ChartWords } from './chart-words.ts';
import { INK, type MapPosition, MUTED_INK } from './palette.ts';
import { esc, fitText, n, rtlRuns, swatch, text, textWidth } from './svg.ts';
import { type Counts, isHistory, knownTally } from './vote-facts.ts';

/** UN members: every seat of the Assembly. */
const MEMBERS = 193;

export interface LegendInput {
  vote: Vote;
  counts: Counts;
  highlight: { name: string; position: MapPosition } | null;
  /** What the circles on the map mean, or null when there are none. */
  circles: string | null;
  width: number;
  top: number;
  /** Members by position, listed by name under the legend when few had a vote (the Council). */
  roll: ReadonlyMap<MapPosition, string[]> | null;
  /** The words in the picture's language. */
  words: ChartWords;
}

/** Short forms for the longest names, used only in the roll under a Council map. */
const SHORT_NAME: Readonly<Record<string, string>> = {
  'United Kingdom of Great Britain and Northern Ireland': 'United Kingdom',
  'United States of America': 'United States',
};

const ROLL_LINE = 26;

/** Extra height the roll needs below the legend. */
export function rollHeight(roll: ReadonlyMap<MapPosition, string[]> | null): number {
  if (!roll) return 0;
  return [...roll.values()].filter((names) => names.length > 0).length * ROLL_LINE + 8;
}

const TITLE_SIZE = 30;
const MIN_TITLE_SIZE = 24;
const LABEL_SIZE = 22;
const NOTE_SIZE = 17;

export function header(vote: Vote, counts: Counts, width: number, words: ChartWords): string {
  const symbol = words.symbol(vote);
  const room = (size: number) => width - 48 - textWidth(symbol, size, 700) - 14;
  const full = words.title(vote);
  let size = TITLE_SIZE;
  while (size > MIN_TITLE_SIZE && textWidth(full, size) > room(size)) size -= 1;
  const title = fitText(full, room(size), size);
  // The official tally, which a partial record's named lists fall short of.
  const subtitle = words.subtitle(vote, knownTally(vote) ?? counts);
  if (words.lang === 'ar')
    return [
      rtlRuns(width - 24, 46, [
        { text: symbol, size, weight: 700, fill: INK },
        { text: title, size, fill: INK, gap: 14 },
      ]),
      text(width - 24, 80, subtitle, { size: LABEL_SIZE, fill: MUTED_INK, anchor: 'end' }),
    ].join('');
  return [
    `<text x="24" y="46" font-size="${size}" fill="${INK}">`,
    `<tspan font-weight="700">${esc(symbol)}</tspan><tspan dx="14">${esc(title)}</tspan></text>`,
    text(24, 80, subtitle, { size: LABEL_SIZE, fill: MUTED_INK }),
  ].join('');
}

interface Item {
  position: MapPosition;
  label: string;
  count: string;
}

/** A partial record's count says how many of the tally are named: "12 of 51". */
function countText(vote: Vote, counts: Counts, p: Position, words: ChartWords): string {
  const tally = vote.tally?.[p];
  const partial =
    isHistory(vote) && !(vote as HistoryVote).listComplete[p] && tally !== null && tally !== undefined;
  return partial ? words.partial(counts[p], tally) : String(counts[p]);
}

function itemsOf(vote: Vote, counts: Counts, words: ChartWords): Item[] {
  const items: Item[] = POSITIONS.map((p) => ({
    position: p,
    label: words.legend(p, vote.body),
    count: countText(vote, counts, p, words),
  }));
  const seated = POSITIONS.reduce((sum, p) => sum + counts[p], 0);
  if (isHistory(vote) && !vote.listsComplete) {
    items.push({
      position: 'unknown',
      label: words.legend('unknown', vote.body),
      count: String(MEMBERS - seated),
    });
  }
  const noSeat = vote.body === 'SC' ? String(MEMBERS - seated) : '';
  items.push({ position: 'no_seat', label: words.legend('no_seat', vote.body), count: noSeat });
  return items;
}

/** Read right to left (Arabic): the first position at the right, each label left of its swatch. */
function legendRowRtl(
  items: Item[],
  width: number,
  y: number,
  size: number,
  widths: number[],
  x0: number,
): string {
  const gap = 36;
  let x = x0;
  const out: string[] = [];
  items.forEach((item, i) => {
    const right = width - x;
    const labelEnd = right - 40;
    out.push(`<g data-legend="${item.position}">`);
    out.push(swatch(right - 30, y - 20, 30, 24, item.position));
    out.push(text(labelEnd, y, item.label, { size, fill: INK, anchor: 'end' }));
    if (item.count)
      out.push(
        text(labelEnd - textWidth(item.label, size) - 10, y, item.count, {
          size,
          weight: 700,
          fill: INK,
          anchor: 'end',
        }),
      );
    out.push('</g>');
    x += (widths[i] ?? 0) + gap;
  });
  return out.join('');
}

function legendRow(items: Item[], width: number, y: number, rtl: boolean): string {
  const gap = 36;
  const widthsAt = (size: number) =>
    items.map((i) => 40 + textWidth(i.label, size) + (i.count ? 10 + textWidth(i.count, size, 700) : 0));
  // A partial record's longer counts ("12 of 51") get a smaller type rather than run off the picture.
  let size = LABEL_SIZE;
  const total = (s: number) => widthsAt(s).reduce((a, b) => a + b, 0) + gap * (items.length - 1);
  while (size > 14 && total(size) > width - 32) size -= 1;
  const widths = widthsAt(size);
  let x = (width - total(size)) / 2;
  if (rtl) return legendRowRtl(items, width, y, size, widths, x);
  const out: string[] = [];
  items.forEach((item, i) => {
    out.push(`<g data-legend="${item.position}">`);
    out.push(swatch(x, y - 20, 30, 24, item.position));
    out.push(`<text x="${n(x + 40)}" y="${y}" font-size="${size}" fill="${INK}">${esc(item.label)}`);
    if (item.count) out.push(`<tspan dx="10" font-weight="700">${item.count}</tspan>`);
    out.push('</text></g>');
    x += (widths[i] ?? 0) + gap;
  });
  return out.join('');
}

function rollLines(input: LegendInput): string {
  if (!input.roll) return '';
  const out: string[] = [];
  let y = input.top + 74;
  for (const position of POSITIONS) {
    const names = input.roll.get(position) ?? [];
    if (names.length === 0) continue;
    const label = `${input.words.legend(position, input.vote.body)}:`;
    const shown = (name: string) =>
      input.words.lang === 'en' ? (SHORT_NAME[name] ?? name) : input.words.member(name);
    const list = fitText(
      names.map(shown).join(', '),
      input.width - 80 - textWidth(label, NOTE_SIZE, 700),
      NOTE_SIZE,
    );
    if (input.words.lang === 'ar') {
      out.push(`<g data-roll="${position}">`);
      out.push(
        rtlRuns(input.width - 24, y, [
          { text: label, size: NOTE_SIZE, weight: 700, fill: INK },
          { text: list, size: NOTE_SIZE, fill: INK, gap: 8 },
        ]),
      );
      out.push('</g>');
      y += ROLL_LINE;
      continue;
    }
    out.push(`<text x="24" y="${y}" font-size="${NOTE_SIZE}" fill="${INK}" data-roll="${position}">`);
    out.push(`<tspan font-weight="700">${esc(label)}</tspan><tspan dx="8">${esc(list)}</tspan></text>`);
    y += ROLL_LINE;
  }
  return out.join('');
}

function notes(input: LegendInput): string {
  const parts: string[] = [];
  if (input.circles) parts.push(input.circles);
  if (input.highlight)
    parts.push(input.words.highlighted(input.highlight.name, input.highlight.position, input.vote.body));
  parts.push(input.words.sources(input.vote));
  const line = parts.join('  \u00b7  ');
  let size = NOTE_SIZE;
  while (size > 12 && textWidth(line, size) > input.width - 32) size -= 1;
  return text(input.width / 2, input.top + 70 + rollHeight(input.roll), line, {
    size,
    fill: MUTED_INK,
    anchor: 'middle',
  });
}

/** Title, subtitle with the tally, a legend row with each position's count, and a line of notes. */
export function mapLegend(input: LegendInput): string {
  return [
    header(input.vote, input.counts, input.width, input.words),
    legendRow(
      itemsOf(input.vote, input.counts, input.words),
      input.width,
      input.top + 28,
      input.words.lang === 'ar',
    ),
    rollLines(input),
    notes(input),
  ].join('');
}
