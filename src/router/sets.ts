/**
 * Questions that combine votes: "who voted yes on 2774 but no on ES-11/7", "which countries went from yes in
 * 2022 to abstaining in 2025", "who skipped the Ukraine text but voted on the US one", "who voted with Russia in
 * 2022 and on ES-11/7". The question becomes clauses (a vote and the positions allowed on it), evaluated on the
 * record. A member whose position on a partly recorded vote is not known is never placed: it is counted apart.
 */
import type { Knowledge, Vote } from '../knowledge/model.ts';
import type { Position } from '../knowledge/schema.ts';
import { POSITION_CUES } from './lexicon.ts';
import { datedVotes } from './moments.ts';
import { findVotes } from './votes.ts';

export interface Clause {
  vote: Vote;
  allowed: Set<Position>;
  /** How the clause reads in an answer: "voted in favour of", "did not vote against". */
  phrase: string;
}

const ALL: Position[] = ['yes', 'no', 'abstain', 'absent'];
const PRESENT = /\b(did vote|voted on|vote on|took part|cast a vote|participated|were present)\b/;
const NEGATED =
  /\b(not|never|no longer|stop(?:ped)? voting|(?:hadn|haven|hasn|didn|doesn|don|weren|wasn|isn|aren|won) ?t)\b/;
export const LIKE =
  /\b(?:with|like|as|alongside|matched|matching|match|same as|same way as|in line with|in step with|in lockstep with|mirrored|copied) (?:the )?(russia|russian federation|the us|us|usa|united states|ukraine|china|belarus)\b/;
const LIKE_NAMES: Record<string, string> = {
  russia: 'Russian Federation',
  'russian federation': 'Russian Federation',
  us: 'United States of America',
  'the us': 'United States of America',
  usa: 'United States of America',
  'united states': 'United States of America',
  ukraine: 'Ukraine',
  china: 'China',
  belarus: 'Belarus',
};
/** Where one clause ends and the next begins. */
const SPLIT =
  /\b(?:but|whereas|while|yet|even though|although|though|despite|and then|then|and later|and|to(?= (?:an? )?(?:yes|no|abst\w*|vot\w*|against|support\w*|skip\w*|being)\b)|(?:that|who|which)(?= (?:had|hadn t|hadnt|have|haven t|did|didn t|didnt|were|weren t|was|wasn t|also|then|later|voted|abstained)\b))\b|(?=\bstop(?:ped)? voting\b)|(?=\bno longer\b)|(?=\bdid (?:any|anyone|they|it|some)\b)|\bafter(?= (?:voting|having|abstaining|backing|supporting)\b)/;
/** "Changed their vote", "switched", "flipped": a position other than the one in the clause before. */
const CHANGED_VOTE =
  /\bchang\w* (?:their |its |the )?(?:vote|votes|position|positions|mind)\b|\bswitch\w*\b|\bflip\w*\b/;
const SYMBOL = /\b(?:a\/res\/)?es[- ]?11[/ -]?([1-6])\b|\b68[/ ]262\b/;
const YEAR = /\b(2014|2022|2023|2025|2026)\b/;

/** The history vote a year stands for when it is named alone: the main Assembly vote of that year. */
export function voteOfYear(k: Knowledge, year: string, text: string): Vote | null {
  if (year === '2025') {
    const us = /\b(us|u s|american|amended|path to peace)\b/.test(text);
    return k.voteById.get(/\bcouncil\b/.test(text) ? 'sc_2774' : us ? 'ga_es11_8' : 'ga_es11_7') ?? null;
  }
  // ES-11/1 (2 March 2022) is the year's defining vote; the other 2022 votes are named by symbol or subject.
  const first = datedVotes(k)
    .filter((v) => v.date.startsWith(year) && v.body === 'GA')
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  return first ?? null;
}

/** "On both Assembly texts", "both GA resolutions": the day's two Assembly votes, one clause each. */
const BOTH_ASSEMBLY =
  /\b(?:both|either|one or both|at least one)(?: of)?(?: the)?(?: two)? (?:ga|unga|general assembly|assembly) (?:texts?|resolutions?|votes?|ones?|drafts?)\b|\b(?:both|either of the) (?:texts|resolutions|votes) in the (?:ga|general assembly|assembly)\b/;

/** "No on at least one of the two GA texts", "against either of them": a member meets any one clause, not all. */
export const ANY_OF =
  /\b(?:at least one|either|one or both|one or the other|any (?:one )?of (?:the|those|these|them))\b/;

/** The votes a clause names: one, or both of the day's Assembly votes. */
function votesIn(k: Knowledge, seg: string, before?: Vote): Vote[] {
  // "No on the first GA text and yes on the second": the Assembly text adopted after the one named before.
  if (before?.id === 'ga_es11_7' && /\bthe second\b/.test(seg) && findVotes(seg).ids.length === 0)
    return [k.voteById.get('ga_es11_8')].filter((v): v is Vote => !!v);
  const ids = BOTH_ASSEMBLY.test(seg) ? ['ga_es11_7', 'ga_es11_8'] : [];
  // "On all three texts (ES-11/7, ES-11/8 and 2774)", "both GA texts + 2774": every vote the segment names.
  const symbols = [...seg.matchAll(/\b(?:a\/res\/)?es[- ]?11[/ -]?[1-8]\b|\b68[/ ]262\b|\b2774\b/g)];
  const named = symbols.map((m) => voteIn(k, m[0])).filter((v): v is Vote => v !== null);
  if (ids.length + named.length > 1)
    return [...ids.map((id) => k.voteById.get(id)).filter((v): v is Vote => !!v), ...named].filter(
      (v, i, all) => all.findIndex((x) => x.id === v.id) === i,
    );
  const v = voteIn(k, seg);
  return v ? [v] : [];
}

/** The vote a clause names, or null. */
function voteIn(k: Knowledge, seg: string): Vote | null {
  const symbol = SYMBOL.exec(seg);
  if (symbol) {
    const wanted = symbol[1] ? `ES-11/${symbol[1]}` : '68/262';
    return datedVotes(k).find((v) => v.symbol.endsWith(wanted)) ?? null;
  }
  const refs = findVotes(seg);
  const id =
    refs.ids[0] ?? (refs.usDraftAmbiguous ? (/\bcouncil\b/.test(seg) ? 'sc_2774' : 'ga_es11_8') : null);
  if (id && !YEAR.test(seg.replace('2774', ''))) return k.voteById.get(id) ?? null;
  const year = YEAR.exec(seg.replace('2774', ''));
  if (year?.[1]) return voteOfYear(k, year[1], seg);
  return id ? (k.voteById.get(id) ?? null) : null;
}

/** The positions a clause allows, or null when it names none. */
function allowedIn(k: Knowledge, seg: string, vote: Vote): { allowed: Set<Position>; phrase: string } | null {
  const like = LIKE.exec(seg);
  if (like?.[1]) {
    const name = LIKE_NAMES[like[1]]!;
    const p = vote.positions.get(name);
    return p
      ? {
          allowed: new Set([p]),
          phrase: `voted as ${name === 'United States of America' ? 'the United States' : name} did (${p}) on`,
        }
      : null;
  }
  // "didn't vote yes on both": not in favour, not absent.
  const voteThen = /\b(?:did ?n ?t|did not|didnt|not) vote (?=yes|no|for|against|in favou?r|to abstain)/.exec(
    seg,
  );
  const read = voteThen ? seg.replace(voteThen[0], `${voteThen[0].replace(/ vote $/, '')} voted `) : seg;
  const cue = POSITION_CUES.map(([re, p]) => ({ p, m: re.exec(read) }))
    .filter((x) => x.m)
    .sort((a, b) => a.m!.index - b.m!.index)[0];
  // "… but for the Ukrainian one": a bare "for" before the vote is a vote in favour.
  // "… to no in 2025": a bare position word leading the clause.
  const lead = /^(?:to |from |then )?(yes|no|abst\w*|absent)\b/.exec(read)?.[1];
  const leading: Position | null =
    lead === 'yes' ? 'yes' : lead === 'no' ? 'no' : lead === 'absent' ? 'absent' : lead ? 'abstain' : null;
  const position =
    cue?.p ?? leading ?? (PRESENT.test(read) ? 'present' : /\bfor (the|it|its)\b/.test(read) ? 'yes' : null);
  if (!position) return null;
  const before = read.slice(0, cue?.m?.index ?? read.search(PRESENT));
  const negated =
    (NEGATED.test(before) || /\b(stop|stopped|quit|ceased)\s*$/.test(before)) && position !== 'absent';
  const base = position === 'present' ? new Set<Position>(['yes', 'no', 'abstain']) : new Set([position]);
  const allowed = negated ? new Set(ALL.filter((p) => !base.has(p))) : base;
  const words: Record<string, string> = {
    yes: 'voted in favour of',
    no: 'voted against',
    abstain: 'abstained on',
    absent: 'did not vote on',
    present: 'voted on',
  };
  const phrase = negated
    ? `did not vote ${position === 'yes' ? 'in favour of' : position === 'no' ? 'against' : position === 'abstain' ? 'abstain on' : 'on'}`
    : words[position]!;
  void k;
  return { allowed, phrase };
}

/** The clauses of a question that combines at least two votes; null when it does not. */
export function parseClauses(k: Knowledge, text: string): Clause[] | null {
  const segments = text
    .split(SPLIT)
    .map((s) => s.trim())
    .filter(Boolean);
  const clauses: Clause[] = [];
  let lastAllowed: { allowed: Set<Position>; phrase: string } | null = null;
  let pendingVote: Vote | null = null;
  let pendingLike: string | null = null;
  for (const seg of segments) {
    const votes = votesIn(k, seg, clauses.at(-1)?.vote ?? pendingVote ?? undefined);
    const like = LIKE.exec(seg)?.[0] ?? null;
    // "Like Russia on both Assembly texts": one clause for each vote the segment names.
    if (votes.length > 1) {
      const a: { allowed: Set<Position>; phrase: string } | null =
        allowedIn(k, pendingLike && !like ? `${seg} ${pendingLike}` : seg, votes[0]!) ?? lastAllowed;
      if (like) pendingLike = like;
      for (const v of votes) {
        const av = like ? allowedIn(k, seg, v) : a;
        if (av && !clauses.some((c) => c.vote.id === v.id)) clauses.push({ vote: v, ...av });
      }
      if (a) lastAllowed = a;
      continue;
    }
    const vote = votes[0] ?? null;
    if (like) pendingLike = like;
    if (!vote) {
      // "from yes in 2022 (es-11/1) to no": a position whose vote comes in the next words.
      const carried = pendingVote;
      if (carried && !clauses.some((c) => c.vote.id === carried.id)) {
        const a = allowedIn(k, seg, carried);
        if (a) clauses.push({ vote: carried, ...a });
      }
      continue;
    }
    // "Of those against ES-11/1, did any change their vote by ES-11/7?": any position but the one before.
    const changed =
      lastAllowed && CHANGED_VOTE.test(seg)
        ? {
            allowed: new Set(ALL.filter((p) => p !== 'absent' && !lastAllowed!.allowed.has(p))),
            phrase: 'voted otherwise on',
          }
        : null;
    const a: { allowed: Set<Position>; phrase: string } | null =
      changed ?? allowedIn(k, pendingLike && !like ? `${seg} ${pendingLike}` : seg, vote) ?? lastAllowed;
    if (!a) {
      pendingVote = vote;
      continue;
    }
    if (!clauses.some((c) => c.vote.id === vote.id)) clauses.push({ vote, ...a });
    lastAllowed = a;
    pendingVote = null;
  }
  return clauses.length >= 2 ? clauses : null;
}

export interface SetResult {
  members: string[];
  /** Members left out because their position on a partly recorded vote is not known. */
  unknown: number;
}

/** The members (of `among`, or all) that meet every clause, or with `any`, at least one of them. */
export function evaluate(
  k: Knowledge,
  clauses: Clause[],
  among: string[] | null,
  exclude: string[] = [],
  any = false,
): SetResult {
  let unknown = 0;
  const members: string[] = [];
  for (const m of among ?? k.members.map((c) => c.name)) {
    if (exclude.includes(m)) continue;
    const positions = clauses.map((c) => c.vote.positions.get(m));
    if (any) {
      if (clauses.some((c, i) => positions[i] !== undefined && c.allowed.has(positions[i]!))) members.push(m);
      else if (positions.some((p) => p === undefined)) unknown += 1;
      continue;
    }
    if (positions.some((p) => p === undefined)) {
      // Known and failing one clause is still a clear "no"; unknown on another only when all known ones pass.
      if (clauses.every((c, i) => positions[i] === undefined || c.allowed.has(positions[i]!))) unknown += 1;
      continue;
    }
    if (clauses.every((c, i) => c.allowed.has(positions[i]!))) members.push(m);
  }
  return { members, unknown };
}
