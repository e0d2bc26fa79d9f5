/**
 * "Who introduced the American draft in the GA?", "who presented Ukraine's text?", "who tabled the amendments?":
 * the speakers whose statement the record says introduced that draft or those amendments (a statement's timing,
 * "introduced draft A/ES-11/L.11"), with the statement itself.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Statement } from '../../knowledge/schema-v2.ts';
import { joinNames } from '../describe.ts';
import type { Intent, Reading } from './intent.ts';
import { addStatement, speakerOf } from './statement-blocks.ts';

const WHO_INTRODUCED =
  /\bwho (?:introduced|presented|tabled|put forward|moved|brought|proposed)\b|\bwho (?:spoke|talked) (?:first )?(?:to|for) (?:introduce|present)\b/;

/** The statements that introduced what the question names: the drafts of the votes named, or the amendments. */
function introducing(r: Reading): Statement[] {
  if (!WHO_INTRODUCED.test(r.t)) return [];
  const drafts = r.p.votes.ids
    .map((id) => r.k.voteById.get(id)?.draftSymbol)
    .filter((d): d is string => typeof d === 'string');
  const said = (s: Statement, what: string) => s.timing.includes(`introduced ${what}`);
  if (r.p.votes.amendment) return r.k.statements.filter((s) => said(s, 'amendments'));
  if (drafts.length === 0) return [];
  return r.k.statements.filter((s) => drafts.some((d) => said(s, `draft ${d}`)));
}

function answer(r: Reading): Answer {
  const statements = introducing(r);
  const names = joinNames([...new Set(statements.map(speakerOf))]);
  const a = emptyAnswer(
    'answer',
    'statement',
    `Introduced by ${names}, as the record of the meeting has it:`,
  );
  for (const s of statements) addStatement(r.k, a, s);
  a.suggestions = ['Who sponsored each text?', 'What did Dorothy Shea say?'];
  a.confidence = 0.85;
  return a;
}

export const introducedIntent: Intent = {
  id: 'introduced',
  ceiling: 80,
  // Above the topic of who sponsored the texts (77): the question asks who spoke to put the text forward.
  match: (r) => (introducing(r).length > 0 ? 80 : null),
  answer,
};
