import { describe, expect, it } from 'vitest';
import { ask, expectNoVoteFacts as noVoteFacts, positionOf, textOf } from './ask.ts';

// Classes of chat phrasing found by the second held-out set (tests/fixtures/eval-heldout-2.jsonl); each test uses
// other words than its lines, so it checks the class rather than one question.
const GA7 = 'A/RES/ES-11/7';
const GA8 = 'A/RES/ES-11/8';
const SC = 'S/RES/2774 (2025)';

describe('names people type for countries (second set)', () => {
  it.each([
    ['how did ceylon vote on es-11/7', 'Sri Lanka'],
    ['siam on es-11/8?', 'Thailand'],
    ['how did upper volta vote on es-11/7', 'Burkina Faso'],
    ['did byelorussia back es-11/8', 'Belarus'],
  ])('given the former name in "%s", it answers for %s', (q, country) => {
    expect(ask(q).positions.map((p) => p.country)).toEqual([country]);
  });

  it('given a former name of a place that is not a member, it says it is not a member', () => {
    const a = ask('how did formosa vote on es-11/7');
    expect(a.intent).toBe('non_member');
    noVoteFacts(a);
  });

  it.each([
    ['How did FRA vote on 2774?', 'France', SC],
    ['and `JPN` on es-11/8?', 'Japan', GA8],
    ['HOW DID NOR VOTE ON ES-11/7', 'Norway', GA7],
  ])('given an ISO alpha-3 code in capitals in "%s", it answers for %s', (q, country, vote) => {
    const a = ask(q);
    expect(a.positions.map((p) => [p.country, p.vote])).toEqual([[country, vote]]);
  });

  it('given a three-letter code typed in lower case, or a shouted one not before a vote word, it reads no country', () => {
    expect(ask('how did nor vote on es-11/7').positions).toEqual([]);
    expect(ask('DID IT PASS WITH NOR WITHOUT AMENDMENTS').positions).toEqual([]);
  });
});

describe('votes and positions named in other words', () => {
  it('given "nays" or "ayes" for the positions, it lists those members', () => {
    const nays = ask('list the nays on es-11/8');
    expect(nays.positions.length).toBeGreaterThan(0);
    expect(nays.positions.every((p) => p.vote === GA8 && p.position === 'no')).toBe(true);
    const ayes = ask('the ayes on 2774?');
    expect(ayes.positions.every((p) => p.vote === SC && p.position === 'yes')).toBe(true);
  });

  it('given the US text described as after or with the amendments, it gives the tally of the amended text', () => {
    const a = ask('what did the american draft get once the amendments were in?');
    expect(a.tallies.map((t) => t.vote)).toEqual([GA8]);
  });

  it('given who joined named countries in a position, it lists every member in that position', () => {
    const a = ask('which countries abstained alongside india on es-11/8');
    expect(a.intent).toBe('list');
    expect(positionOf(a, GA8, 'India')).toBe('abstain');
    expect(a.positions.every((p) => p.position === 'abstain')).toBe(true);
    expect(a.positions.length).toBeGreaterThan(10);
  });

  it("given who voted for a country's text, it is not read as a list of who joined that country", () => {
    expect(ask('who voted for the US').intent).not.toBe('list');
  });
});

describe('explanations asked in other words', () => {
  it('given whether a country vetoed a resolution, it says so and gives how that country voted on it', () => {
    const a = ask('so china vetoed 2774?');
    expect(a.intent).toBe('explain_veto');
    expect(positionOf(a, SC, 'China')).toBe('yes');
  });

  it('given a question about the delay motion with "what happened", it explains the motion, not the day', () => {
    expect(ask('what happened to the bid to adjourn the council meeting?').intent).toBe(
      'explain_postponement',
    );
  });

  it('given a question about the order of the two bodies, it gives the timing', () => {
    expect(ask('did the council meet after the assembly?').intent).toBe('explain_timing');
  });

  it('given a draft symbol to explain, it names the drafts by their titles', () => {
    const text = textOf(ask('what was L.10?'));
    expect(text).toContain('Advancing a comprehensive, just and lasting peace in Ukraine');
    expect(text).toContain('The path to peace');
  });

  it('given what an amendment said, even one a country tabled, it gives the amendments, not quotes', () => {
    for (const q of [
      'what did the amendments tabled by the europeans propose?',
      'what did the russian amendment in the assembly say',
    ]) {
      // The amendments' record, or their words from the texts: either way the amendments, never speakers' quotes.
      const a = ask(q);
      expect(a.intent, q).toMatch(/amendments/);
      expect(a.quotes, q).toEqual([]);
    }
    expect(ask('what did russia say about the amendments').intent).toMatch(/quote|statement/);
  });

  it('given whether a news report got a number right, it checks the record rather than declining', () => {
    const a = ask('is the report correct that the assembly passed the ukraine text 93 to 18?');
    expect(a.intent).not.toBe('out_of_scope');
    expect(a.tallies.map((t) => t.vote)).toContain(GA7);
  });
});

describe('speakers and help asked in other words', () => {
  it('given a speaker named by the organisation they spoke for, it quotes them', () => {
    const a = ask('any words from the un secretariat at the council?');
    expect(a.quotes.map((q) => q.speaker)).toContain('Rosemary DiCarlo');
  });

  it('given what sort of things one can ask, it gives help', () => {
    const a = ask('what sorts of questions could we ask?');
    expect(a.intent).toBe('help');
    noVoteFacts(a);
  });
});
