/**
 * "What was the tally in the Security Council on the Ukraine/EU resolution?": a vote asked about in a body that did
 * not vote on it. The answer for the vote stands, with the body it was voted in said first.
 */
import type { Answer } from '../answer.ts';
import type { Knowledge } from '../knowledge/model.ts';
import type { Parsed } from './understand.ts';

const BODY_NAME = { GA: 'General Assembly', SC: 'Security Council' } as const;

export function withBodyChecked(k: Knowledge, p: Parsed, a: Answer): Answer {
  const asked = p.votes.body;
  if (!asked || a.kind !== 'answer') return a;
  const elsewhere = p.votes.ids
    .map((id) => k.voteById.get(id))
    .filter((v) => v !== undefined && v.kind === 'resolution' && v.body !== asked);
  for (const v of elsewhere)
    a.blocks.unshift({
      type: 'note',
      text: `${v!.symbol} was voted on in the ${BODY_NAME[v!.body]} only, not in the ${BODY_NAME[asked]}.`,
    });
  return a;
}
