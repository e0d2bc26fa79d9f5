import { describe, expect, it } from 'vitest';
import type { Position } from '../../../src/knowledge/schema.ts';
import { ask, k, expectNoVoteFacts as noVoteFacts, positionOf, textOf } from './ask.ts';

// Classes of chat phrasing found by the held-out set (tests/fixtures/eval-heldout.jsonl); each test uses other
// words than the held-out lines, so it checks the class rather than one question.
const US = 'United States of America';
const UK = 'United Kingdom of Great Britain and Northern Ireland';
const recorded = (voteId: string, country: string) => k.voteById.get(voteId)!.positions.get(country);
const membersWith = (voteId: string, p: Position) =>
  [...k.voteById.get(voteId)!.positions].filter(([, x]) => x === p).map(([c]) => c);

describe('names people type for countries', () => {
  it.each([
    ['how did the finns vote on es-11/7', 'Finland'],
    ['how did the aussies vote on es-11/7', 'Australia'],
    ['how did the kazakhs vote on es-11/7', 'Kazakhstan'],
    ['how did the croats vote on es-11/7', 'Croatia'],
  ])('given the plural people name in "%s", it answers for %s', (q, country) => {
    const a = ask(q);
    expect(a.positions).toEqual([
      { vote: 'A/RES/ES-11/7', country, position: recorded('ga_es11_7', country) },
    ]);
  });

  it.each([
    ['how did scotland vote on es-11/7', 'Scotland'],
    ['northern ireland on es-11/7?', 'Northern Ireland'],
  ])('given a part of the UK in "%s", it says %s has no seat of its own and offers the UK, stating no vote', (q, part) => {
    // Changed in the seventh session: two independent held-out sets judged the UK's votes, given for a part
    // that cast none, a fact the question did not ask for.
    const a = ask(q);
    expect(a.positions).toEqual([]);
    expect(a.summary).toContain(
      `${part} is not a UN member and has no seat of its own, so it cast no vote: the United Kingdom votes for it.`,
    );
    expect(a.suggestions).toContain('How did the United Kingdom vote?');
    expect(textOf(ask('how did the uk vote on es-11/7'))).not.toContain('no seat of its own');
    // Named with the UK, the UK's record is given, with the note.
    const both = ask(`how did the uk and ${part.toLowerCase()} vote on es-11/7`);
    expect(both.positions).toEqual([
      { vote: 'A/RES/ES-11/7', country: UK, position: recorded('ga_es11_7', UK) },
    ]);
    expect(textOf(both)).toContain(
      `${part} has no seat of its own at the UN: the United Kingdom votes for it.`,
    );
  });

  it('given a lowercase initialism right before "vote", it reads the country', () => {
    const a = ask('how did ksa vote on es-11/8');
    expect(a.positions).toEqual([
      { vote: 'A/RES/ES-11/8', country: 'Saudi Arabia', position: recorded('ga_es11_8', 'Saudi Arabia') },
    ]);
    expect(ask('my car is parked outside').positions).toEqual([]);
  });

  it('given an initial glued to the name ("n.korea", "st.kitts"), it reads the name', () => {
    expect(ask('how did n.korea vote on es-11/7').positions.map((p) => p.country)).toEqual([
      "Democratic People's Republic of Korea",
    ]);
    expect(ask('st.kitts on es-11/7').positions.map((p) => p.country)).toEqual(['Saint Kitts and Nevis']);
  });

  it('given a flag emoji in a question, it reads the country; a row of flags alone asks nothing', () => {
    const a = ask('how did 🇯🇵 vote on es-11/7');
    expect(a.positions).toEqual([{ vote: 'A/RES/ES-11/7', country: 'Japan', position: 'yes' }]);
    expect(ask('🇵🇸 on es-11/7').intent).toBe('non_member');
    noVoteFacts(ask('🇯🇵🇯🇵🇯🇵'));
  });

  it('given a name in another Cyrillic spelling or with a slip, it still finds the country', () => {
    // The names are stored in Russian: Ukrainian "Іспанія" differs from "Испания" only by the letter і, and
    // "Франція" is one letter from "Франция".
    expect(ask('Іспанія es-11/7').positions.map((p) => p.country)).toEqual(['Spain']);
    expect(ask('Франція es-11/7').positions.map((p) => p.country)).toEqual(['France']);
  });

  it('given a name in Chinese script, it reads the country', () => {
    expect(ask('how did 日本 vote on es-11/7').positions.map((p) => p.country)).toEqual(['Japan']);
  });

  it('given two slips with another first letter, it does not read another country', () => {
    const a = ask('how did new caledonia vote');
    expect(a.intent).toBe('unknown_country');
    noVoteFacts(a);
  });

  it('given a long typed word, it is not read as a short name two letters away', () => {
    expect(ask('how did the peoples republic of china vote on 2774').positions).toEqual([
      { vote: 'S/RES/2774 (2025)', country: 'China', position: 'yes' },
    ]);
  });

  it('given a territory whose name contains a member’s, it says it is not a member', () => {
    const a = ask('how did north cyprus vote on es-11/7');
    expect(a.intent).toBe('non_member');
    noVoteFacts(a);
  });

  it('given a non-member asked about beside a member, it answers the member and says the other had no vote', () => {
    const a = ask('how did kosovo and serbia vote on es-11/7');
    expect(a.positions).toEqual([{ vote: 'A/RES/ES-11/7', country: 'Serbia', position: 'yes' }]);
    expect(textOf(a)).toContain('Kosovo is not a member of the UN');
  });

  it('given a non-member as the subject and a member only after "against", it answers about the non-member', () => {
    const a = ask('did taiwan vote with the us');
    expect(a.intent).toBe('non_member');
    noVoteFacts(a);
  });
});

describe('positions and the votes they are about', () => {
  it.each([
    'which countries sat it out on es-11/8',
    'list the absentees on es-11/8',
    "who didn't turn up for es-11/8",
  ])('given "%s", it lists the members that did not vote', (q) => {
    const a = ask(q);
    expect(new Set(a.positions.map((p) => p.country))).toEqual(new Set(membersWith('ga_es11_8', 'absent')));
  });

  it('given "yes votes on" a vote, the list also states the tally', () => {
    const a = ask('no votes on the amended us text');
    expect(a.tallies.map((t) => t.vote)).toEqual(['A/RES/ES-11/8']);
    expect(a.positions).toHaveLength(8);
  });

  it('given "res" for resolution, it reads the vote and not the country', () => {
    const a = ask('did kenya back the ukraine res');
    expect(a.positions).toEqual([{ vote: 'A/RES/ES-11/7', country: 'Kenya', position: 'abstain' }]);
  });

  it('given "the two resolutions", it reads the two General Assembly texts', () => {
    const a = ask('compare the two resolutions');
    expect(a.tallies.map((t) => t.vote)).toEqual(['A/RES/ES-11/7', 'A/RES/ES-11/8']);
  });

  it('given "its own resolution", it means the draft of the country asked about', () => {
    expect(ask('how did ukraine vote on its own text').positions).toEqual([
      { vote: 'A/RES/ES-11/7', country: 'Ukraine', position: 'yes' },
    ]);
    expect(ask('how did the us vote on its own text in the ga').positions).toEqual([
      { vote: 'A/RES/ES-11/8', country: US, position: 'abstain' },
    ]);
  });

  it('given the draft symbol of an amendment, it says what that amendment was', () => {
    const a = ask('what is L.15');
    expect(textOf(a)).toContain('just, lasting and comprehensive peace');
  });

  it('given "the vote on Ukraine", it does not read Ukraine as the country asked about', () => {
    const a = ask('how did mexico vote on ukraine');
    expect(new Set(a.positions.map((p) => p.country))).toEqual(new Set(['Mexico']));
  });

  it('given "on 11/8", it reads ES-11/8', () => {
    expect(ask('how did chile vote on 11/8').positions).toEqual([
      { vote: 'A/RES/ES-11/8', country: 'Chile', position: 'yes' },
    ]);
  });

  it('given "in the sc", it settles the US text on the Council vote', () => {
    expect(ask('how did the uk vote on the us draft in the sc').positions).toEqual([
      { vote: 'S/RES/2774 (2025)', country: UK, position: 'abstain' },
    ]);
  });

  it('given a member asked about the Council alone, it says it was not on the Council', () => {
    const a = ask('how did canada vote in the security council');
    expect(a.summary).toBe(
      'Canada was not a member of the Security Council in 2025, so it had no vote there.',
    );
    noVoteFacts(a);
  });

  it('given "did X oppose Ukraine", it answers on Ukraine’s text for X alone', () => {
    expect(ask('did egypt oppose ukraine').positions).toEqual([
      { vote: 'A/RES/ES-11/7', country: 'Egypt', position: 'yes' },
    ]);
  });

  it('given "sided with Ukraine", it lists the members for Ukraine’s text', () => {
    const a = ask('which countries stood with ukraine');
    expect(a.positions.length).toBe(93);
    expect(a.positions.every((p) => p.vote === 'A/RES/ES-11/7' && p.position === 'yes')).toBe(true);
  });
});

describe('moves between two votes', () => {
  it('given two positions on two votes, it lists the members that took the first, then the second', () => {
    const a = ask('which countries voted against es-11/7 but abstained on es-11/8');
    const es8 = k.voteById.get('ga_es11_8')!;
    const expected = membersWith('ga_es11_7', 'no').filter((c) => es8.positions.get(c) === 'abstain');
    expect(a.summary).toMatch(
      new RegExp(`^${expected.length} members voted against A/RES/ES-11/7.* and abstained on A/RES/ES-11/8`),
    );
    expect(new Set(a.positions.map((p) => p.country))).toEqual(new Set(expected));
  });

  it('given "switched from … to …" without votes, it compares the two General Assembly texts', () => {
    const a = ask('who switched from yes to abstain');
    expect(a.intent).toBe('changes');
    for (const p of a.positions) expect(p.position).toBe(p.vote === 'A/RES/ES-11/7' ? 'yes' : 'abstain');
  });

  it('given "how many … both", it counts the members with that position on both', () => {
    const a = ask('how many countries abstained on both');
    expect(a.intent).toBe('list_intersection');
    expect(a.summary).toMatch(/^\d+ members abstained on both/);
  });

  it('given what the Europeans changed in the US text, it describes the amendments, not vote changes', () => {
    expect(ask('what did the eu change in the us draft').intent).toBe('amendments');
    expect(ask('how was the american text changed').intent).toBe('amendments');
  });
});

describe('lists that leave countries out', () => {
  it('given "apart from" a country, it lists the others with that position', () => {
    const a = ask('which countries voted against es-11/7 besides hungary');
    const expected = membersWith('ga_es11_7', 'no').filter((c) => c !== 'Hungary');
    expect(new Set(a.positions.map((p) => p.country))).toEqual(new Set(expected));
  });

  it('given "who else voted like" a country "except" another, it leaves both out', () => {
    const a = ask('who voted like belarus on es-11/8 other than russia');
    const expected = membersWith('ga_es11_8', 'no').filter(
      (c) => c !== 'Belarus' && c !== 'Russian Federation',
    );
    expect(new Set(a.positions.map((p) => p.country))).toEqual(new Set(expected));
  });
});

describe('groups', () => {
  it('given the elected Council members, it lists the ten without the permanent five', () => {
    const a = ask('how did the non-permanent members vote on 2774');
    expect(a.positions).toHaveLength(10);
    expect(a.positions.map((p) => p.country)).not.toContain(US);
  });

  it('given the Gulf states, it lists the six GCC members only', () => {
    const a = ask('how did the gcc vote on es-11/7');
    expect(a.positions.map((p) => p.country).sort()).toEqual(
      ['Bahrain', 'Kuwait', 'Oman', 'Qatar', 'Saudi Arabia', 'United Arab Emirates'].sort(),
    );
  });

  it.each([
    ['how did opec vote', 'OPEC members'],
    ['how did the global south vote', 'the Global South'],
    ["how did russia's allies vote", "Russia's allies"],
  ])('given a group it holds no list of ("%s"), it says so and states no vote', (q, label) => {
    const a = ask(q);
    expect(a.intent).toBe('unlisted_group');
    expect(a.summary).toContain(label);
    noVoteFacts(a);
  });

  it('given a region after "how did the", it lists the region rather than an unknown country', () => {
    const a = ask('how did the baltics vote on es-11/8');
    expect(a.intent).toBe('group_vote');
  });

  it('given "which permanent members abstained", it lists them rather than explaining the bodies', () => {
    const a = ask('which permanent members voted in favour');
    expect(a.intent).toBe('group_vote');
    expect(positionOf(a, 'S/RES/2774 (2025)', 'China')).toBe('yes');
  });

  it('given "on the council", it answers for the Council vote only', () => {
    const a = ask('who voted yes on the council');
    expect(new Set(a.positions.map((p) => p.vote))).toEqual(new Set(['S/RES/2774 (2025)']));
  });
});

describe('quotes', () => {
  it('given most of a quote’s words after "who said", it finds its speaker even if the words name someone', () => {
    expect(ask('who said there can be no equivalence between the two').quotes.map((q) => q.speaker)).toEqual([
      'Barbara Woodward',
    ]);
    expect(ask('who said trump administration screwed up').quotes.map((q) => q.speaker)).toEqual([
      'Don Bacon',
    ]);
  });

  it('given quotes from a body, it gives words spoken there', () => {
    const a = ask('what was said at the security council');
    expect(a.quotes.length).toBeGreaterThan(0);
    for (const q of a.quotes) expect(k.quotes.find((x) => x.id === q.id)?.body).toMatch(/^Security Council/);
  });

  it('given a speaker a fact reports on, it adds that fact beside the quotes', () => {
    const a = ask('what did di carlo say');
    expect(textOf(a)).toContain('12,654');
  });

  it('given the Secretary-General, it does not quote the Under-Secretary-General instead', () => {
    const a = ask('what did the secretary general say about the vote');
    expect(a.quotes).toEqual([]);
    expect(a.summary).toContain('Guterres');
  });

  it('given "what did X say about Y", it quotes X, not Y', () => {
    expect(new Set(ask('what did the chinese envoy say about the us').quotes.map((q) => q.speaker))).toEqual(
      new Set(['Fu Cong']),
    );
  });

  it('given a report claimed about a vote, it gives the record rather than quotes', () => {
    const a = ask('the article says ukraine backed the amended us text');
    expect(a.quotes).toEqual([]);
    expect(a.positions).toEqual([{ vote: 'A/RES/ES-11/8', country: 'Ukraine', position: 'abstain' }]);
  });
});

describe('explanations', () => {
  it.each([
    ['what about starmer that week', 'explain_context'],
    ['did the americans pressure other countries', 'explain_us_lobbying'],
    ['how many civilians had been killed, according to the briefing', 'explain_casualties'],
    ['who criticised the american vote', 'explain_reactions'],
    ['why did america side with russia', 'explain_alignment'],
    ['did the uk propose the resolution', 'explain_sponsors'],
    ['which came first, the assembly or the council', 'explain_timing'],
    ['what did the general assembly vote on', 'overview'],
    ['does es-11/7 even matter', 'explain_binding'],
  ])('given "%s", it explains the topic asked about (%s)', (q, intent) => {
    const a = ask(q);
    expect(a.intent).toBe(intent);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('given a claim about Iran and the US, it gives Iran’s recorded position and the differing report', () => {
    const a = ask('did iran really side with the americans on es-11/7');
    expect(a.intent).toBe('explain_dispute');
    expect(a.positions).toEqual([
      { vote: 'A/RES/ES-11/7', country: 'Iran (Islamic Republic of)', position: 'abstain' },
    ]);
  });

  it('given "why" about a country and a topic of its own, it explains the topic', () => {
    expect(ask('why did the uk want to postpone the vote').intent).toBe('explain_postponement');
  });

  it('given another country siding with Russia, it compares them rather than explaining the US vote', () => {
    expect(ask('did belarus side with russia').intent).toBe('compare_countries');
  });

  it('given amendments to a named vote, it keeps to that vote’s body', () => {
    const a = ask('which amendments were proposed to 2774');
    expect(a.summary).toMatch(/^5 amendments/);
  });

  it('given a country asked how it voted on the amendments, it is not read as their sponsor', () => {
    const a = ask('how did russia vote on the amendments');
    expect(a.positions.map((p) => p.vote).sort()).toEqual(['sc_am_justpeace', 'sc_am_territorial']);
  });

  it('given "why did X abstain" with no vote named, it answers for the votes where X abstained', () => {
    const a = ask('why did greece abstain');
    expect(a.positions).toEqual([{ vote: 'S/RES/2774 (2025)', country: 'Greece', position: 'abstain' }]);
  });
});

describe('scope', () => {
  it.each([
    'was the uk wrong',
    'is the us a hypocrite',
    'will putin stop the war',
    'who is winning the war',
  ])('given a request for a judgement or prediction ("%s"), it declines and states no vote', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('out_of_scope');
    noVoteFacts(a);
  });

  it('given "…, is that right?" after a claim, it checks the claim rather than declining', () => {
    const a = ask('germany voted yes on es-11/8, is that right');
    expect(a.positions).toEqual([{ vote: 'A/RES/ES-11/8', country: 'Germany', position: 'yes' }]);
  });

  it.each([
    'who is the president of france',
    'how did the uk vote in the eurovision song contest',
    'what did the general assembly vote on last week',
    'what happened at the un in october',
    'how did the security council vote in 2024',
  ])('given "%s", it says it is outside what it knows', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('out_of_scope');
    noVoteFacts(a);
  });

  it.each([
    '?',
    'who are you',
    'what are your sources',
    'help me',
    'what can plenary do',
  ])('given "%s", it shows the help', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('help');
    noVoteFacts(a);
  });

  it('given a greeting before a short question, it answers the question', () => {
    expect(ask('thanks! and the uk?').positions.map((p) => p.country)).toContain(UK);
  });
});

describe('country names in running text', () => {
  it.each([
    ['how did the drc vote on es-11/7', 'The Democratic Republic of the Congo did not vote on A/RES/ES-11/7'],
    ['how did the philippines vote on es-11/7', 'The Philippines voted in favour of A/RES/ES-11/7'],
    ['how did the uae vote on es-11/8', 'The United Arab Emirates abstained on A/RES/ES-11/8'],
  ])('given "%s", the sentence starts "%s"', (q, start) => {
    expect(textOf(ask(q)).startsWith(start)).toBe(true);
  });
});
