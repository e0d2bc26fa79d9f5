import { describe, expect, it } from 'vitest';
import { ask, k, positionOf, router, textOf } from './ask.ts';

// Classes of failure found by the tenth held-out set (tests/fixtures/eval-heldout-10.jsonl); each test uses
// other words than the fixture lines, so it checks the class rather than one question.
const GA7 = 'A/RES/ES-11/7';
const SC = 'S/RES/2774 (2025)';
const UK = 'United Kingdom of Great Britain and Northern Ireland';
const group = (id: string) => k.groups.find((g) => g.id === id)!;

describe('votes described by who drafted them, and both bodies named', () => {
  it('reads "the text the Europeans tabled" as ES-11/7 and "the one Washington wrote" as the US text', () => {
    expect(
      positionOf(ask('how did chile vote on the text the europeans tabled'), GA7, 'Chile'),
    ).toBeDefined();
    const us = ask('how did chile vote on the one washington wrote');
    expect(us.positions.some((p) => p.vote === GA7)).toBe(false);
  });

  it('given "GA and SC", it gives every vote of both bodies', () => {
    const a = ask('how did the uk vote, assembly and council?');
    expect(positionOf(a, SC, UK)).toBe('abstain');
    expect(positionOf(a, GA7, UK)).toBe('yes');
  });

  it('reads "Latin American" as a region, not as the United States', () => {
    const a = ask('did any latin american members of grulac vote against es-11/7');
    expect(positionOf(a, GA7, 'United States of America')).toBeUndefined();
  });
});

describe('groups asked whether all took one side', () => {
  it('given "didn\'t vote yes", it lists the other positions and names the rest of the group', () => {
    const a = ask("in the EU, who didn't vote in favour of es-11/7?");
    const eu = group('eu').members;
    const es7 = k.voteById.get('ga_es11_7')!;
    const notYes = eu.filter((c) => es7.positions.get(c) !== 'yes');
    expect(notYes.length).toBeGreaterThan(0);
    for (const c of notYes) expect(positionOf(a, GA7, c)).toBe(es7.positions.get(c));
    expect(textOf(a)).toContain('The rest of the European Union (EU)');
  });

  it('given "all in favour?" of a group, it names those who were not', () => {
    const a = ask('did all 27 EU states back es-11/7?');
    const es7 = k.voteById.get('ga_es11_7')!;
    for (const c of group('eu').members) expect(positionOf(a, GA7, c)).toBe(es7.positions.get(c));
  });
});

describe('statements, quotes, definitions and claims in other words', () => {
  it('given "what was his argument" or "a verbatim line", it gives the statement or quote', () => {
    expect(ask('the panamanian foreign minister defended the abstention, what did he argue?').intent).toBe(
      'statement',
    );
    expect(ask('need a verbatim line from the UK ambassador').quotes.length).toBeGreaterThan(0);
  });

  it('given a definition asked "in the voting record", it defines', () => {
    expect(ask('what does non-voting mean in the roll call?').intent).toBe('define');
  });

  it('given "how does the result compare", it works out both tallies', () => {
    const a = ask('how do the es-11/1 results compare with es-11/7?');
    expect(a.intent).toBe('tally_math');
    expect(a.tallies.map((t) => t.vote).sort()).toEqual(['A/RES/ES-11/1', GA7]);
  });

  it('given a claim to confirm about a member and a text, it answers the member, not the text', () => {
    const a = ask('someone told me kyiv supported the amended path to peace text, can you confirm?');
    expect(a.intent).not.toBe('text');
    expect(positionOf(a, 'A/RES/ES-11/8', 'Ukraine')).toBe('abstain');
  });
});

describe('comparisons said first, same-way sets, titles and recent days', () => {
  it('given two members compared, it says first whether they voted the same way', () => {
    expect(ask('did france and germany vote alike on es-11/8?').summary).toMatch(
      /the same way on A\/RES\/ES-11\/8:$/,
    );
    expect(ask('did the us and the uk vote the same on es-11/7?').summary).toMatch(
      /differently on A\/RES\/ES-11\/7:$/,
    );
  });

  it('given "the same way on two votes", it lists the members whose positions on both are equal', () => {
    const a = ask(
      'which council members voted the same way on the US text in the assembly and in the council?',
    );
    expect(a.intent).toBe('same_way');
    const [x, y] = [k.voteById.get('ga_es11_8')!, k.voteById.get('sc_2774')!];
    const want = k.councilMembers.filter((c) => x.positions.get(c) === y.positions.get(c)).sort();
    expect([...new Set(a.positions.map((p) => p.country))].sort()).toEqual(want);
  });

  it("given the title of a vote named in words, it gives the vote's record", () => {
    expect(ask("what's the official title of the ukrainian text?").intent).toBe('resolution_info');
  });

  it('given "the Ukrainian and the US texts", it reads both Assembly texts and no member', () => {
    const a = ask('what were the draft symbols of the ukrainian and the us texts?');
    expect(a.positions).toEqual([]);
    expect(a.intent).not.toBe('country_vote');
  });

  it('given a recent day, it says which weekday it was and how long ago', () => {
    const a = router.ask('was the council vote this week or last week?', {
      now: new Date('2025-03-04T12:00:00Z'),
    });
    expect(a.summary).toContain('(a Monday, 8 days ago, last week)');
  });

  it('reads "unamended" as a word of its own, not as "amended"', () => {
    const a = ask(
      'how did france vote on the unamended us text in the council and the amended one in the assembly?',
    );
    expect(positionOf(a, SC, 'France')).toBe('abstain');
    expect(positionOf(a, 'A/RES/ES-11/8', 'France')).toBe('yes');
  });
});

describe('yes/no questions about a member', () => {
  it('leads with Yes or No, from the positions it states', () => {
    expect(ask('did brazil abstain on es-11/7?').summary).toMatch(
      /^Yes: Brazil abstained on A\/RES\/ES-11\/7/,
    );
    expect(ask('did china vote against anything on the 24th?').summary).toMatch(
      /^No: China voted against none of these votes\./,
    );
    expect(ask('was poland absent?').summary).toMatch(/^No: Poland voted on each of these votes\./);
  });
});

describe('checks, amendment lists and reasons held outside the meetings', () => {
  it('given a typed tally to check, it says whether it is the recorded one', () => {
    expect(ask('93-8-73, is that right for the amended US text in the GA?').summary).toMatch(
      /^Yes, that is right/,
    );
    expect(ask('is it true 2774 passed 10-1-4?').summary).toMatch(
      /^No: the recorded result of S\/RES\/2774 \(2025\) is 10-0-5, not 10-1-4/,
    );
  });

  it('given who voted which way on an amendment, it says the lists are not held and names no one', () => {
    const a = ask("which countries backed russia's root causes amendment in the assembly?");
    expect(a.positions).toEqual([]);
    expect(textOf(a)).toContain('is not held');
  });

  it('given why a member voted, with no quote from the meetings, it gives its statement held elsewhere', () => {
    const a = ask('why did hungary vote against the ukrainian text?');
    expect(textOf(a)).toContain('Szijjártó');
    expect(textOf(a)).toContain('Paraphrase (our words, not a quotation)');
  });

  it('given "why did Russia veto 2774", it says it did not, and that it voted for it', () => {
    expect(ask('why did moscow veto 2774 then?').summary).toMatch(
      /did not veto resolution 2774 itself, which it voted for/,
    );
  });
});
