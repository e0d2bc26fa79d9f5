import type { GroupEntry } from '../knowledge/group-schema.ts';
import type { Knowledge } from '../knowledge/model.ts';
import { findDataGroup } from './data-groups.ts';

export interface Group {
  label: string;
  members: string[];
  /** Where the membership comes from, said in the answer. */
  basis: string;
  /** The members as the subject of a sentence, when "Members of <label>" would not read ("The motion's sponsors"). */
  subject?: string;
  /** A group held in knowledge/groups.json: its notes, non-members and sources go with the answer. */
  entry?: GroupEntry;
}

const P5 = [
  'China',
  'France',
  'Russian Federation',
  'United Kingdom of Great Britain and Northern Ireland',
  'United States of America',
];
/** The Council's elected members: every 2025 member but the five permanent ones. */
const electedMembers = (k: Knowledge) => k.councilMembers.filter((c) => !P5.includes(c));
const E5 = [
  'Denmark',
  'France',
  'Greece',
  'Slovenia',
  'United Kingdom of Great Britain and Northern Ireland',
];

type Rule = { re: RegExp; label: string; pick: (k: Knowledge) => string[]; basis: string; subject?: string };

/** A member named as a vote record names it: its UN name, or one of its aliases ("United Kingdom"). */
function memberNamed(k: Knowledge, name: string): string | null {
  const n = name.trim().toLowerCase();
  const m = k.members.find((c) => c.name.toLowerCase() === n || c.aliases.some((a) => a.toLowerCase() === n));
  return m?.name ?? null;
}

/**
 * The members a vote record names as its sponsors, when its sponsor field is a plain list of members ("France,
 * United Kingdom, Denmark, Greece"); none when any part of it is something else ("European states", a note).
 */
function sponsorsOf(k: Knowledge, kind: 'motion'): string[] {
  for (const v of k.votes.filter((x) => x.kind === kind)) {
    const named = v.sponsor.split(',').map((part) => memberNamed(k, part));
    if (named.length > 0 && named.every((m) => m !== null)) return named as string[];
  }
  return [];
}

const M49 = 'UN geoscheme region (M49), as listed by the world-countries package';
/** Europe's subregions in world-countries differ from M49 (it has Central and Southeast Europe): said as such. */
const WC_EUROPE =
  'subregion as listed by the world-countries package (which splits Europe differently from M49)';
const byRegion = (region: string) => (k: Knowledge) =>
  k.members.filter((m) => m.region === region).map((m) => m.name);
const bySubregion =
  (...subs: string[]) =>
  (k: Knowledge) =>
    k.members.filter((m) => subs.includes(m.subregion)).map((m) => m.name);

const RULES: Rule[] = [
  {
    re: /\be10\b|\belected (?:ten|10|(?:security )?council members|members)\b|\bnon-?permanent (?:council )?members\b/,
    label: 'the ten elected Council members',
    pick: electedMembers,
    basis: 'the Council’s membership in 2025, without the five permanent members',
  },
  {
    re: /\bp5\b|\bpermanent (?:five|members?)\b|\bfive permanent\b|\bveto (?:powers|holders|wielding)\b/,
    label: 'the five permanent Council members',
    pick: () => P5,
    basis: 'the Charter’s five permanent members',
  },
  {
    re: /\be5\b|\beuropean (?:council|sc|security council) members\b|\beuropeans? on the (?:security )?council\b/,
    label: 'the five European Council members (E5)',
    pick: () => E5,
    basis: 'sponsors of the European amendments in the Council',
  },
  {
    re: /\b(?:security |sc |un security |unsc )?council members\b|\b(?:sc|unsc) members\b|\bmembers of the (?:security )?council\b|\bthe (?:security )?council(?:s)? (?:15|fifteen)\b/,
    label: 'the Security Council',
    pick: (k) => k.councilMembers,
    basis: 'the Council’s membership in 2025',
  },
  {
    re: /\ba3\b(?!\+)/,
    label: 'the three African Council members (A3)',
    subject: 'The three African Council members (A3)',
    pick: (k) => k.councilMembers.filter((c) => k.memberByName.get(c)?.region === 'Africa'),
    basis: 'the Council’s elected members from Africa in 2025',
  },
  {
    re: /\b(?:the )?(?:countries|states|members|nations|ones|those|delegations)\b(?: \w+){0,3} (?:tried|moved|wanted|asked|proposed|sought|pushed|called|requested|voted|tabled|motioned)(?: \w+){0,2} (?:to )?(?:postpone|delay|defer|put off|push back)\b(?: (?:the|a) (?:(?:security |un |unsc |sc )?council(?: s)? )?(?:vote|voting|meeting|decision))?|\b(?:postponement|delay|postpone|motion) (?:movers|sponsors|proposers|backers|group|bloc|camp)\b|\b(?:movers|sponsors|proposers|backers|authors) of the (?:motion|postponement|delay|procedural motion)\b/,
    label: 'the sponsors of the motion to postpone the Council vote',
    subject: 'The sponsors of the motion to postpone the Council vote',
    pick: (k) => sponsorsOf(k, 'motion'),
    basis: 'the sponsors the motion’s vote record names',
  },
  {
    re: /\beastern europe(?:an)?\b/,
    label: 'Eastern Europe',
    pick: bySubregion('Eastern Europe'),
    basis: WC_EUROPE,
  },
  {
    re: /\bwestern europe(?:an)?\b/,
    label: 'Western Europe',
    pick: bySubregion('Western Europe'),
    basis: WC_EUROPE,
  },
  {
    re: /\bnorthern europe(?:an)?\b/,
    label: 'Northern Europe',
    pick: bySubregion('Northern Europe'),
    basis: WC_EUROPE,
  },
  {
    re: /\bbalkans?\b|\bsouth[- ]?east(?:ern)? europe(?:an)?\b/,
    label: 'the Balkans (Southeast Europe)',
    pick: bySubregion('Southeast Europe'),
    basis: WC_EUROPE,
  },
  {
    re: /\bcentral europe(?:an)?\b/,
    label: 'Central Europe',
    pick: bySubregion('Central Europe'),
    basis: WC_EUROPE,
  },
  {
    re: /\bsouthern europe(?:an)?\b/,
    label: 'Southern Europe',
    pick: bySubregion('Southern Europe'),
    basis: WC_EUROPE,
  },
  {
    re: /\blatin america(?:n)?\b|\bsouth america(?:n)?\b|\bcentral america(?:n)?\b/,
    label: 'Latin America and the Caribbean',
    pick: bySubregion('South America', 'Central America', 'Caribbean'),
    basis: M49,
  },
  { re: /\bcaribbean\b/, label: 'the Caribbean', pick: bySubregion('Caribbean'), basis: M49 },
  {
    re: /\bsub-?saharan\b/,
    label: 'Sub-Saharan Africa',
    pick: bySubregion('Eastern Africa', 'Middle Africa', 'Southern Africa', 'Western Africa'),
    basis: M49,
  },
  {
    re: /\bnorth africa(?:n)?\b/,
    label: 'Northern Africa',
    pick: bySubregion('Northern Africa'),
    basis: M49,
  },
  {
    re: /\bmiddle east(?:ern)?\b|\bwestern asia(?:n)?\b/,
    label: 'Western Asia (the Middle East and the Caucasus)',
    pick: bySubregion('Western Asia'),
    basis: M49,
  },
  { re: /\bcentral asia(?:n)?\b/, label: 'Central Asia', pick: bySubregion('Central Asia'), basis: M49 },
  {
    re: /\bsouth[- ]?east asia(?:n)?\b/,
    label: 'South-Eastern Asia',
    pick: bySubregion('South-Eastern Asia'),
    basis: M49,
  },
  { re: /\bsouth asia(?:n)?\b/, label: 'Southern Asia', pick: bySubregion('Southern Asia'), basis: M49 },
  { re: /\beast asia(?:n)?\b/, label: 'Eastern Asia', pick: bySubregion('Eastern Asia'), basis: M49 },
  { re: /\bpacific island|\boceania\b|\bpacific\b/, label: 'Oceania', pick: byRegion('Oceania'), basis: M49 },
  {
    // Not "the European text", "the European GA draft", nor "the European vote/one" (the vote on that text).
    re: /\beurope(?:an)?s?\b(?! (?:(?:ga|un|unga|assembly|general assembly|council|sc|security council) )?(?:text|draft|resolution|amendments?|proposal|union|backed|sponsored|led)s?\b)(?!(?<=\beuropean) (?:vote|one|ballot|version)\b)/,
    label: 'Europe',
    pick: byRegion('Europe'),
    basis: M49,
  },
  { re: /\bafrica(?:n)?s?\b/, label: 'Africa', pick: byRegion('Africa'), basis: M49 },
  { re: /\basia(?:n)?s?\b/, label: 'Asia', pick: byRegion('Asia'), basis: M49 },
  {
    re: /\bthe americas\b|\bamericas\b(?! own)/,
    label: 'the Americas',
    pick: byRegion('Americas'),
    basis: M49,
  },
];

/** The rules about the Council (P5, E10, E5, its members): tried before the groups held as data. */
const COUNCIL_RULES = 4;
/** The rule for the Council's members, which another group named with it narrows. */
const COUNCIL_MEMBERS = 3;

const found = (rule: Rule, k: Knowledge, m: RegExpExecArray) => ({
  group: {
    label: rule.label,
    members: rule.pick(k),
    basis: rule.basis,
    ...(rule.subject ? { subject: rule.subject } : {}),
  },
  start: m.index,
  end: m.index + m[0].length,
});

type Found = { group: Group; start: number; end: number };

/** A group held as data, or a region: the groups a Council membership can narrow. */
function heldOrRegion(k: Knowledge, text: string): Found | null {
  const held = findDataGroup(k, text);
  if (held) return held;
  for (const rule of RULES.slice(COUNCIL_RULES)) {
    const m = rule.re.exec(text);
    if (m) return found(rule, k, m);
  }
  return null;
}

/** "The EU members of the Security Council", "African council members": that group's members on the Council. */
function onTheCouncil(k: Knowledge, text: string, council: Found): Found | null {
  const blanked =
    text.slice(0, council.start) + ' '.repeat(council.end - council.start) + text.slice(council.end);
  const other = heldOrRegion(k, blanked);
  if (!other) return null;
  const seated = new Set(k.councilMembers);
  return {
    group: {
      ...other.group,
      label: `${other.group.label} on the Security Council`,
      members: other.group.members.filter((c) => seated.has(c)),
      basis: `${other.group.basis}, that sat on the Council in 2025`,
    },
    start: Math.min(other.start, council.start),
    end: Math.max(other.end, council.end),
  };
}

/**
 * A group of members the question names ("the P5", "NATO members", "european countries"), and the words it used:
 * the Council's groupings first (narrowed to another group named with them), then the groups in
 * knowledge/groups.json, then regions.
 */
export function findGroup(k: Knowledge, text: string): Found | null {
  const found = findOneGroup(k, text);
  if (!found) return null;
  // "The EU and NATO": the longest name is found first; a group named just before it comes first.
  const before = findOneGroup(k, text.slice(0, found.start));
  const first =
    before && /^ *(?:and|plus|or|&|\+|,)? *(?:the )?$/.test(text.slice(before.end, found.start))
      ? before
      : found;
  return joinedGroup(k, text, first) ?? first;
}

/** "Nordics + Baltics", "the EU and NATO", "G7 or G20": two groups named together are one set, their union. */
function joinedGroup(k: Knowledge, text: string, first: Found): Found | null {
  const after = /^ *(?:and|plus|or|&|\+|,)? *(?:the )?/.exec(text.slice(first.end));
  const from = first.end + (after?.[0].length ?? 0);
  const second = findOneGroup(k, text.slice(from));
  if (!second || second.start !== 0 || second.group.label === first.group.label) return null;
  const members = [...new Set([...first.group.members, ...second.group.members])];
  return {
    group: {
      label: `${first.group.label} and ${second.group.label}`,
      members,
      basis: `${first.group.basis}; and ${second.group.basis}`,
    },
    start: first.start,
    end: from + second.end,
  };
}

function findOneGroup(k: Knowledge, text: string): Found | null {
  for (const [i, rule] of RULES.slice(0, COUNCIL_RULES).entries()) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const council = found(rule, k, m);
    return (i === COUNCIL_MEMBERS && onTheCouncil(k, text, council)) || council;
  }
  return heldOrRegion(k, text);
}
