import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, RENDER_OPTIONS, textWidth } from '../../../src/charts/svg.ts';

/** Dark pixels in the raster of an SVG drawn with the chart settings. */
function inkOf(svg: string): number {
  const image = new Resvg(svg, RENDER_OPTIONS).render();
  const px = image.pixels;
  let dark = 0;
  for (let i = 0; i < px.length; i += 4) if (px[i + 3]! > 128 && px[i]! < 100) dark += 1;
  return dark;
}

const svgWith = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><rect width="300" height="60" fill="#fff"/>${body}</svg>`;

describe('chart labels', () => {
  it('render with the font shipped in node_modules, with system fonts turned off', () => {
    expect(RENDER_OPTIONS.font?.loadSystemFonts).toBe(false);
    const ink = inkOf(
      svgWith(`<text x="10" y="40" font-size="30" font-family="${FONT_FAMILY}">Plenary 93</text>`),
    );
    expect(ink).toBeGreaterThan(200);
    expect(inkOf(svgWith(''))).toBe(0);
  });

  it('measures text close to how wide the font sets it', () => {
    const width = textWidth('Advancing a comprehensive, just and lasting peace', 30);
    const label = `<text x="0" y="40" font-size="30" font-family="${FONT_FAMILY}">Advancing a comprehensive, just and lasting peace</text>`;
    const image = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="60">${label}</svg>`,
      RENDER_OPTIONS,
    );
    const box = image.getBBox();
    expect(box).toBeDefined();
    expect(Math.abs(box!.width - width) / width).toBeLessThan(0.05);
  });
});
