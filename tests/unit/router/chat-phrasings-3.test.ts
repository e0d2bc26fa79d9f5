import { describe, expect, it } from 'vitest';
import { ask, expectNoVoteFacts as noVoteFacts, textOf } from './ask.ts';

// Classes of failure found by the third held-out set (tests/fixtures/eval-heldout-3.jsonl) and by probing
// around it; each test uses other words than the fixture lines, so it checks the class rather than one question.
const GA7 = 'A/RES/ES-11/7';
const GA8 = 'A/RES/ES-11/8';

describe('votes held in other bodies and organisations', () => {
  it.each([
    'how did japan vote at the IAEA board?',
    'did poland support the resolution in the world health assembly',
    'how did the UK vote on the human rights council text about Ukraine?',
    'how did the council of europe vote',
    'what was the vote in the third committee',
  ])('given "%s", it says the vote is out of scope and states no vote facts', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('out_of_scope');
    noVoteFacts(a);
  });

  it('given a document symbol of the day next to another body, it still answers for that vote', () => {
    const a = ask('not the human rights council one: how did chile vote on ES-11/7');
    expect(a.positions.map((p) => [p.vote, p.country])).toEqual([[GA7, 'Chile']]);
  });
});

describe('statements of organisations and what comes next', () => {
  it.each([
    'what did the african union say about ukraine',
    'any statement from asean?',
  ])('given what an organisation said ("%s"), it says it holds no such statement', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('out_of_scope');
    noVoteFacts(a);
  });

  it('given how a group held in groups.json voted, it lists its members by position', () => {
    const a = ask('how did asean countries vote on es-11/8');
    expect(a.intent).toBe('group_vote');
    expect(new Set(a.positions.map((p) => p.country)).size).toBe(10);
  });

  it.each([
    'what is the next un vote on ukraine',
    'when will the general assembly vote again?',
  ])('given a question about future votes ("%s"), it answers out of scope', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('out_of_scope');
    noVoteFacts(a);
  });

  it('given a group name close to a country name ("brics", "Brits"), it does not read it as that country', () => {
    const a = ask('which brics states voted against es-11/7');
    expect(a.intent).toBe('group_vote');
    expect(a.positions.filter((p) => p.position === 'no').map((p) => p.country)).toEqual([
      'Russian Federation',
    ]);
    expect(textOf(a)).not.toMatch(/I read/);
  });
});

describe('the bot addressed by name', () => {
  it.each(['/plenary help', 'plenary', '@plenary commands'])('given "%s", it gives the help', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('help');
    noVoteFacts(a);
  });

  it('given the bot named before a question, it answers the question', () => {
    const a = ask('Plenary, how did Bhutan vote on es-11/8?');
    expect(a.positions.map((p) => [p.vote, p.country])).toEqual([[GA8, 'Bhutan']]);
  });
});

describe('European subregions', () => {
  it('given the Balkans, it lists the Balkan members in that position, not an empty list', () => {
    const a = ask('balkan states that abstained on the path to peace');
    expect(a.positions.map((p) => p.country).sort()).toEqual(['Albania', 'North Macedonia', 'Serbia']);
    expect(a.positions.every((p) => p.vote === GA8 && p.position === 'abstain')).toBe(true);
  });

  it('given central Europe, it includes Hungary and Poland and says where the membership comes from', () => {
    const a = ask('how did central europe vote on es-11/7');
    const names = a.positions.map((p) => p.country);
    expect(names).toEqual(expect.arrayContaining(['Hungary', 'Poland']));
    expect(textOf(a)).toMatch(/world-countries/);
  });
});

describe('speakers asked for by the role the quotes give them', () => {
  it('given the role of a speaker who holds it alone, it quotes that speaker', () => {
    const a = ask('any words from the united states president?');
    expect(a.quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(['Donald Trump']));
    expect(a.quotes.every((q) => q.speaker === 'Donald Trump')).toBe(true);
  });

  it('given a role the quotes give Ukraine’s deputy foreign minister, it quotes her', () => {
    const a = ask('quote the deputy minister of foreign affairs of ukraine');
    expect(a.quotes.map((q) => q.speaker)).toContain('Mariana Betsa');
  });
});
