import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { measure } from './font-metrics.ts';
import { INK, type MapPosition, overlayFor, POSITION_COLOUR } from './palette.ts';

const require = createRequire(import.meta.url);

/** Inter (SIL OFL 1.1) ships as TTF inside its npm package: labels render the same with no system fonts. */
export const FONT_FAMILY = 'Inter';
const FONT_FILES = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
];

/**
 * Fonts for the scripts Inter lacks (Noto Sans Arabic, Noto Sans SC: SIL OFL 1.1, TTF in their npm packages),
 * added after Inter only to pictures whose words use them: Inter still sets the Latin letters and digits, and a
 * picture with neither script is drawn exactly as before. Noto Sans SC is 10 MB a weight, so its files are
 * resolved when the first such picture is drawn and handed to resvg only for those pictures.
 */
const SCRIPTS = [
  {
    family: 'Noto Sans Arabic',
    test: /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u,
    files: [
      '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
      '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
    ],
  },
  {
    family: 'Noto Sans SC',
    test: /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u,
    files: [
      '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
      '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
    ],
  },
] as const;

type Script = (typeof SCRIPTS)[number];

/** The scripts beyond Inter's that a picture's words use. */
function scriptsOf(svg: string): Script[] {
  return SCRIPTS.filter((s) => s.test.test(svg));
}

/** The font-family list of a picture: Inter, then the fonts of the other scripts its words use. */
export function fontFamilyFor(content: string): string {
  return [FONT_FAMILY, ...scriptsOf(content).map((s) => s.family)].join(', ');
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** Rounds to one decimal so numbers in attributes stay short. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export interface TextOptions {
  size: number;
  weight?: 400 | 700;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

export function text(x: number, y: number, content: string, o: TextOptions): string {
  const weight = o.weight === 700 ? ' font-weight="700"' : '';
  const anchor = o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${o.size}"${weight}${anchor} fill="${o.fill ?? '#1A1A1A'}">${esc(content)}</text>`;
}

/** Width of a string in the bundled font at a size, for layout. */
export function textWidth(content: string, size: number, weight: 400 | 700 = 400): number {
  return measure(content, size, weight);
}

export function svgDocument(width: number, height: number, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` font-family="${fontFamilyFor(body)}">`,
    body,
    '</svg>',
  ].join('');
}

/** resvg settings: the bundled font only, so a machine with no fonts installed draws the same labels. */
export const RENDER_OPTIONS: ResvgRenderOptions = {
  font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY },
  shapeRendering: 2,
  textRendering: 1,
};

const optionsByFonts = new Map<string, ResvgRenderOptions>();

/** The resvg settings for a picture: Inter alone, or Inter and the fonts of the other scripts it uses. */
export function renderOptionsFor(svg: string): ResvgRenderOptions {
  const scripts = scriptsOf(svg);
  if (scripts.length === 0) return RENDER_OPTIONS;
  const key = scripts.map((s) => s.family).join(',');
  let options = optionsByFonts.get(key);
  if (!options) {
    const fontFiles = [...FONT_FILES, ...scripts.flatMap((s) => s.files.map((f) => require.resolve(f)))];
    options = { ...RENDER_OPTIONS, font: { ...RENDER_OPTIONS.font, fontFiles } };
    optionsByFonts.set(key, options);
  }
  return options;
}

/** SVG -> PNG in-process with the bundled fonts; system fonts are not consulted. */
export function toPng(svg: string): Buffer {
  return new Resvg(svg, renderOptionsFor(svg)).render().asPng();
}

export interface Run {
  text: string;
  size: number;
  weight?: 400 | 700;
  fill?: string;
  /** Space before this run, in px. */
  gap?: number;
}

/**
 * One line of runs read right to left from `right` (Arabic): each run is its own <text> anchored at its right
 * end, because resvg misplaces a tspan's dx beside Arabic (it splits off the first letter of the run).
 */
export function rtlRuns(right: number, y: number, runs: Run[]): string {
  let x = right;
  return runs
    .map((r) => {
      x -= r.gap ?? 0;
      const out = text(x, y, r.text, { ...r, anchor: 'end' });
      x -= textWidth(r.text, r.size, r.weight);
      return out;
    })
    .join('');
}

/** The same left to right from `left`, for a line of Arabic words in a column laid out left to right. */
export function ltrRuns(left: number, y: number, runs: Run[]): string {
  let x = left;
  return runs
    .map((r) => {
      x += r.gap ?? 0;
      const out = text(x, y, r.text, r);
      x += textWidth(r.text, r.size, r.weight);
      return out;
    })
    .join('');
}

/** Cuts a string to fit a width, ending with an ellipsis. */
export function fitText(content: string, width: number, size: number, weight: 400 | 700 = 400): string {
  if (textWidth(content, size, weight) <= width) return content;
  let cut = content;
  while (cut.length > 1 && textWidth(`${cut}\u2026`, size, weight) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}\u2026`;
}

export function swatch(x: number, y: number, w: number, h: number, position: MapPosition): string {
  const overlay = overlayFor(position);
  const base = `<rect x="${n(x)}" y="${n(y)}" width="${w}" height="${h}" rx="3" fill="${POSITION_COLOUR[position]}" stroke="${INK}" stroke-width="0.8"/>`;
  return overlay
    ? `${base}<rect x="${n(x)}" y="${n(y)}" width="${w}" height="${h}" rx="3" fill="${overlay}"/>`
    : base;
}
