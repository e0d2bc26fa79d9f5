import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import type { GroupEntry } from '../../../src/knowledge/group-schema.ts';
import { MAIN_VOTE_IDS } from '../../../src/knowledge/model.ts';
import { findGroup } from '../../../src/router/groups.ts';
import { ask, expectNoVoteFacts, k, textOf } from './ask.ts';

const group = (id: string) => k.groups.find((g) => g.id === id)!;
const symbolOf = (id: string) => k.voteById.get(id)!.symbol;

/** Every member of the group, and no one else but those counted apart, with its recorded position on each vote. */
function expectWholeGroup(a: Answer, g: GroupEntry, voteIds: readonly string[]): void {
  expect(a.intent).toBe('group_vote');
  const apart = [...(g.disputedMembers ?? []), ...(g.associateMembers ?? [])];
  for (const id of voteIds) {
    const vote = k.voteById.get(id)!;
    const stated = a.positions.filter((p) => p.vote === vote.symbol && !apart.includes(p.country));
    const expected = g.members.filter((c) => vote.positions.has(c));
    expect(stated.map((p) => p.country).sort()).toEqual([...expected].sort());
    for (const p of stated) expect(p.position).toBe(vote.positions.get(p.country));
  }
  expect(a.citations.map((c) => c.id)).toEqual(expect.arrayContaining(g.sources));
}

describe('groups held in groups.json', () => {
  it.each(
    k.groups.map((g) => [g.aliases[0] ?? g.name, g.id]),
  )('given "how did %s vote", it gives every member’s recorded position on each vote (%s)', (name, id) => {
    expectWholeGroup(ask(`how did ${name} vote`), group(id), MAIN_VOTE_IDS);
  });

  it('given "how did the EU vote", it lists the 27 and names the EU itself as having no vote', () => {
    const a = ask('how did the EU vote');
    expectWholeGroup(a, group('eu'), MAIN_VOTE_IDS);
    expect(a.summary).toBe('How the 27 members of the European Union (EU) voted:');
    expect(textOf(a)).toMatch(/not UN member states, so without a vote: European Union \(as a bloc/);
    expect(textOf(a)).toMatch(/Against \(1\): Hungary/);
  });

  it('given "did any NATO member vote against", it names those who did and says where none did', () => {
    const a = ask('did any NATO member vote against');
    const against = a.positions.filter((p) => p.position === 'no');
    expect(against.map((p) => `${p.vote} ${p.country}`).sort()).toEqual([
      'A/RES/ES-11/7 Hungary',
      'A/RES/ES-11/7 United States of America',
    ]);
    expect(textOf(a)).toMatch(
      /No member of the North Atlantic Treaty Organization \(NATO\) voted against A\/RES\/ES-11\/8\. How its members voted:/,
    );
  });

  it('given "which AU members abstained on ES-11/7", it lists exactly the AU abstainers on the record', () => {
    const a = ask('which AU members abstained on ES-11/7');
    const vote = k.voteById.get('ga_es11_7')!;
    const expected = group('african_union').members.filter((c) => vote.positions.get(c) === 'abstain');
    expect(a.positions.map((p) => p.country).sort()).toEqual(expected.sort());
    expect(textOf(a)).toMatch(/Sahrawi Arab Democratic Republic/);
    expect(textOf(a)).toMatch(/Suspended from .*Burkina Faso/);
  });

  it('given "how did BRICS vote on the US text", it answers for both readings and says Indonesia had just joined', () => {
    const a = ask('how did BRICS vote on the US text');
    expectWholeGroup(a, group('brics'), ['ga_es11_8', 'sc_2774']);
    expect(textOf(a)).toMatch(/Indonesia \(admitted as full member, announced by Brazil 6 Jan 2025\)/);
    expect(textOf(a)).toMatch(/Saudi Arabia \(membership unclear on that day\) is not counted above/);
    expect(a.positions).toContainEqual({
      vote: symbolOf('ga_es11_8'),
      country: 'Saudi Arabia',
      position: 'abstain',
    });
  });

  it('given "how did the G7 vote in the Council", it gives the Council vote only and who was not on it', () => {
    const a = ask('how did the G7 vote in the Council');
    expect(new Set(a.positions.map((p) => p.vote))).toEqual(new Set([symbolOf('sc_2774')]));
    expectWholeGroup(a, group('g7'), ['sc_2774']);
    expect(textOf(a)).toMatch(/Not on the Council in 2025: 4 of the Group of Seven \(G7\)/);
  });

  it.each([
    ['how did GRULAC vote on ES-11/8', 'un_grulac', ['ga_es11_8']],
    ['how did the African Group vote', 'un_african_group', MAIN_VOTE_IDS],
    ['how did WEOG vote on es-11/7', 'un_weog', ['ga_es11_7']],
    ['how did the asia pacific group vote on es-11/7', 'un_asia_pacific_group', ['ga_es11_7']],
    ['How did the Arab League vote on ES-11/7?', 'arab_league', ['ga_es11_7']],
    ['how did the gulf states vote on es-11/8', 'gcc', ['ga_es11_8']],
    ['how did the commonwealth vote on es-11/7', 'commonwealth', ['ga_es11_7']],
  ] as const)('given "%s", it answers for %s from the data', (q, id, votes) => {
    expectWholeGroup(ask(q), group(id), votes);
  });

  it('given what a group said, it answers out of scope: statements by organisations are not held', () => {
    for (const q of ['What did the G7 say?', 'what did the african union say about ukraine']) {
      const a = ask(q);
      expect(a.intent).toBe('out_of_scope');
      expectNoVoteFacts(a);
    }
  });

  it('given a group name that describes a text ("the EU resolution"), it is not read as the group', () => {
    expect(findGroup(k, 'how did the us vote on the eu resolution')).toBeNull();
    expect(findGroup(k, 'what did the eu-backed draft say')).toBeNull();
    expect(ask('how did the us vote on the eu resolution').intent).toBe('country_vote');
  });

  it('given a group none of whose members took the position asked, it says so, then how they voted', () => {
    const a = ask('did any commonwealth country vote against es-11/7');
    expect(a.summary).toBe('No member of the Commonwealth of Nations voted against A/RES/ES-11/7.');
    expectWholeGroup(a, group('commonwealth'), ['ga_es11_7']);
  });

  it.each([
    [
      'how did the eu members of the security council vote on 2774',
      ['Denmark', 'France', 'Greece', 'Slovenia'],
    ],
    ['how did the african council members vote on 2774', ['Algeria', 'Sierra Leone', 'Somalia']],
  ])('given a group named with the Council ("%s"), it answers for its members on the Council', (q, members) => {
    const a = ask(q);
    expect(a.positions.map((p) => p.country).sort()).toEqual(members);
  });

  it('given the Commonwealth of Independent States, the longer name wins over "the Commonwealth"', () => {
    expect(findGroup(k, 'how did the commonwealth of independent states vote')?.group.entry?.id).toBe('cis');
  });
});

describe('a group named by what its members did: the sponsors of the motion to postpone', () => {
  const motion = k.votes.find((v) => v.kind === 'motion')!;
  const sponsors = ['Denmark', 'France', 'Greece', 'United Kingdom of Great Britain and Northern Ireland'];

  it.each([
    ['the countries that tried to postpone the council vote: how did they vote on ES-11/7', 'ga_es11_7'],
    ['how did the states that wanted to delay the council vote vote on the ukrainian text', 'ga_es11_7'],
    ['those who pushed to postpone, how did they vote on 2774', 'sc_2774'],
  ])('given "%s", it gives the sponsors’ recorded positions on that vote only', (q, id) => {
    const a = ask(q);
    const vote = k.voteById.get(id)!;
    expect(a.positions.map((p) => p.country).sort()).toEqual(sponsors);
    for (const p of a.positions) {
      expect(p.vote).toBe(vote.symbol);
      expect(p.position).toBe(vote.positions.get(p.country));
    }
    expect(a.summary).toMatch(/^The sponsors of the motion to postpone/);
  });

  it('takes the members from the motion’s record, which names them', () => {
    expect(motion.sponsor.split(',').length).toBe(sponsors.length);
    expect(findGroup(k, 'the members that moved to postpone the council vote')?.group.members.sort()).toEqual(
      sponsors,
    );
  });

  it('given "who moved to postpone", it does not read a group of movers: the story of the motion answers', () => {
    const a = ask('who moved to postpone the council vote');
    expect(a.intent).toBe('explain_postponement');
    expect(a.positions).toEqual([]);
  });
});
