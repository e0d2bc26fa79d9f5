/**
 * What a group answer adds for a group held in knowledge/groups.json: how many of its members took each position
 * (in the lists' labels), who belongs to it but has no vote, who was suspended or disputed that day, the notes
 * where its membership was changing, and its sources.
 */
import type { Answer } from '../../answer.ts';
import type { GroupEntry } from '../../knowledge/group-schema.ts';
import type { Knowledge, Vote } from '../../knowledge/model.ts';
import type { Position } from '../../knowledge/schema.ts';
import { addCitations } from '../cite.ts';
import { groupLabel } from '../data-groups.ts';
import { joinNames, mainVotes, VOTED_ON } from '../describe.ts';
import type { Group } from '../groups.ts';

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

/**
 * When none of a group's members on a fully recorded vote took the positions asked about, the sentence that says
 * so (the answer then lists how they did vote); null otherwise.
 */
export function noneTookThem(vote: Vote, group: Group, asked: Position[]): string | null {
  if (!(vote.listsComplete || vote.kind === 'resolution')) return null;
  const members = new Set(group.members);
  const present = [...vote.positions].filter(([c]) => members.has(c));
  if (present.length === 0 || present.some(([, p]) => asked.includes(p))) return null;
  return `No member of ${group.label} ${asked.map((p) => VOTED_ON[p]).join(' or ')} ${vote.symbol}.`;
}

/** Adds the group's caveats, notes and sources to an answer listing its members' votes. */
export function describeGroup(k: Knowledge, a: Answer, g: GroupEntry, voteIds: string[] | null): void {
  const label = groupLabel(g);
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
