/** Reads the drawn members back out of a chart's SVG: data attributes and fill of each element. */
export interface DrawnElement {
  tag: string;
  country: string;
  position: string;
  fill: string;
  mark: string | null;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]!) : null;
}

export function drawnMembers(svg: string): DrawnElement[] {
  return [...svg.matchAll(/<(path|circle)\s[^>]*data-country="[^"]*"[^>]*>/g)].map((m) => ({
    tag: m[1]!,
    country: attr(m[0], 'data-country')!,
    position: attr(m[0], 'data-position')!,
    fill: attr(m[0], 'fill')!,
    mark: attr(m[0], 'data-mark'),
  }));
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('no IHDR chunk first');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
