import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

/** One country shape of Natural Earth, keyed by its ISO 3166 numeric code (= UN M49 for members), else `name:<name>`. */
export interface Shape {
  id: string;
  name: string;
  feature: Feature<Geometry>;
}

export interface World {
  shapes: Shape[];
  /** Approximate centre [longitude, latitude] by ISO numeric code, for states too small to draw. */
  centres: ReadonlyMap<string, [number, number]>;
}

const ANTARCTICA = '010';

/**
 * Shapes drawn in the colour of the member that votes for them, keyed by shape id (a name for the few shapes
 * Natural Earth gives no code). Greenland is part of the Kingdom of Denmark, whose vote covers it. Somaliland
 * and Northern Cyprus are, for the UN, parts of Somalia and Cyprus; without this they would be holes in the map.
 * Kosovo, not a UN member, stays grey with the other non-members.
 */
export const TERRITORY_OF: Readonly<Record<string, string>> = {
  '304': '208',
  'name:Somaliland': '706',
  'name:N. Cyprus': '196',
};

let cached: World | null = null;

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

function loadShapes(): Shape[] {
  const topology = readJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>(
    'world-atlas/countries-110m.json',
  );
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  return collection.features
    .map((f) => ({
      id: f.id === undefined ? `name:${f.properties.name}` : String(f.id),
      name: f.properties.name,
      feature: f,
    }))
    .filter((s) => s.id !== ANTARCTICA);
}

function loadCentres(): Map<string, [number, number]> {
  const countries = readJson<{ ccn3: string; latlng: [number, number] }[]>('world-countries/countries.json');
  const centres = new Map<string, [number, number]>();
  for (const c of countries) if (c.ccn3) centres.set(c.ccn3, [c.latlng[1], c.latlng[0]]);
  return centres;
}

/** Natural Earth 1:110m shapes (Antarctica left out) and country centres; read once per process. */
export function world(): World {
  cached ??= { shapes: loadShapes(), centres: loadCentres() };
  return cached;
}
