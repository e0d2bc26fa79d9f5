import { geoEqualEarth, geoPath } from 'd3-geo';
import { world } from './geography.ts';

/** One atlas shape already projected into the map's pixel space. */
export interface ProjectedShape {
  id: string;
  name: string;
  /** SVG path data. */
  d: string;
  /** Area in px². */
  area: number;
  centroid: [number, number];
}

export interface ProjectedWorld {
  shapes: ProjectedShape[];
  /** The outline of the globe, for the ocean. */
  sphere: string;
  /** Pixel position of a [longitude, latitude], or null when off the map. */
  project(lonLat: [number, number]): [number, number] | null;
  /** Pixel centre of a country by ISO numeric code, from the country list, for states with no shape. */
  centreOf(m49: string): [number, number] | null;
}

export type Extent = [[number, number], [number, number]];

/**
 * Centred on 11° E, as world maps often are: the map's edge then runs at 169° W, through open sea, so that
 * Chukotka stays whole and Samoa and Tonga sit beside the other Pacific islands rather than across the map.
 */
const CENTRE_ROTATION: [number, number] = [-11, 0];

const cache = new Map<string, ProjectedWorld>();

function projectWorld(extent: Extent): ProjectedWorld {
  const { shapes, centres } = world();
  const projection = geoEqualEarth()
    .rotate(CENTRE_ROTATION)
    .fitExtent(extent, {
      type: 'FeatureCollection',
      features: shapes.map((s) => s.feature),
    });
  const path = geoPath(projection).digits(1);
  const projected: ProjectedShape[] = [];
  for (const s of shapes) {
    const d = path(s.feature);
    if (d)
      projected.push({
        id: s.id,
        name: s.name,
        d,
        area: path.area(s.feature),
        centroid: path.centroid(s.feature),
      });
  }
  const project = (lonLat: [number, number]) => projection(lonLat);
  return {
    shapes: projected,
    sphere: path({ type: 'Sphere' }) ?? '',
    project,
    centreOf: (m49) => {
      const lonLat = centres.get(m49);
      return lonLat ? project(lonLat) : null;
    },
  };
}

/**
 * Equal Earth projection of the Natural Earth shapes fitted to `extent`. Projecting is the same work for every
 * vote, so it is done once per extent and process.
 */
export function projectedWorld(extent: Extent): ProjectedWorld {
  const key = JSON.stringify(extent);
  let found = cache.get(key);
  if (!found) {
    found = projectWorld(extent);
    cache.set(key, found);
  }
  return found;
}
