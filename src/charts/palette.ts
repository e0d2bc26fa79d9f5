import type { Position } from '../knowledge/schema.ts';

/**
 * What a country shows on a vote map: its position, that it had no vote in that body, or (on a partial record
 * of an earlier vote) that its position is not known.
 */
export type MapPosition = Position | 'no_seat' | 'unknown';

/**
 * Okabe–Ito colours (safe for the common forms of colour blindness), backed by a pattern for 'no' and
 * by text labels in every legend, so that no reading depends on hue alone.
 */
export const POSITION_COLOUR: Record<MapPosition, string> = {
  yes: '#0072B2',
  no: '#D55E00',
  abstain: '#E69F00',
  absent: '#7A7A7A',
  no_seat: '#E4E4E4',
  unknown: '#FFFFFF',
};

/** Legend text for members a partial record does not place. */
export const UNKNOWN_LEGEND = 'Not known';

export const POSITION_LEGEND: Record<Position, string> = {
  yes: 'In favour',
  no: 'Against',
  abstain: 'Abstained',
  absent: 'Did not vote',
};

/** Legend text for countries with no vote: not UN members (GA) or not on the Council (SC). */
export const NO_SEAT_LEGEND = { GA: 'Not a UN member', SC: 'Not on the Council' } as const;

/** The same within a sentence: "France (in favour)", "Germany (not on the Council)". */
export function positionPhrase(position: MapPosition, body: 'GA' | 'SC'): string {
  if (position === 'no_seat') return body === 'SC' ? 'not on the Council' : 'not a UN member';
  if (position === 'unknown') return 'position not known';
  return POSITION_LEGEND[position].toLowerCase();
}

export const INK = '#1A1A1A';
export const MUTED_INK = '#4D4D4D';
export const BORDER = '#FFFFFF';
export const OCEAN = '#F4F8FB';
export const PAPER = '#FFFFFF';

/** Pattern ids used by maps and bars. */
export const HATCH_ID = 'hatch-no';
export const DOTS_ID = 'dots-absent';
export const UNKNOWN_ID = 'hatch-unknown';

/** SVG defs: white diagonal hatching laid over 'no', light stipple over 'did not vote'. */
export function patternDefs(): string {
  return [
    `<pattern id="${HATCH_ID}" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">`,
    '<rect width="2.2" height="7" fill="#FFFFFF" fill-opacity="0.75"/></pattern>',
    `<pattern id="${DOTS_ID}" patternUnits="userSpaceOnUse" width="6" height="6">`,
    '<circle cx="3" cy="3" r="1.1" fill="#FFFFFF" fill-opacity="0.8"/></pattern>',
    `<pattern id="${UNKNOWN_ID}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(-45)">`,
    '<rect width="1.2" height="6" fill="#9A9A9A"/></pattern>',
  ].join('');
}

/** The overlay pattern drawn on top of a position's colour, if any. */
export function overlayFor(position: MapPosition): string | null {
  if (position === 'no') return `url(#${HATCH_ID})`;
  if (position === 'absent') return `url(#${DOTS_ID})`;
  if (position === 'unknown') return `url(#${UNKNOWN_ID})`;
  return null;
}
