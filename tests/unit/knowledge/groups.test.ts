import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../../src/knowledge/check.ts';
import type { GroupEntry } from '../../../src/knowledge/group-schema.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { scratchCopies } from './scratch-copy.ts';

const copyWith = scratchCopies();
const editGroup = (id: string, edit: (g: GroupEntry) => void) => (json: unknown) => {
  const groups = json as GroupEntry[];
  edit(groups.find((g) => g.id === id)!);
  return groups;
};

describe('groups.json', () => {
  it('holds the groups people ask about, by UN name, with their sources', () => {
    const k = loadKnowledge();
    const ids = k.groups.map((g) => g.id);
    for (const id of ['eu', 'nato', 'g7', 'g20', 'brics', 'african_union', 'asean', 'arab_league', 'oic'])
      expect(ids).toContain(id);
    for (const id of ['un_african_group', 'un_asia_pacific_group', 'un_eastern_european_group', 'un_grulac'])
      expect(ids).toContain(id);
    const eu = k.groups.find((g) => g.id === 'eu')!;
    expect(eu.members).toHaveLength(27);
    expect(eu.members).toContain('Netherlands (Kingdom of the)');
    expect(eu.nonMembers.join(' ')).toMatch(/European Union/);
    const brics = k.groups.find((g) => g.id === 'brics')!;
    expect(brics.members).toContain('Indonesia');
    expect(brics.disputedMembers).toEqual(['Saudi Arabia']);
    for (const g of k.groups) for (const id of g.sources) expect(k.sources.has(id)).toBe(true);
  });

  it('places every UN member in exactly one of the five UN regional groups', () => {
    const k = loadKnowledge();
    const regional = k.groups.filter((g) => g.kind === 'UN regional group').flatMap((g) => g.members);
    expect(regional).toHaveLength(193);
    expect(new Set(regional).size).toBe(193);
  });

  it('given a member that is not a UN member state, knowledge:check names it', () => {
    const dir = copyWith(
      'groups.json',
      editGroup('nato', (g) => {
        g.members[0] = 'Atlantis';
      }),
    );
    expect(checkKnowledge(dir)).toContain('group nato: unknown member "Atlantis" in members');
  });

  it('given a member listed twice, knowledge:check names the duplicate and the wrong count', () => {
    const dir = copyWith(
      'groups.json',
      editGroup('g7', (g) => {
        g.members.push('France');
      }),
    );
    const problems = checkKnowledge(dir);
    expect(problems).toContain('group g7: "France" is listed twice in members');
    expect(problems).toContain('group g7: 8 members listed, memberCount says 7');
  });

  it('given a suspended member outside the group or an unknown source, knowledge:check names both', () => {
    const dir = copyWith(
      'groups.json',
      editGroup('african_union', (g) => {
        g.suspended = [...(g.suspended ?? []), 'France'];
        g.sources.push('no_such_source');
      }),
    );
    const problems = checkKnowledge(dir);
    expect(problems).toContain('group african_union: "France" in suspended is not in members');
    expect(problems).toContain('group african_union: unknown source id "no_such_source"');
  });
});
