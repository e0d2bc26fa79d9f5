/**
 * "What's the E5?", "who are the P5?", "what is GRULAC": a group asked about as such, not how it voted. Its members
 * on the day, and where the list comes from.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import { addCitations } from '../cite.ts';
import { joinNames, shortCountry } from '../describe.ts';
import { capital } from './history-lines.ts';
import type { Intent, Reading } from './intent.ts';

const ASKS_WHAT = /^(?:so |ok |okay |and )?(?:what|whats|who)\b(?: (?:is|are|was|were|s))? (?:the |a |an )?/;
/** Anything else asked of the group (its votes, its amendments, its texts) is another intent's. */
const ABOUT_VOTES =
  /\bvot\w*|\btall(?:y|ies)\b|\bpositions?\b|\bstance\b|\bsupport\w*|\bagainst\b|\babst\w*|\bfavou?r\b|\bsplit\b|\bamend\w*|\btexts?\b|\bresolutions?\b|\bdrafts?\b|\bcount\b|\bpropos\w*|\bsay\b|\bsaid\b|\bback\w*|\bodd one\b|\branks\b|\bexceptions?\b|\boutliers?\b|\bholdouts?\b|\bdid\b|\bdo\b/;

function answer(r: Reading): Answer {
  const g = r.p.group!;
  const names = g.members.map(shortCountry).sort((a, b) => a.localeCompare(b));
  const a = emptyAnswer(
    'answer',
    'group_define',
    `${capital(g.label)}: ${names.length} UN ${names.length === 1 ? 'member' : 'members'}, ${joinNames(names)}.`,
  );
  a.blocks.push({ type: 'note', text: `Membership: ${g.basis}.` });
  if (g.entry) addCitations(r.k, a, g.entry.sources.slice(0, 3));
  a.suggestions = [`How did ${g.entry?.aliases[0] ?? 'the group'} vote?`];
  a.confidence = 0.85;
  return a;
}

export const groupDefineIntent: Intent = {
  id: 'group_define',
  ceiling: 80,
  match: (r) =>
    r.p.group &&
    r.p.countries.length === 0 &&
    ASKS_WHAT.test(r.t) &&
    !ABOUT_VOTES.test(r.t) &&
    r.p.positions.length === 0
      ? 80
      : null,
  answer,
};
