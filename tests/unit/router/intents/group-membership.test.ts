import { describe, expect, it } from 'vitest';
import { ask, k, positionOf, textOf } from '../ask.ts';

const group = (id: string) => k.groups.find((g) => g.id === id)!;

describe('group membership: was a member in a group on the day', () => {
  it('says no for a member outside the group, with what the group notes say of it, and its vote when asked', () => {
    const a = ask('was timor-leste part of asean when it voted on es-11/7?');
    expect(a.intent).toBe('group_membership');
    expect(group('asean').members).not.toContain('Timor-Leste');
    expect(a.summary).toMatch(/^No: on 24 February 2025 Timor-Leste was not one of the 10/);
    expect(textOf(a)).toContain('observer');
    expect(positionOf(a, 'A/RES/ES-11/7', 'Timor-Leste')).toBe(
      k.voteById.get('ga_es11_7')!.positions.get('Timor-Leste'),
    );
  });

  it('says "not clearly" for a disputed member, and never shows the importers’ instructions', () => {
    const a = ask('is saudi arabia brics');
    expect(group('brics').disputedMembers).toContain('Saudi Arabia');
    expect(a.summary).toMatch(/^Not clearly/);
    expect(textOf(a)).not.toMatch(/\bTreat Saudi Arabia\b/);
  });

  it('says yes for a member, with a frozen participation said', () => {
    const a = ask('is armenia still in the csto?');
    expect(a.summary).toMatch(/^Yes: .* Armenia was one of the 6 .*frozen its participation/);
  });

  it('leaves "how did EU members vote" to the group vote', () => {
    expect(ask('how did EU members vote').intent).not.toBe('group_membership');
  });
});

describe('two groups named together', () => {
  it('answers for their union, in either order of finding', () => {
    const a = ask('nordics + baltics: all yes on both GA texts?');
    const union = new Set([...group('nordic').members, ...group('baltic').members]);
    const named = new Set(a.positions.map((p) => p.country));
    expect(named).toEqual(union);
    const b = ask('how did the EU and NATO vote on ES-11/8');
    expect(new Set(b.positions.map((p) => p.country))).toEqual(
      new Set([...group('eu').members, ...group('nato').members]),
    );
  });
});
