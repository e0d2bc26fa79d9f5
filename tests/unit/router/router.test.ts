import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { answerToJson } from '../../../src/answer-json.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';
import { factErrors } from '../../eval/eval-lib.ts';

const k = loadKnowledge();
const router = createRouter(k);
const US = 'United States of America';
const UK = 'United Kingdom of Great Britain and Northern Ireland';

function ask(q: string): Answer {
  const a = router.ask(q);
  // Whatever the question, nothing stated may differ from the knowledge.
  expect(factErrors(k, answerToJson(q, a))).toEqual([]);
  return a;
}
const positionOf = (a: Answer, vote: string, country: string) =>
  a.positions.find((p) => p.vote === vote && p.country === country)?.position;
const noVoteFacts = (a: Answer) => {
  expect(a.positions).toEqual([]);
  expect(a.tallies).toEqual([]);
};

describe('countries', () => {
  it.each([
    ['How did Germany vote on ES-11/7?', 'Germany'],
    ['how did the usa vote on ES-11/7', US],
    ['What was the American position on ES-11/7?', US],
    ['How did Britain vote on ES-11/7?', UK],
    ['How did Ivory Coast vote on ES-11/7?', "Côte d'Ivoire"],
    ['how did germny vote on ES-11/7', 'Germany'],
    ['Frnace on ES-11/7?', 'France'],
    ['how did the Czech Republic vote on es-11/7', 'Czechia'],
    ['How did Burma vote on ES-11/7', 'Myanmar'],
    ['Holland and ES-11/7?', 'Netherlands (Kingdom of the)'],
    ["What was Germany's position on ES-11/7", 'Germany'],
  ])('given "%s", it answers for %s with the recorded position', (q, country) => {
    const a = ask(q);
    expect(a.intent).toBe('country_vote');
    expect(positionOf(a, 'A/RES/ES-11/7', country)).toBe(k.voteById.get('ga_es11_7')!.positions.get(country));
  });

  it('given a typo, it says how it read the word', () => {
    const a = ask('How did Frnace vote?');
    expect(a.blocks).toContainEqual({ type: 'note', text: 'I read “frnace” as France.' });
    expect(a.confidence).toBeLessThan(0.9);
  });

  it.each([
    'thats odd for an EU country. did they explain?',
    'how did the small island states vote on es-11/7?',
    'whats the male to female ratio of speakers',
    'is this spam',
  ])('given common words near a name ("%s"), it reads no member', (q) => {
    const a = ask(q);
    expect(a.blocks.some((b) => b.type === 'note' && /^I read /.test(b.text))).toBe(false);
    expect(a.positions.map((p) => p.country)).not.toContain('Thailand');
    expect(a.positions.map((p) => p.country)).not.toContain('Iceland');
    expect(a.positions.map((p) => p.country)).not.toContain('Mali');
  });

  it('given a country with no vote named, it gives every vote of the day with a recorded position', () => {
    const a = ask('How did the US vote?');
    expect(positionOf(a, 'A/RES/ES-11/7', US)).toBe('no');
    expect(positionOf(a, 'A/RES/ES-11/8', US)).toBe('abstain');
    expect(positionOf(a, 'S/RES/2774 (2025)', US)).toBe('yes');
  });

  it('given two countries, it compares them side by side', () => {
    const a = ask('france and germany on the ukraine resolution');
    expect(a.intent).toBe('compare_countries');
    expect(positionOf(a, 'A/RES/ES-11/7', 'France')).toBe('yes');
    expect(positionOf(a, 'A/RES/ES-11/7', 'Germany')).toBe('yes');
  });

  it('given a member outside the Council and the Council vote, it says it had no vote there', () => {
    const a = ask('How did Germany vote on 2774?');
    noVoteFacts(a);
    expect(a.summary).toMatch(/not a member of the Security Council/);
  });

  it('given "korea", it asks which Korea instead of guessing', () => {
    const a = ask('how did korea vote');
    expect(a.kind).toBe('clarify');
    noVoteFacts(a);
    expect(a.suggestions.join(' ')).toContain('Republic of Korea');
  });

  it('given the trap of Ukraine on the amended US text, it gives the record and says a report differs', () => {
    const a = ask('How did Ukraine vote on the amended US text?');
    expect(positionOf(a, 'A/RES/ES-11/8', 'Ukraine')).toBe('abstain');
    expect(
      a.blocks.some(
        (b) =>
          b.type === 'note' && b.text.includes('Votes Against UN Resolution Condemning Ukraine War” says'),
      ),
    ).toBe(true);
    // Readers see the publication, never the fact base's internal source id.
    expect(a.blocks.some((b) => b.type === 'note' && b.text.includes('article_a'))).toBe(false);
  });

  it('given Armenia on ES-11/8, it gives the UN record and notes the differing report', () => {
    const a = ask('how did armenia vote on es-11/8');
    expect(positionOf(a, 'A/RES/ES-11/8', 'Armenia')).toBe('yes');
    expect(a.blocks.some((b) => b.type === 'note' && b.text.includes('Interfax'))).toBe(true);
  });
});

describe('votes', () => {
  it.each([
    ['the Ukraine resolution', 'A/RES/ES-11/7'],
    ['the European text', 'A/RES/ES-11/7'],
    ['L.10', 'A/RES/ES-11/7'],
    ['A/RES/ES-11/8', 'A/RES/ES-11/8'],
    ['the amended US draft', 'A/RES/ES-11/8'],
    ['L.11', 'A/RES/ES-11/8'],
    ['2774', 'S/RES/2774 (2025)'],
    ['the Security Council resolution', 'S/RES/2774 (2025)'],
  ])('given "%s", it reads %s', (phrase, symbol) => {
    const a = ask(`What was the tally on ${phrase}?`);
    expect(a.tallies.map((t) => t.vote)).toEqual([symbol]);
  });

  it('given "the US resolution" with no body, it answers both readings', () => {
    const a = ask('how did the UK vote on the US resolution');
    expect(positionOf(a, 'A/RES/ES-11/8', UK)).toBe('yes');
    expect(positionOf(a, 'S/RES/2774 (2025)', UK)).toBe('abstain');
    expect(a.blocks.some((b) => b.type === 'note' && b.text.includes('both bodies'))).toBe(true);
  });

  it('given "the US draft in the Security Council", it settles on 2774', () => {
    expect(
      ask('What was the tally on the US draft in the Security Council?').tallies.map((t) => t.vote),
    ).toEqual(['S/RES/2774 (2025)']);
  });
});

describe('lists', () => {
  it('given who voted in favour of ES-11/7, it lists all 93', () => {
    const a = ask('Who voted in favour of ES-11/7?');
    expect(a.positions.filter((p) => p.position === 'yes')).toHaveLength(93);
  });

  it('given a region filter, it lists only members of that region with that position', () => {
    const a = ask('Which European countries voted against ES-11/7?');
    const europe = new Set(k.members.filter((m) => m.region === 'Europe').map((m) => m.name));
    expect(a.positions.length).toBeGreaterThan(0);
    for (const p of a.positions) {
      expect(europe.has(p.country)).toBe(true);
      expect(p.position).toBe('no');
    }
    expect(a.positions.map((p) => p.country)).toEqual(
      expect.arrayContaining(['Hungary', 'Russian Federation', 'Belarus']),
    );
  });

  it('given the P5 on 2774, it gives the five permanent members', () => {
    const a = ask('how did the P5 vote on 2774');
    expect(a.positions.map((p) => p.country).sort()).toEqual(
      ['China', 'France', 'Russian Federation', UK, US].sort(),
    );
  });

  it('given who did not vote, it lists the absent members', () => {
    expect(ask("who didn't vote on ES-11/7").positions).toHaveLength(17);
  });

  it('given "voted like Hungary", it lists members with the same position on each vote', () => {
    const a = ask('Who voted like Hungary on ES-11/7?');
    expect(a.positions).toHaveLength(17);
    expect(a.positions.every((p) => p.position === 'no' && p.country !== 'Hungary')).toBe(true);
  });
});

describe('tallies and amendments', () => {
  it('given the three votes, the tallies equal the knowledge', () => {
    const a = ask('What were the results?');
    expect(a.tallies).toHaveLength(3);
  });

  it('given the Council vetoes, it names the vetoed amendments', () => {
    const a = ask('Which amendments did Russia veto in the Security Council?');
    expect(a.summary).toContain('vetoed 2');
    expect(positionOf(a, 'sc_am_territorial', 'Russian Federation')).toBe('no');
  });

  it('given the amendments that passed in the Assembly, it lists only adopted ones', () => {
    const a = ask('Which amendments passed in the General Assembly?');
    expect(a.summary).toMatch(/^3 amendments/);
  });
});

describe('quotes', () => {
  it.each([
    ['What did Dorothy Shea say?', 'Dorothy Shea'],
    ['what did the French ambassador say', 'Nicolas de Rivière'],
    ['What did the UK ambassador say?', 'Barbara Woodward'],
    ['what did nebenzya say', 'Vassily Nebenzia'],
    ['Who said war of words?', 'Dorothy Shea'],
  ])('given "%s", it quotes %s verbatim', (q, speaker) => {
    const a = ask(q);
    expect(a.quotes.length).toBeGreaterThan(0);
    for (const quote of a.quotes) {
      expect(quote.speaker).toBe(speaker);
      // Verbatim: the words of the checked quote base, or a fragment a source quotes in the statements.
      const held = [
        ...k.quotes.map((x) => x.text),
        ...k.statements.flatMap((s) => s.fragments.map((f) => f.text)),
      ];
      expect(held).toContain(quote.text);
    }
  });

  it('given a person with no verbatim quote, it says so rather than paraphrasing', () => {
    const a = ask('What did Guterres say?');
    expect(a.quotes).toEqual([]);
    expect(a.summary).toContain('no verbatim quote');
  });
});

describe('explanations', () => {
  it.each([
    ['Is this binding?', /not legally binding/],
    ['why did the US abstain on its own draft?', /amend/],
    ['How does it compare with 2023?', /141-7-32/],
    ['Who presided?', /China held the Security Council presidency/],
    ['what are the draft symbols', /A\/ES-11\/L\.10/],
    ['Why was the vote held on 24 February?', /third anniversary/],
  ])('given "%s", it explains from the fact base with citations', (q, re) => {
    const a = ask(q);
    expect(a.kind).toBe('answer');
    expect(JSON.stringify(a.blocks) + a.summary).toMatch(re);
    expect(a.citations.length).toBeGreaterThan(0);
  });
});

describe('out of scope and bad input', () => {
  it.each([
    ['What is the capital of France?', 'out_of_scope'],
    ['How did the US vote on the Sudan resolution in 2024?', 'out_of_scope'],
    ['How did the US vote on the Gaza ceasefire resolution?', 'out_of_scope'],
    ['How did Atlantis vote?', 'unknown_country'],
    ['How did Taiwan vote?', 'non_member'],
    ['How did the Holy See vote?', 'non_member'],
    ['', 'empty'],
    ['   \u200b\u0007  ', 'empty'],
    ['help', 'help'],
  ])('given "%s", it answers politely (%s) and states no vote fact', (q, intent) => {
    const a = ask(q);
    expect(a.intent).toBe(intent);
    noVoteFacts(a);
    expect(a.suggestions.length + a.blocks.length).toBeGreaterThan(0);
  });

  it('given mention injection, the answer carries no ping', () => {
    const a = ask('<!channel> @everyone @here <@U123> how did Hungary vote on ES-11/7?');
    expect(positionOf(a, 'A/RES/ES-11/7', 'Hungary')).toBe('no');
    const text = answerToJson('', a).text;
    for (const ping of ['@everyone', '@here', '<!channel>', '<@U123>']) expect(text).not.toContain(ping);
  });

  it('given a question over the limit, it answers the first part and says so', () => {
    const a = ask(`how did France vote on ES-11/7 ${'blah '.repeat(2000)}`);
    expect(positionOf(a, 'A/RES/ES-11/7', 'France')).toBe('yes');
    expect(a.blocks[0]).toEqual({
      type: 'note',
      text: 'I read only the first 500 characters of your question.',
    });
  });
});
