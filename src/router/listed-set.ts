/**
 * "How did those countries vote on the US text?", "did any of them vote against ES-11/7?", "how many of those also
 * voted no in 2022?": a follow-up about the members the answer before listed. They become a group of their own,
 * so every intent that answers for a group (a list, a set, a group's votes) answers for them.
 */
import type { Answer } from '../answer.ts';
import type { Group } from './groups.ts';
import type { Parsed } from './understand.ts';

/** Words that point back to the members listed: "any of them", "those same countries", "these states". */
export const THOSE =
  /\b(?:(?:any|all|each|none|some|many|how many|which|who|one|both) of (?:them|those|these)|(?:those|these|the same) (?:same )?(?:countries|members|states|nations|delegations|governments|ones)|those (?:same )?(?:voters|abstainers))\b/;
/** A plain pronoun for them: read as the list only when the question before asked for members in a position. */
const PRONOUN = /\b(?:they|them|those|these)\b/;

/** The members an answer lists (each once, in order): what "those" can point back to. */
export const listedIn = (a: Answer): string[] => [...new Set(a.positions.map((p) => p.country))];

/** The members listed before, as a group, when the follow-up points back to them; null otherwise. */
export function listedGroup(later: Parsed, earlier: Parsed): Group | null {
  const text = later.q.text;
  // "How did BRICS vote?" then "which of them changed?": the group named before, as a whole.
  if (earlier.group && earlier.positions.length === 0) return THOSE.test(text) ? earlier.group : null;
  const listed = earlier.listed;
  if (!listed || listed.length < 2) return null;
  if (!THOSE.test(text) && !(PRONOUN.test(text) && earlier.positions.length > 0)) return null;
  const label = `the ${listed.length} members listed before`;
  return {
    label,
    subject: `The ${listed.length} members listed before`,
    members: listed,
    basis: 'the members named in the answer before',
  };
}
