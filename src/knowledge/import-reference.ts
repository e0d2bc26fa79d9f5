/**
 * One-off importer: turns ../shared/reference (the verified research) into the files under knowledge/.
 * Run by a maintainer with `npm run knowledge:import` when the reference changes; the bot itself never reads
 * ../shared. Everything it writes keeps the reference's source ids; nothing is added that the reference lacks,
 * except country metadata (ISO codes, regions, common names, demonyms) taken from the world-countries package.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { positionsFingerprint } from './check.ts';
import { historyChecksumKey } from './check-v2.ts';
import { importGroups } from './import-groups.ts';
import { importHistory, importStatements, importTexts, newSources } from './import-v2.ts';
import { loadKnowledge } from './load.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const refDir = resolve(process.argv[2] ?? join(root, '../shared/reference'));
const outDir = join(root, 'knowledge');

type Json = Record<string, unknown>;
const read = (file: string): Json => JSON.parse(readFileSync(join(refDir, file), 'utf8')) as Json;
const write = (file: string, value: unknown) =>
  writeFileSync(join(outDir, file), `${JSON.stringify(value, null, 2)}\n`, 'utf8');

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  ccn3: string;
  altSpellings: string[];
  region: string;
  subregion: string;
  unRegionalGroup?: string;
  demonyms?: { eng?: { m: string; f: string } };
  translations: Record<string, { common: string }>;
  capital?: string[];
}

/** UN names whose world-countries entry has another name. */
const ISO3_BY_UN_NAME: Record<string, string> = {
  'Cabo Verde': 'CPV',
  'Netherlands (Kingdom of the)': 'NLD',
  'Iran (Islamic Republic of)': 'IRN',
  'Micronesia (Federated States of)': 'FSM',
  'Bolivia (Plurinational State of)': 'BOL',
  'Venezuela (Bolivarian Republic of)': 'VEN',
};

/** Seats of government people name as the capital, beyond world-countries' list. Keyed by UN name. */
const EXTRA_CAPITALS: Record<string, string[]> = {
  'Bolivia (Plurinational State of)': ['La Paz'],
  'Netherlands (Kingdom of the)': ['The Hague'],
  India: ['Delhi'],
  "Côte d'Ivoire": ['Abidjan'],
};

/** What people type, beyond what world-countries lists. Keyed by UN name. */
const EXTRA_ALIASES: Record<string, string[]> = {
  'United States of America': [
    'US',
    'U.S.',
    'USA',
    'U.S.A.',
    'America',
    'United States',
    'the States',
    'Washington',
  ],
  'United Kingdom of Great Britain and Northern Ireland': [
    'UK',
    'U.K.',
    'Britain',
    'Great Britain',
    'United Kingdom',
    'England',
    'GB',
    'London',
    'Brits',
    'Britons',
    'Scotland',
    'Wales',
    'Northern Ireland',
  ],
  'Russian Federation': ['Russia', 'Moscow', 'the Kremlin', 'Kremlin', 'RF'],
  Ukraine: ['Kyiv', 'Kiev'],
  France: ['Paris'],
  Germany: ['Berlin'],
  Japan: ['Tokyo'],
  India: ['New Delhi'],
  Brazil: ['Brasília'],
  Canada: ['Ottawa'],
  Hungary: ['Budapest'],
  Belarus: ['Minsk'],
  "Democratic People's Republic of Korea": ['North Korea', 'DPRK', 'N. Korea', 'Pyongyang'],
  'Republic of Korea': ['South Korea', 'ROK', 'S. Korea', 'Seoul'],
  China: ["People's Republic of China", 'PRC', 'Beijing', 'mainland China'],
  Türkiye: ['Turkey', 'Turkiye', 'Turks'],
  "Côte d'Ivoire": ['Ivory Coast', "Cote d'Ivoire", 'Cote dIvoire'],
  Czechia: ['Czech Republic', 'Czech'],
  'Netherlands (Kingdom of the)': ['Netherlands', 'Holland', 'the Netherlands', 'Kingdom of the Netherlands'],
  'Viet Nam': ['Vietnam'],
  Myanmar: ['Burma'],
  'Democratic Republic of the Congo': ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Congo Kinshasa', 'DRCongo'],
  Congo: ['Republic of the Congo', 'Congo-Brazzaville', 'Congo Brazzaville'],
  'Iran (Islamic Republic of)': ['Iran', 'Tehran'],
  'Syrian Arab Republic': ['Syria'],
  "Lao People's Democratic Republic": ['Laos', 'Lao PDR'],
  'Republic of Moldova': ['Moldova'],
  'United Republic of Tanzania': ['Tanzania'],
  'Bolivia (Plurinational State of)': ['Bolivia'],
  'Venezuela (Bolivarian Republic of)': ['Venezuela'],
  Eswatini: ['Swaziland'],
  Gambia: ['The Gambia'],
  'Cabo Verde': ['Cape Verde'],
  'Bosnia and Herzegovina': ['Bosnia-Herzegovina', 'Bosnia', 'BiH'],
  'Micronesia (Federated States of)': ['Micronesia', 'FSM'],
  'Brunei Darussalam': ['Brunei'],
  'North Macedonia': ['Macedonia'],
  'Timor-Leste': ['East Timor'],
  'United Arab Emirates': ['UAE', 'Emirates'],
  'Central African Republic': ['CAR'],
  'Papua New Guinea': ['PNG'],
  'Saudi Arabia': ['KSA'],
  'Sao Tome and Principe': ['São Tomé and Príncipe', 'Sao Tome'],
  'Saint Vincent and the Grenadines': ['St Vincent', 'Saint Vincent', 'St. Vincent and the Grenadines'],
  'Saint Kitts and Nevis': ['St Kitts and Nevis', 'St. Kitts', 'Saint Kitts'],
  'Saint Lucia': ['St Lucia', 'St. Lucia'],
  'New Zealand': ['NZ', 'Aotearoa', 'Kiwis'],
  // What a people is called where the demonym plus "s" is not it ("the Poles", not "the Polishs").
  Poland: ['Warsaw', 'Poles'],
  Denmark: ['Danes'],
  Sweden: ['Swedes'],
  Finland: ['Finns'],
  Spain: ['Spaniards'],
  Australia: ['Aussies'],
  Uzbekistan: ['Uzbek', 'Uzbeks'],
  Kazakhstan: ['Kazakh', 'Kazakhs'],
  Kyrgyzstan: ['Kyrgyz'],
  Tajikistan: ['Tajik', 'Tajiks'],
  Azerbaijan: ['Azeri', 'Azeris'],
  Croatia: ['Croats'],
  Serbia: ['Serbs'],
  Slovenia: ['Slovenian', 'Slovenians'],
};

/** Former names people still use ("Zaire", "Ceylon"): each read as the member that holds the seat now. */
const FORMER_NAMES: Record<string, string[]> = {
  'Democratic Republic of the Congo': ['Zaire'],
  'Sri Lanka': ['Ceylon'],
  'Iran (Islamic Republic of)': ['Persia'],
  Thailand: ['Siam'],
  Benin: ['Dahomey'],
  'Burkina Faso': ['Upper Volta'],
  Cambodia: ['Kampuchea'],
  Zimbabwe: ['Rhodesia'],
  Botswana: ['Bechuanaland'],
  Malawi: ['Nyasaland'],
  'United Republic of Tanzania': ['Tanganyika'],
  Bangladesh: ['East Pakistan'],
  Belarus: ['Byelorussia', 'Belorussia'],
};

/** Non-members people ask about; none of them had a vote in these tallies. */
const NON_MEMBERS = [
  {
    name: 'Holy See',
    status: 'non-member observer state',
    aliases: ['Vatican', 'Vatican City', 'the Vatican', 'Holy See', '🇻🇦'],
  },
  {
    name: 'State of Palestine',
    status: 'non-member observer state',
    aliases: ['Palestine', 'Palestinian territories', 'State of Palestine', '🇵🇸'],
  },
  {
    name: 'Taiwan',
    status: 'not a UN member',
    aliases: ['Taiwan', 'Republic of China', 'ROC', 'Chinese Taipei', 'Taipei', 'Formosa', '🇹🇼'],
  },
  { name: 'Kosovo', status: 'not a UN member', aliases: ['Kosovo', '🇽🇰'] },
  {
    name: 'Northern Cyprus',
    status: 'not a UN member',
    aliases: ['Northern Cyprus', 'North Cyprus', 'TRNC', 'Turkish Republic of Northern Cyprus'],
  },
  {
    name: 'European Union',
    status: 'an organisation, not a member state',
    aliases: ['EU', 'European Union', 'the EU', 'Europe Union', '🇪🇺'],
  },
];

function importCountries(memberNames: string[]) {
  const require = createRequire(import.meta.url);
  const world = require('world-countries') as WorldCountry[];
  const byName = new Map<string, WorldCountry>();
  for (const c of world) for (const n of [c.name.common, c.name.official]) byName.set(n, c);
  for (const c of world) for (const n of c.altSpellings) if (!byName.has(n)) byName.set(n, c);
  const byIso3 = new Map(world.map((c) => [c.cca3, c]));
  const members = memberNames.map((name) => {
    const iso3 = ISO3_BY_UN_NAME[name];
    const wc = iso3 ? byIso3.get(iso3) : byName.get(name);
    if (!wc) throw new Error(`no world-countries entry for ${name}`);
    const aliases = new Set<string>([
      wc.name.common,
      wc.name.official,
      ...(EXTRA_ALIASES[name] ?? []),
      ...(FORMER_NAMES[name] ?? []),
    ]);
    for (const a of wc.altSpellings) if (a.length > 3 && !/^[A-Z]{2,3}$/.test(a)) aliases.add(a);
    aliases.delete(name);
    const otherLanguages = new Set<string>();
    for (const lang of [
      'fra',
      'spa',
      'deu',
      'ita',
      'por',
      'nld',
      'pol',
      'ukr',
      'rus',
      'zho',
      'jpn',
      'kor',
      'ara',
    ]) {
      const t = wc.translations[lang]?.common;
      if (t && t !== name && !aliases.has(t)) otherLanguages.add(t);
    }
    const demonyms = new Set<string>();
    if (wc.demonyms?.eng) for (const d of [wc.demonyms.eng.m, wc.demonyms.eng.f]) if (d) demonyms.add(d);
    return {
      name,
      iso2: wc.cca2,
      iso3: wc.cca3,
      m49: wc.ccn3,
      region: wc.region,
      subregion: wc.subregion,
      unRegionalGroup: wc.unRegionalGroup ?? null,
      aliases: [...aliases],
      otherLanguages: [...otherLanguages],
      demonyms: [...demonyms],
      capitals: [...new Set([...(wc.capital ?? []), ...(EXTRA_CAPITALS[name] ?? [])])],
    };
  });
  return { members: members.sort((a, b) => a.name.localeCompare(b.name)), nonMembers: NON_MEMBERS };
}

interface RefSource {
  title: string;
  publisher: string;
  url: string;
  date?: string;
}

function main() {
  mkdirSync(join(outDir, 'articles'), { recursive: true });
  const ref = read('votes.json') as {
    meta: Json & { disputed: unknown[]; ga_european_amendment_tallies_unmapped: unknown };
    sources: (RefSource & { id: string })[];
    votes: (Json & { id: string; lists: Record<string, string[]> })[];
    amendments: Json[];
    quotes: Json[];
    facts: Json[];
  };
  const timeline = read('timeline.json') as { events: (Json & { id: string; sources: RefSource[] })[] };

  const sources = ref.sources.map((s) => ({ ...s }));
  const idByUrl = new Map(sources.map((s) => [s.url, s.id]));
  const events = timeline.events.map((e) => {
    const ids = e.sources.map((s, i) => {
      const known = idByUrl.get(s.url);
      if (known) return known;
      const id = `${e.id}_s${i + 1}`;
      sources.push({ id, title: s.title, publisher: s.publisher, url: s.url, date: e.date as string });
      idByUrl.set(s.url, id);
      return id;
    });
    return { ...e, sources: ids };
  });

  const v2 = {
    statements: read('statements.json'),
    texts: read('texts.json'),
    history: read('history.json'),
  };
  sources.push(...newSources(new Set(sources.map((s) => s.id)), Object.values(v2)));
  const adoptedOn = new Set(
    timeline.events
      .filter((e) => /\bAssembly adopted\b/.test(String(e.statement)))
      .map((e) => String(e.date)),
  );

  const ga = ref.votes.find((v) => v.id === 'ga_es11_7');
  if (!ga) throw new Error('ga_es11_7 missing');
  const memberNames = Object.values(ga.lists).flat();

  const groups = importGroups(read('groups.json') as unknown as Parameters<typeof importGroups>[0], sources);
  sources.push(...groups.sources);
  write('groups.json', groups.groups);
  write('sources.json', sources);
  write('votes.json', ref.votes);
  write('amendments.json', ref.amendments);
  write('quotes.json', ref.quotes);
  write('facts.json', ref.facts);
  write('timeline.json', events);
  write('disputed.json', {
    positions: ref.meta.disputed,
    gaEuropeanAmendmentTalliesUnmapped: ref.meta.ga_european_amendment_tallies_unmapped,
  });
  write('countries.json', importCountries(memberNames));
  write('statements.json', importStatements(v2.statements));
  write('texts.json', importTexts(v2.texts));
  write('history.json', importHistory(v2.history, adoptedOn));
  for (const f of ['article_a.txt', 'article_b.txt'])
    copyFileSync(join(refDir, 'articles', f), join(outDir, 'articles', f));
  const k = loadKnowledge(outDir);
  write('checksums.json', {
    ...Object.fromEntries(k.votes.map((v) => [v.id, positionsFingerprint(v)])),
    ...Object.fromEntries(k.history.map((v) => [historyChecksumKey(v.id), positionsFingerprint(v)])),
  });
  console.log(`knowledge/ written from ${refDir}: ${sources.length} sources, ${events.length} events`);
}

main();
