/**
 * "France voted no on 2774 because its postponement failed? explain": a question that states a member's vote
 * gets that vote from the record, whatever else answers it. When the answer chosen (a topic, an explanation)
 * leaves the member's position on the vote named unsaid, it is added, so a wrong claim is never left standing.
 */
import type { Answer } from '../answer.ts';
import type { Knowledge } from '../knowledge/model.ts';
import { MAIN_VOTE_IDS } from '../knowledge/model.ts';
import { addCitations, primarySources } from './cite.ts';
import { shortCountry, VOTED_ON } from './describe.ts';
import { capital } from './intents/history-lines.ts';
import type { Parsed } from './understand.ts';

export function withClaimChecked(k: Knowledge, p: Parsed, a: Answer): Answer {
  // Only answers that state no member's vote: a list ("who voted no besides Hungary") says whom it leaves out.
  if (a.kind !== 'answer' || a.positions.length > 0) return a;
  if (p.positions.length !== 1 || p.countries.length === 0 || p.countries.length > 3) return a;
  const votes = p.votes.ids
    .filter((id) => (MAIN_VOTE_IDS as readonly string[]).includes(id))
    .map((id) => k.voteById.get(id)!);
  if (votes.length !== 1) return a;
  const [vote] = votes as [NonNullable<(typeof votes)[number]>];
  const lines: string[] = [];
  for (const country of p.countries) {
    const position = vote.positions.get(country);
    if (!position) continue;
    lines.push(`${capital(shortCountry(country))} ${VOTED_ON[position]} ${vote.symbol}.`);
    a.positions.push({ vote: vote.symbol, country, position });
  }
  if (lines.length === 0) return a;
  a.blocks.unshift({ type: 'paragraph', text: `On the record: ${lines.join(' ')}` });
  addCitations(k, a, primarySources(vote.sources));
  return a;
}
