import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.ts';

/**
 * Positions copied by hand from ../shared/reference (NOTES.md and the UN record), independent of the importer.
 * A wrong vote position is the worst bug Plenary can have: this table is the second pair of eyes.
 */
const GOLDEN: [string, string, string][] = [
  ['ga_es11_7', 'United States of America', 'no'],
  ['ga_es11_7', 'Russian Federation', 'no'],
  ['ga_es11_7', 'Hungary', 'no'],
  ['ga_es11_7', 'Israel', 'no'],
  ['ga_es11_7', "Democratic People's Republic of Korea", 'no'],
  ['ga_es11_7', 'China', 'abstain'],
  ['ga_es11_7', 'Iran (Islamic Republic of)', 'abstain'],
  ['ga_es11_7', 'Ukraine', 'yes'],
  ['ga_es11_7', 'Germany', 'yes'],
  ['ga_es11_7', 'Afghanistan', 'absent'],
  ['ga_es11_7', 'Venezuela (Bolivarian Republic of)', 'absent'],
  ['ga_es11_8', 'United States of America', 'abstain'],
  ['ga_es11_8', 'Ukraine', 'abstain'],
  ['ga_es11_8', 'Russian Federation', 'no'],
  ['ga_es11_8', 'Armenia', 'yes'],
  ['ga_es11_8', 'Israel', 'abstain'],
  ['ga_es11_8', 'Germany', 'yes'],
  ['sc_2774', 'United States of America', 'yes'],
  ['sc_2774', 'Russian Federation', 'yes'],
  ['sc_2774', 'China', 'yes'],
  ['sc_2774', 'France', 'abstain'],
  ['sc_2774', 'United Kingdom of Great Britain and Northern Ireland', 'abstain'],
  ['sc_2774', 'Denmark', 'abstain'],
  ['sc_2774', 'Greece', 'abstain'],
  ['sc_2774', 'Slovenia', 'abstain'],
];

const TALLIES: [string, number, number, number, number][] = [
  ['ga_es11_7', 93, 18, 65, 17],
  ['ga_es11_8', 93, 8, 73, 19],
  ['sc_2774', 10, 0, 5, 0],
];

describe('positions and tallies match the verified reference', () => {
  const k = loadKnowledge();
  it.each(GOLDEN)('on %s, %s voted %s', (vote, country, position) => {
    expect(k.voteById.get(vote)?.positions.get(country)).toBe(position);
  });
  it.each(TALLIES)('%s was %i-%i-%i with %i not voting', (vote, yes, no, abstain, absent) => {
    expect(k.voteById.get(vote)?.tally).toEqual({ yes, no, abstain, absent });
  });
});
