/** "Who voted yes on 2774 but no on ES-11/7?", "who went from yes in 2022 to abstaining in 2025?": a set of members. */
import { type Answer, emptyAnswer, POSITION_LABEL } from '../../answer.ts';
import { cite, primarySources } from '../cite.ts';
import { shortCountry, voteName } from '../describe.ts';
import { ANY_OF, type Clause, evaluate, LIKE, parseClauses } from '../sets.ts';
import type { Intent, Reading } from './intent.ts';
import { movesIntent } from './members.ts';

/** Asks for members: "who", "which countries", "any", "list", "how many". */
const ASKS_FOR_MEMBERS =
  /^(who|which|what countries|list|name)\b|\b(which|what) (countries|states|nations|members|ones)\b|\b(any|anyone|anybody|countries|members|states|nations)\b|\bhow many\b|\bwho\s*$|\b(which|who) (are|were) they\s*$/;

const parsed = new WeakMap<Reading, Clause[] | null>();
function clausesOf(r: Reading): Clause[] | null {
  if (!parsed.has(r)) parsed.set(r, ASKS_FOR_MEMBERS.test(r.t) ? parseClauses(r.k, r.t) : null);
  return parsed.get(r) ?? null;
}

/** Yes on ES-11/7 then abstain on ES-11/8 and the like: the moves between the two Assembly texts, answered there. */
/** The largest group whose members' own votes are shown when none meets the conditions. */
const GROUP_SHOWN = 30;

const ASSEMBLY_PAIR = new Set(['ga_es11_7', 'ga_es11_8']);

export const setIntent: Intent = {
  id: 'set',
  ceiling: 84,
  match: (r) => {
    const clauses = clausesOf(r);
    if (!clauses) return null;
    // "Who flipped from yes to no between ES-11/1 and ES-11/7": a move between two votes, the changes intents'.
    if (
      /\bbetween\b/.test(r.t) &&
      /\bfrom (yes|no|abst\w*|absent)\b.*\bto (yes|no|abst\w*|absent)\b/.test(r.t)
    )
      return null;
    const pair = clauses.length === 2 && clauses.every((c) => ASSEMBLY_PAIR.has(c.vote.id));
    // More specific than a list on one vote (83) or a change question (80): two conditions at once. Between the
    // two Assembly texts a move ("switched from yes to abstain") is the moves intent's, unless each clause names
    // one position, in the order asked.
    const explicit = clauses.every((c) => c.allowed.size === 1 || c.phrase.startsWith('did not vote '));
    return pair && !explicit && movesIntent.match(r) !== null ? 72 : 84;
  },
  answer: (r) => {
    const clauses = clausesOf(r)!;
    const like = LIKE.test(r.t) ? r.p.countries : [];
    // "Didn't vote for either": neither, so every clause; "no on either": at least one.
    const any = ANY_OF.test(r.t) && !clauses.some((c) => c.phrase.startsWith('did not '));
    const { members, unknown } = evaluate(r.k, clauses, r.p.group?.members ?? null, like, any);
    const who = r.p.group ? `of ${r.p.group.label}` : '';
    const samePhrase = clauses.every((c) => c.phrase === clauses[0]!.phrase);
    const condition =
      any && samePhrase
        ? `${clauses[0]!.phrase} at least one of ${clauses.map((c) => c.vote.symbol).join(' and ')}`
        : clauses.map((c) => `${c.phrase} ${voteName(c.vote)}`).join(any ? ' or ' : ' and ');
    const summary =
      members.length === 0
        ? `No member ${who ? `${who} ` : ''}${condition}, as far as the record shows.`
        : `${members.length} ${members.length === 1 ? 'member' : 'members'} ${who ? `${who} ` : ''}${condition}.`;
    const a: Answer = emptyAnswer('answer', 'set', summary.replace(/ +/g, ' '));
    if (members.length > 0)
      a.blocks.push({
        type: 'countries',
        label: `Members (${members.length})`,
        countries: members.map(shortCountry),
      });
    // "Any Gulf state yes on either text?" — none: the group's own votes are the evidence.
    const group = r.p.group;
    if (members.length === 0 && group && group.members.length <= GROUP_SHOWN)
      for (const c of clauses) {
        const byPosition = new Map<string, string[]>();
        for (const m of group.members) {
          const position = c.vote.positions.get(m);
          if (!position) continue;
          a.positions.push({ vote: c.vote.symbol, country: m, position });
          byPosition.set(position, [...(byPosition.get(position) ?? []), shortCountry(m)]);
        }
        for (const [position, names] of byPosition)
          a.blocks.push({
            type: 'countries',
            label: `${c.vote.symbol}, ${POSITION_LABEL[position as keyof typeof POSITION_LABEL].toLowerCase()} (${names.length})`,
            countries: names,
          });
      }
    for (const m of members)
      for (const c of clauses) {
        const position = c.vote.positions.get(m);
        if (position) a.positions.push({ vote: c.vote.symbol, country: m, position });
      }
    // "Like Russia": the member compared with, and its own votes, as the measure.
    for (const m of like)
      for (const c of clauses) {
        const position = c.vote.positions.get(m);
        if (position) a.positions.push({ vote: c.vote.symbol, country: m, position });
      }
    if (like.length > 0)
      a.blocks.push({
        type: 'note',
        text: `${like.map(shortCountry).join(', ')}: ${clauses.map((c) => `${c.vote.positions.get(like[0]!) ?? 'not known'} on ${c.vote.symbol}`).join(', ')}.`,
      });
    for (const c of clauses)
      if (!c.vote.listsComplete)
        a.blocks.push({
          type: 'note',
          text: `The record of ${voteName(c.vote)} is partial: only ${c.vote.positions.size} of the ${r.k.members.length} members' positions are known.`,
        });
    if (unknown > 0)
      a.blocks.push({
        type: 'note',
        text: `${unknown} more ${unknown === 1 ? 'member' : 'members'} may belong here, but ${unknown === 1 ? 'its' : 'their'} position on a partly recorded vote is not known, so ${unknown === 1 ? 'it is' : 'they are'} not listed.`,
      });
    a.citations = cite(r.k, ...clauses.map((c) => primarySources(c.vote.sources)));
    return a;
  },
};
