/**
 * Part of `npm run knowledge:import`: ../shared/reference/groups.json -> knowledge/groups.json (camel-cased, every
 * name and source id kept) and the group sources to add to sources.json.
 */

interface RefSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
  date?: string;
}

interface RefGroup {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  as_of: string;
  stated_count: number;
  members: string[];
  member_count: number;
  non_un_members: string[];
  non_un_counted: string[];
  suspended?: string[];
  disputed_members?: string[];
  associate_members?: string[];
  participation_frozen?: string[];
  notes: string;
  sources: string[];
}

/** A reference URL may carry a note after it ("… (read through a archived copy at …)"): the note joins the title. */
function splitUrl(s: RefSource): { title: string; url: string } {
  const [url = '', ...rest] = s.url.split(' ');
  return { url, title: rest.length > 0 ? `${s.title} ${rest.join(' ')}` : s.title };
}

/** What people type for a group, beyond the reference's aliases (as EXTRA_ALIASES does for countries). */
const EXTRA_ALIASES: Record<string, string[]> = {
  eu: ['EU countries', 'EU members', 'EU member states', 'EU states'],
  nato: ['NATO allies', 'NATO countries', 'North Atlantic alliance'],
  g7: ['Group of 7'],
  g20: ['Group of 20'],
  gcc: ['Gulf states', 'Gulf countries', 'Gulf monarchies', 'Gulf Arab states', 'Gulf Cooperation Council'],
  baltic: ['Baltic republics'],
  nordic: ['Nordic countries'],
  african_union: ['African Union members'],
  un_african_group: ['Africa Group'],
  un_weog: ['Western European and Others'],
  un_grulac: ['Latin American and Caribbean Group', 'Latin American and Caribbean States group'],
};

const optional = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });

export function importGroups(ref: { sources: RefSource[]; groups: RefGroup[] }, known: { id: string }[]) {
  const knownIds = new Set(known.map((s) => s.id));
  const sources = ref.sources
    .filter((s) => !knownIds.has(s.id))
    .map((s) => {
      const { title, url } = splitUrl(s);
      return { id: s.id, title, publisher: s.publisher, url, ...optional('date', s.date) };
    });
  const groups = ref.groups.map((g) => ({
    id: g.id,
    name: g.name,
    aliases: [...g.aliases, ...(EXTRA_ALIASES[g.id] ?? []).filter((a) => !g.aliases.includes(a))],
    kind: g.kind,
    asOf: g.as_of,
    statedCount: g.stated_count,
    members: g.members,
    memberCount: g.member_count,
    nonMembers: g.non_un_members,
    nonMembersCounted: g.non_un_counted,
    ...optional('suspended', g.suspended),
    ...optional('disputedMembers', g.disputed_members),
    ...optional('associateMembers', g.associate_members),
    ...optional('participationFrozen', g.participation_frozen),
    notes: g.notes,
    sources: g.sources,
  }));
  return { groups, sources };
}
