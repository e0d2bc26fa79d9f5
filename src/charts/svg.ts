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
    ` font-family="${FONT_FAMILY}">`,
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

/** SVG -> PNG in-process with the bundled font; system fonts are not consulted. */
export function toPng(svg: string): Buffer {
  return new Resvg(svg, RENDER_OPTIONS).render().asPng();
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
