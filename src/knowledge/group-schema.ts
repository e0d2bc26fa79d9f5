/** Groups of states (knowledge/groups.json): membership on the day of the votes, by UN name, with sources. */
import { z } from 'zod';

const names = z.array(z.string().min(1));

export const GroupEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** What people call it ("EU", "the 27"): matched as whole words. */
  aliases: names,
  kind: z.string().min(1),
  /** The day the membership is for (YYYY-MM-DD). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The count the group gives itself, non-UN members included (the African Union: 55). */
  statedCount: z.number().int().positive(),
  /** UN member states, by UN name; `memberCount` of them. */
  members: names.min(1),
  memberCount: z.number().int().positive(),
  /** Members or participants that are not UN member states (Palestine, the EU as a bloc), as described. */
  nonMembers: names,
  /** Those of `nonMembers` counted in `statedCount`. */
  nonMembersCounted: names,
  /** Members suspended from the group's activities on that day (still members). */
  suspended: names.optional(),
  /** States whose membership was unclear on that day: not in `members`. */
  disputedMembers: names.optional(),
  /** Associate members: not in `members`. */
  associateMembers: names.optional(),
  /** Members that had frozen their participation (still members). */
  participationFrozen: names.optional(),
  /** How the list was verified and where membership was changing near that day. */
  notes: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1),
});

export const GroupsSchema = z.array(GroupEntrySchema);
export type GroupEntry = z.infer<typeof GroupEntrySchema>;
