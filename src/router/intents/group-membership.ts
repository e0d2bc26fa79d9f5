/**
 * "Is Saudi Arabia in BRICS?", "was Timor-Leste part of ASEAN when it voted on ES-11/7?": whether a member
 * belonged to a group on the day, from knowledge/groups.json, with what its notes say of that member (an
 * observer, a disputed or frozen membership) and, when a vote is named, how the member voted on it.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { GroupEntry } from '../../knowledge/group-schema.ts';
import { addCitations, primarySources } from '../cite.ts';
import { longDate } from '../dates.ts';
import { shortCountry, VOTED_ON, voteName } from '../describe.ts';
import type { Intent, Reading } from './intent.ts';

/** "Is X in G", "was X part of G", "X a member of G?", "does X belong to G", "is X G". */
const MEMBERSHIP =
  /^(is|was|are|were|isn t|wasn t|isnt|wasnt)\b|\b(part of|a member of|member of|members of|belong(s|ed)? to|one of|in the|joined|join)\b/;
const ASKS =
  /^(is|was|are|were|isn t|wasn t|isnt|wasnt|does|did|do)\b|\b(is|was|were|are) [\w-]+( [\w-]+)? (in|part of|a member of|member of|one of)\b/;

/** The sentences of a group's notes that speak of a member. */
function notesOn(entry: GroupEntry, country: string): string[] {
  const names = [country, shortCountry(country)].map((n) => n.toLowerCase());
  return (
    entry.notes
      .split(/(?<=\.)\s+(?=[A-Z])/)
      .filter((s) => names.some((n) => s.toLowerCase().includes(n)))
      // The notes also carry the importers' instructions ("Treat Saudi Arabia as DISPUTED: say …"): not for readers.
      .filter((s) => !/^(treat|say|do not|don't|use|never|note for)\b/i.test(s))
  );
}

function membershipLine(entry: GroupEntry, name: string, country: string): string {
  const who = shortCountry(country);
  const day = longDate(entry.asOf);
  if (entry.members.includes(country)) {
    const frozen = entry.participationFrozen?.includes(country) ? ' (it had frozen its participation)' : '';
    const suspended = entry.suspended?.includes(country) ? ' (suspended from its activities)' : '';
    return `Yes: on ${day} ${who} was one of the ${entry.memberCount} UN member states in ${name}${frozen}${suspended}.`;
  }
  if (entry.disputedMembers?.includes(country))
    return `Not clearly: on ${day} ${who}'s membership of ${name} was unclear, so it is not counted among its ${entry.memberCount} members.`;
  if (entry.associateMembers?.includes(country))
    return `Not as a full member: on ${day} ${who} was an associate member of ${name}.`;
  return `No: on ${day} ${who} was not one of the ${entry.memberCount} UN member states in ${name}.`;
}

function answer(r: Reading): Answer {
  const group = r.p.group!;
  const entry = group.entry!;
  const a = emptyAnswer('answer', 'group_membership', '');
  const lines: string[] = [];
  for (const country of r.p.countries.slice(0, 3)) {
    lines.push(membershipLine(entry, group.label, country));
    for (const note of notesOn(entry, country)) a.blocks.push({ type: 'note', text: note });
    // "… when it voted on ES-11/7": its vote, as recorded.
    for (const id of r.p.votes.ids) {
      const v = r.k.voteById.get(id);
      const position = v?.positions.get(country);
      if (!v || !position) continue;
      a.blocks.push({
        type: 'paragraph',
        text: `${shortCountry(country)} ${VOTED_ON[position]} ${voteName(v)}.`,
      });
      a.positions.push({ vote: v.symbol, country, position });
      addCitations(r.k, a, primarySources(v.sources));
    }
  }
  a.summary = lines.join(' ');
  addCitations(r.k, a, entry.sources);
  a.suggestions = [`How did ${entry.aliases[0] ?? entry.name} vote?`];
  a.confidence = 0.9;
  return a;
}

export const groupMembershipIntent: Intent = {
  id: 'group_membership',
  ceiling: 85,
  match: (r) =>
    r.p.group?.entry && r.p.countries.length > 0 && MEMBERSHIP.test(r.t) && ASKS.test(r.t) ? 85 : null,
  answer,
};
