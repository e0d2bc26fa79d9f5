/** knowledge:check for groups.json: every member a UN member state, listed once, counted right, sources known. */
import type { GroupEntry } from './group-schema.ts';
import type { Knowledge } from './model.ts';

function checkNames(k: Knowledge, g: GroupEntry, field: string, list: string[], problems: string[]): void {
  const seen = new Set<string>();
  for (const name of list) {
    if (!k.memberByName.has(name)) problems.push(`group ${g.id}: unknown member "${name}" in ${field}`);
    if (seen.has(name)) problems.push(`group ${g.id}: "${name}" is listed twice in ${field}`);
    seen.add(name);
  }
}

export function checkGroups(k: Knowledge, problems: string[]): void {
  const ids = new Set<string>();
  for (const g of k.groups) {
    if (ids.has(g.id)) problems.push(`group ${g.id}: defined twice`);
    ids.add(g.id);
    checkNames(k, g, 'members', g.members, problems);
    if (g.members.length !== g.memberCount)
      problems.push(`group ${g.id}: ${g.members.length} members listed, memberCount says ${g.memberCount}`);
    const members = new Set(g.members);
    const within: [string, string[] | undefined][] = [
      ['suspended', g.suspended],
      ['participationFrozen', g.participationFrozen],
    ];
    for (const [field, list] of within) {
      checkNames(k, g, field, list ?? [], problems);
      for (const name of list ?? [])
        if (!members.has(name)) problems.push(`group ${g.id}: "${name}" in ${field} is not in members`);
    }
    const apart: [string, string[] | undefined][] = [
      ['disputedMembers', g.disputedMembers],
      ['associateMembers', g.associateMembers],
    ];
    for (const [field, list] of apart) {
      checkNames(k, g, field, list ?? [], problems);
      for (const name of list ?? [])
        if (members.has(name)) problems.push(`group ${g.id}: "${name}" is both in members and in ${field}`);
    }
    for (const name of g.nonMembersCounted)
      if (!g.nonMembers.includes(name))
        problems.push(`group ${g.id}: "${name}" counted but not in nonMembers`);
    for (const id of g.sources)
      if (!k.sources.has(id)) problems.push(`group ${g.id}: unknown source id "${id}"`);
  }
}
