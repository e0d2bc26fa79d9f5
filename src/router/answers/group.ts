/**
 * What a group answer adds for a group held in knowledge/groups.json: how many of its members took each position
 * (in the lists' labels), who belongs to it but has no vote, who was suspended or disputed that day, the notes
 * where its membership was changing, and its sources.
 */
import type { Answer } from '../../answer.ts';
import type { GroupEntry } from '../../knowledge/group-schema.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import { addCitations } from '../cite.ts';
import { joinNames, mainVotes, VOTED_ON } from '../describe.ts';

/** Sentences of a group's notes that say how membership was changing near the day (joined, suspended, …). */
const CHANGING =
  /\b(joined|acceded|admitted|became|suspended|suspension|readmitted|reinstated|frozen|lifted|observer|associate member|not a member|only later|after the vote)\b/i;
/** Sentences about how the list was checked (which source says what), or addressed to the bot: not for readers. */
const RESEARCH =
  /\b(factbook|internacia|wikipedia|dgacm|akvo|sources?|stale|treat|agree|checked|transcription|listed|lists|tags?|eurostat|no change near)\b|\bsay:|\b[a-z]+_[a-z_]+\b/i;

/** The sentences of the notes a reader needs: how membership was changing near the day of the votes. */
export function membershipChanges(g: GroupEntry): string[] {
  return g.notes.split(/(?<=\.)\s+(?=[A-Z"])/).filter((s) => CHANGING.test(s) && !RESEARCH.test(s));
}

/** How a member counted apart voted on the votes asked about, said and stated in the answer's data. */
function positionsOf(k: Knowledge, a: Answer, country: string, voteIds: string[] | null): string[] {
  const votes = voteIds
    ? voteIds.map((id) => k.voteById.get(id)).filter((v) => v !== undefined)
    : mainVotes(k);
  return votes.flatMap((v) => {
    const p = v.kind === 'amendment' ? undefined : v.positions.get(country);
    if (!p) return [];
    a.positions.push({ vote: v.symbol, country, position: p });
    return [`${VOTED_ON[p]} ${v.symbol}`];
  });
}

/** Adds the group's caveats, notes and sources to an answer listing its members' votes. */
export function describeGroup(
  k: Knowledge,
  a: Answer,
  g: GroupEntry,
  label: string,
  voteIds: string[] | null,
): void {
  if (g.nonMembers.length > 0)
    a.blocks.push({
      type: 'note',
      text: `Also part of ${label} but not UN member states, so without a vote: ${g.nonMembers.join('; ')}.`,
    });
  if (g.suspended && g.suspended.length > 0)
    a.blocks.push({
      type: 'note',
      text: `Suspended from ${label}’s activities on that day but still members (counted above): ${joinNames(g.suspended)}.`,
    });
  if (g.participationFrozen && g.participationFrozen.length > 0)
    a.blocks.push({
      type: 'note',
      text: `Had frozen its participation but was still a member (counted above): ${joinNames(g.participationFrozen)}.`,
    });
  for (const [who, what] of [
    [g.disputedMembers, 'membership unclear on that day'],
    [g.associateMembers, 'an associate member'],
  ] as const)
    for (const c of who ?? []) {
      const votes = positionsOf(k, a, c, voteIds);
      a.blocks.push({
        type: 'note',
        text: `${c} (${what}) is not counted above${votes.length > 0 ? `; it ${joinNames(votes)}` : ''}.`,
      });
    }
  const changes = membershipChanges(g);
  if (changes.length > 0) a.blocks.push({ type: 'note', text: `Membership: ${changes.join(' ')}` });
  addCitations(k, a, g.sources);
}
