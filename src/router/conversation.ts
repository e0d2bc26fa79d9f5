/**
 * Follow-ups: "and on the US one?", "what about Kenya", "why?". A question in a conversation (console
 * session, Slack thread or DM, Discord channel and user) inherits what it leaves out from the question before
 * it, if that was asked within the last few minutes. What a question names replaces the same kind of thing in
 * the earlier one (who, which vote, which position, when); what it leaves out is kept.
 */

import { asksForCounted, countedAsked, countedFollowUp } from './counted-set.ts';
import { asksForHelp, CHANGED } from './cues.ts';
import { findDate } from './dates.ts';
import { STOPWORDS } from './lexicon.ts';
import { listedGroup, THOSE } from './listed-set.ts';
import { namedVotes } from './readings.ts';
import type { Parsed } from './understand.ts';

/** Context is forgotten after this much silence. */
export const CONVERSATION_TTL_MS = 5 * 60_000;
const MAX_CONVERSATIONS = 10_000;

/** "and …", "what about …", "how about …", "same for …": the words of a follow-up. */
const MARKER =
  /^(?:(?:lol|haha|oh|ah|right|cool|thanks|thx|great|hmm|ok|okay|wait|go back|hold on|back to)\s+)*(?:and|what about|how about|what of|same for|same on|same with|same question for|same question on|same but for|same but on|same thing for|same thing on|same again for|also|then|ok|okay|so|now|or)\b/;
/** "No wait, I meant the Council", "sorry I meant in 2022", "correction: France": the question before, corrected. */
const CORRECTION =
  /^(?:(?:no|nope|wait|sorry|oops|actually|correction|lol|ok|okay|hmm|err|uh|my bad|i mean)\s+)*(?:i meant|i mean|meant|make that|i was asking about|correction)\b\s*/;
/** The words that name a body, in a question asked again about the other body. */
const BODY_WORDS = /\b(?:the )?(?:general assembly|security council|assembly|council|unga|unsc|ga|sc)\b/;
/** "List them", "name them", "which ones": the members counted in the answer before, listed. */
const LIST_THEM =
  /^(?:(?:ok|okay|and|so|now|can you|could you|pls|please)\s+)*(?:list|name|show) (?:them|those|the countries|the members)\b|^(?:which|who) (?:ones|are they|were they)\b|^(?:(?:and|ok|so)\s+)?(?:names|the names|their names|names please|names pls)$/;
/** Words that point back to something already named. */
const POINTS_BACK = /\b(?:it|its|they|them|their|that|those|this|these|he|she|his|her|else|one|same)\b/;
const YEAR = /\b(?:19[4-9]\d|20\d\d)\b/;
/** A vote named by symbol ("68/262", "ES-11/1", "2774"), and words that ask about time. */
const SYMBOL_REF = /\b(?:a\/res\/)?es[- ]?11[/ -]?\d\b|\b[67]\d[/ ]\d{3}\b|\b2774\b/;
const TIME_ASKED = /\b(?:how long|when|before|after|ago|days?|weeks?|months?|years?|since)\b/;

/** "the second vote", "the first one", "the other resolution": a vote counted among the day's. */
const ORDINAL_VOTE =
  /\b(?:the )?(first|second|third|last|other|council|assembly)(?: (?:ga|unga|assembly|general assembly|un))? (?:vote|one|resolution|text|ballot)\b/;
const DAY_ORDER = ['ga_es11_7', 'ga_es11_8', 'sc_2774'];
/** The day's votes as a question types them. */
const DAY_SYMBOLS: Record<string, string> = { ga_es11_7: 'es-11/7', ga_es11_8: 'es-11/8', sc_2774: '2774' };

function namesWho(p: Parsed): boolean {
  return (
    p.countries.length > 0 ||
    p.ambiguous.length > 0 ||
    p.nonMembers.length > 0 ||
    p.people.speakers.length > 0 ||
    p.people.unquoted !== null ||
    p.group !== null
  );
}

const namesVote = (p: Parsed): boolean =>
  p.votes.ids.length > 0 || p.votes.body !== null || p.votes.amendment || p.votes.otherSymbol !== null;

/** The vote an ordinal names, counted from the votes of the earlier question. */
function ordinalVote(text: string, earlier: Parsed): string | null {
  const m = ORDINAL_VOTE.exec(text);
  if (!m) return null;
  if (m[1] === 'council') return 'sc_2774';
  if (m[1] === 'other') {
    const before = earlier.votes.ids;
    if (before.length !== 1) return null;
    return before[0] === 'ga_es11_7' ? 'ga_es11_8' : before[0] === 'ga_es11_8' ? 'ga_es11_7' : null;
  }
  const index = { first: 0, second: 1, third: 2, last: 2 }[m[1] as 'first'];
  return index === undefined ? null : (DAY_ORDER[index] ?? null);
}

/** Words that ask something of their own: a follow-up with one keeps its wording and borrows only names. */
const ASKS =
  /\b(?:vot\w*|tally|count|how many|who|which|list|say|said|says|why|map|chart|quote\w*|abstain\w*|against|favou?r|support\w*|mean\w*|what is|whats|when|how long|binding|explain|tell)\b/;

/**
 * Is `later` a follow-up of the question before it? 'bare' when it only names something new ("and France?",
 * "what about the second vote?"): it is asked in the earlier question's words. 'cue' when it asks something
 * new about what was named before ("why?", "who else?", "and how did Kenya vote?"). Null when it stands alone.
 */
/** "Are you sure?", "is that right?", "I read something different": the earlier question, asked again. */
const CHALLENGE =
  /^(?:wait |hmm |but )?(?:are you sure|really|is that (?:right|correct|true|so)|you sure|sure about that|i read something (?:different|else)|that s not what i read|source|sources|says who|how do you know)\b/;
/** "Which member broke ranks?", "and the others?": a question about the group or list asked before. */
const ABOUT_THE_REST =
  /\b(?:broke ranks|break ranks|odd one out|the others|the rest|which member|any member|exceptions?|outliers?|holdouts?)\b/;

/** Courtesy that says nothing about what is asked: "thank you again", "pls". */
const POLITE =
  /\b(?:thank you(?: again| very much| so much)?|thanks(?: a lot| again)?|thx|ty|please|pls|plz|cheers)\b/g;

function isFollowUp(later: Parsed): 'bare' | 'cue' | null {
  const text = later.q.text;
  const words = text.replace(POLITE, ' ').split(' ').filter(Boolean).length;
  // "Help", "/votes help": asking for help is never about the question before.
  if (asksForHelp(text)) return null;
  if (CHALLENGE.test(text) && words <= 10) return 'bare';
  if (CORRECTION.test(text) && words <= 14) return 'bare';
  if (LIST_THEM.test(text) && words <= 8) return 'cue';
  // "How many of those also voted no in March 2022 on ES-11/1?": the members listed before, however long.
  if (THOSE.test(text) && words <= 20) return 'cue';
  const names = namesWho(later) || namesVote(later) || later.positions.length > 0 || YEAR.test(text);
  const short = words <= 9;
  // "And why did they abstain on the Ukrainian text in the GA?": a pronoun for who was asked about, longer.
  const pronounShort = words <= 13 && /\b(?:they|it|he|she|them|his|her|their|its)\b/.test(text);
  // "What about the G7 as a whole on that one?": a marked follow-up, longer, that names a group.
  const marked = MARKER.test(text) && (short || (words <= 13 && later.group !== null));
  // "And after the council vote?": the words that name a vote ask nothing of their own.
  const asking = later.q.words.filter((_, i) => !later.votes.masked.has(i)).join(' ');
  if (!ASKS.test(asking) && (names || ORDINAL_VOTE.test(text)) && (marked || words <= 3)) return 'bare';
  if (
    marked ||
    words <= 3 ||
    ((POINTS_BACK.test(text) || ABOUT_THE_REST.test(text)) && (short || pronounShort))
  )
    return 'cue';
  return null;
}

const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
/** A day and month before a year: "24 feb 2025", "february 24 2025". */
const DAY_AND_MONTH = new RegExp(
  String.raw`\b(?:on )?(?:\d{1,2}(?:st|nd|rd|th)? ${MONTH_WORD}|${MONTH_WORD} \d{1,2}(?:st|nd|rd|th)?) (?=(?:19|20)\d\d\b)`,
);
/** The earlier question's words with the later one's year in place of its own (or added). */
function withYear(q: Parsed['q'], year: string): Parsed['q'] {
  // "How did Argentina vote on 24 Feb 2025?" then "and back in 2022?": the year, not 24 February 2022.
  const undated = q.text.replace(DAY_AND_MONTH, '');
  const text = YEAR.test(undated) ? undated.replace(YEAR, year) : `${undated} in ${year}`;
  return { ...q, text, words: text.split(' ') };
}

/**
 * A question that no earlier one can change: `followUp` returns null for it whatever came before, so its answer
 * and what its conversation records depend on its words alone (the answer cache relies on this).
 */
export const standsAlone = (p: Parsed): boolean => isFollowUp(p) === null && !asksForCounted(p);

/**
 * A copy of a recorded question that a conversation can own: every array, set and map of it is new, so what a
 * later turn changes in place (settle.ts writes the votes of a follow-up, which may be the earlier question's)
 * cannot reach the answer cache's copy. Knowledge objects it points to are shared, as in the original.
 */
export function copyParsed(p: Parsed): Parsed {
  return {
    ...p,
    q: { ...p.q, words: [...p.q.words] },
    votes: {
      ...p.votes,
      ids: [...p.votes.ids],
      amendmentTopics: [...p.votes.amendmentTopics],
      masked: new Set(p.votes.masked),
    },
    people: { ...p.people, speakers: [...p.people.speakers], masked: new Set(p.people.masked) },
    countries: [...p.countries],
    countryAt: new Map(p.countryAt),
    ambiguous: p.ambiguous.map((m) => ({ ...m, names: [...m.names] })),
    nonMembers: [...p.nonMembers],
    readAs: p.readAs.map((r) => ({ ...r })),
    partsOf: p.partsOf.map((r) => ({ ...r })),
    group: p.group ? { ...p.group, members: [...p.group.members] } : null,
    positions: [...p.positions],
  };
}

/** The later question with what it leaves out taken from the earlier one; null when it stands alone. */
/** "Is X in G?", "was X part of G?": a question of membership, whose group a bare follow-up keeps. */
const MEMBERSHIP_ASKED = /^(?:is|was|are|were)\b.*\b(?:in|part of|a member of|member of|belong\w*)\b/;

/** "How many of them", "which of those": the members the earlier question listed. */
const OF_THEM = /\b(?:how many|which|who|any|did any) of (?:them|those|these)\b/;

/** "Anything that day", "any of the votes": no vote in particular. */
const ANY_VOTE =
  /\b(?:anything|any vote|any of the votes|any of them|that day|all (?:the )?votes|everything)\b/;

/** "Both of them", "the two of them": the two members named last in the conversation. */
const BOTH_OF_THEM =
  /\b(?:both of (?:them|those|these|these countries|those countries)|the two of them|them both|both (?:countries|members|states|nations))\b/;

/** The members named in a conversation, the latest last: the earlier question's, then this one's (at most four). */
export function mentionedAfter(earlier: Parsed | null, p: Parsed): string[] {
  const before = earlier ? (earlier.mentioned ?? earlier.countries) : [];
  const now = p.countries.filter((c) => !before.includes(c) || before.at(-1) !== c);
  return [...before.filter((c) => !now.includes(c)), ...now].slice(-4);
}

/** "Her country", "his government": the country of the speaker named before. */
const OWN_COUNTRY = /\b(?:her|his|their) (country|delegation|government|nation)\b/;

/** "And the council?", "what about the assembly": a body named alone at the end of a follow-up. */
const BODY_ALONE =
  /\b(?:the|in the|at the|on the) (?:(security council|council|unsc|sc)|(general assembly|assembly|unga|ga))\s*(?:too|then|one|vote)?\s*$/;

/** The follow-up with a body it names alone read as that body. */
function withBodyAlone(later: Parsed): Parsed {
  const m = BODY_ALONE.exec(later.q.text);
  if (!m || later.votes.body || later.votes.ids.length > 0) return later;
  return { ...later, votes: { ...later.votes, body: m[1] ? 'SC' : 'GA' } };
}

/**
 * The votes a follow-up names, read in the light of the question before: "the US text" after an Assembly question
 * is its Assembly vote (ES-11/8), not both of its votes.
 */
function votesNamed(later: Parsed, earlier: Parsed): string[] {
  const afterAssembly = earlier.votes.ids.length > 0 && earlier.votes.ids.every((id) => id.startsWith('ga_'));
  return later.votes.usDraftAmbiguous && afterAssembly ? ['ga_es11_8'] : later.votes.ids;
}

/** A count set beside another's: "is that more or less than in 2022?", "how does that compare with 2014". */
const SET_BESIDE = /\b(?:more|less|fewer|higher|lower|compar\w*|vs|versus|than|bigger|smaller)\b/;

/** Every member of a body: "and the whole council?", "the rest of the assembly". */
const WHOLE_BODY =
  /\b(?:whole|entire|full|rest of the|all of the|every member of the|everyone (?:on|in) the) (?:security council|council|unsc|sc|general assembly|assembly|ga|unga)\b/;
/** The vote as a whole: "what was the overall result?", "the final tally". */
const OVERALL = /\boverall\b|\bin total\b|\baltogether\b|\bfinal (?:tally|result|count|vote)\b/;

export function followUp(
  raw: Parsed,
  earlier: Parsed,
  speakerCountry?: (speaker: string) => string | null,
  /** The earlier and later votes on record a text names, by symbol ("68/262"): "the 2014 Crimea vote". */
  recordNamed?: (text: string) => string[],
): Parsed | null {
  const later = withBodyAlone(raw);
  // "Tally for 2774?" then "who were the 5?": the members counted before.
  const counted = namesWho(later) || namesVote(later) ? null : countedAsked(later, earlier);
  if (counted) return countedFollowUp(later, counted);
  const kind = isFollowUp(later);
  if (!kind) return null;
  const merged: Parsed = { ...later };
  const text = later.q.text;
  const namesNothing = !namesWho(later) && !namesVote(later) && later.positions.length === 0;
  const ordinal = namesVote(later) ? null : ordinalVote(text, earlier);
  // "How many were absent on ES-11/7?" then "list them": the members counted, listed.
  if (LIST_THEM.test(text) && earlier.positions.length > 0 && !namesWho(later)) {
    const asked = earlier.q.text.replace(
      /^(?:so |and |ok )?how many\b(?: (?:countries|members|states|nations))?/,
      '',
    );
    const listing = `which countries ${asked.trim()}`;
    return {
      ...merged,
      q: { ...later.q, text: listing, words: listing.split(' ') },
      positions: earlier.positions,
      votes: namesVote(later) ? later.votes : earlier.votes,
      group: earlier.group,
      countries: [],
      countryAt: new Map(),
    };
  }
  const those = namesWho(later) ? null : listedGroup(later, earlier);
  // "Did any of them vote against ES-11/7?", "how did those countries vote on the US text?": the members listed
  // before, as a group; "which of them still voted no in 2025?" is the set of both questions (below).
  // "Who abstained on 2774?" then "why did they abstain?": a few members listed are asked about one by one.
  const why = /\bwhy\b|\bexplain\w*|\breasons?\b|\bsay\b|\bsaid\b|\bjustif\w*/.test(text);
  if (those && why && !those.entry && those.members.length <= 6) {
    merged.countries = [...those.members];
    merged.countryAt = new Map(those.members.map((c) => [c, 0]));
    if (!namesVote(later)) merged.votes = earlier.votes;
    if (later.positions.length === 0) merged.positions = earlier.positions;
    return merged;
  }
  if (those && (!OF_THEM.test(text) || later.positions.length === 0 || /\bany of\b/.test(text))) {
    merged.group = those;
    // "2774's abstainers: how did they vote on ES-11/7?": the position names the members, not what is asked.
    if (/\bhow did (?:they|those|these|them)\b.*\bvote\b/.test(text)) merged.positions = [];
    merged.countries = [];
    merged.countryAt = new Map();
    merged.ambiguous = [];
    merged.nonMembers = [];
    // "And on ES-11/8: which of them changed?": the vote asked about before and the one named now.
    if (!namesVote(later)) merged.votes = earlier.votes;
    else {
      const named = votesNamed(later, earlier);
      const ids =
        CHANGED.test(text) && named.length === 1 && earlier.votes.ids.length === 1
          ? [...new Set([...earlier.votes.ids, ...named])]
          : named;
      merged.votes = { ...later.votes, ids, usDraftAmbiguous: false };
    }
    return merged;
  }
  // "How many of them still voted no in 2025?" after a list: the earlier question and this one, as one set.
  if (OF_THEM.test(text) && earlier.positions.length > 0) {
    const joined = `${earlier.q.text} and who ${text
      .replace(OF_THEM, '')
      .replace(/^\s*(?:and|so)\s+/, '')
      .trim()}`;
    merged.q = { ...later.q, text: joined, words: joined.split(' ') };
    return merged;
  }
  // "How many voted for ES-11/7?" then "is that more or less than in 2022?": the earlier count, set beside the year's.
  const years = text.match(new RegExp(YEAR.source, 'g'));
  if (
    years &&
    SET_BESIDE.test(text) &&
    !namesWho(later) &&
    !namesVote(later) &&
    !namesWho(earlier) &&
    earlier.votes.ids.length > 0
  ) {
    const beside = `${earlier.q.text} compared with ${years.join(' and ')}`;
    return { ...merged, q: { ...later.q, text: beside, words: beside.split(' ') }, votes: earlier.votes };
  }
  // "How did Slovenia vote on 2774?" then "and the whole council?": every member on the same vote.
  if (
    WHOLE_BODY.test(text) &&
    !namesWho(later) &&
    later.votes.ids.length === 0 &&
    earlier.votes.ids.length > 0
  ) {
    const whole = `how did the whole ${/\b(?:council|sc|unsc)\b/.test(text) ? 'council' : 'assembly'} vote`;
    return {
      ...merged,
      q: { ...later.q, text: whole, words: whole.split(' ') },
      votes: earlier.votes,
      countries: [],
      countryAt: new Map(),
      group: null,
    };
  }
  if (kind === 'bare') {
    // Asked in the earlier question's words, with the later one's names put in.
    // "What about in 2014 and 2022?": every year the follow-up names.
    const years = text.match(new RegExp(YEAR.source, 'g'));
    const year = years ? years.join(' and ') : undefined;
    merged.q = { ...(year ? withYear(earlier.q, year) : earlier.q), truncated: later.q.truncated };
    // "Tally for ES-11/1?" then "and the 2025 one?": the year named replaces the earlier vote's symbol.
    const symbolBefore = SYMBOL_REF.exec(merged.q.text)?.[0];
    if (year && symbolBefore && !SYMBOL_REF.test(text) && !namesVote(later) && !CHANGED.test(text)) {
      const unnamed = merged.q.text.replace(symbolBefore, 'the vote').replace(/\s+/g, ' ').trim();
      merged.q = { ...merged.q, text: unnamed, words: unnamed.split(' ') };
    }
    // "How many days since the ES-11/7 vote?" then "and since ES-11/1?": the symbol named now in its place.
    const [was, now] = [SYMBOL_REF.exec(merged.q.text)?.[0], SYMBOL_REF.exec(text)?.[0]];
    if (was && now && was !== now) {
      const swapped = merged.q.text.replace(was, now);
      merged.q = { ...merged.q, text: swapped, words: swapped.split(' ') };
    }
    // "Who abstained on the US one in the GA?" then "no, I meant the Council": the body named now.
    if (later.votes.body && later.votes.ids.length === 0) {
      const said = later.votes.body === 'SC' ? 'the security council' : 'the general assembly';
      const swapped = merged.q.text.replace(BODY_WORDS, said);
      merged.q = { ...merged.q, text: swapped, words: swapped.split(' ') };
      // The earlier question's votes in that body, else every vote of the body.
      const inBody = earlier.votes.ids.filter((id) =>
        id.startsWith(later.votes.body === 'SC' ? 'sc_' : 'ga_'),
      );
      merged.votes = { ...later.votes, ids: inBody.length > 0 ? inBody : (namedVotes(later) ?? []) };
    }
    // "What did Shea say before the GA vote?" then "and after the council vote?": the time asked now.
    const when = /\b(before|after)\b/.exec(text)?.[1];
    if (when && /\b(before|after)\b/.test(merged.q.text)) {
      const swapped = merged.q.text.replace(/\b(before|after)\b/, when);
      merged.q = { ...merged.q, text: swapped, words: swapped.split(' ') };
    }
  } else if (namesNothing && POINTS_BACK.test(text) && !namesWho(earlier) && !namesVote(earlier)) {
    // "What's a veto?" then "did anyone use one that day?": what "one" stands for is the earlier subject.
    const subject = earlier.q.words.filter((w) => w.length > 2 && !STOPWORDS.has(w) && !ASKS.test(w));
    const words = [...later.q.words, ...subject];
    merged.q = { ...later.q, words, text: words.join(' ') };
  } else if (!YEAR.test(text)) {
    // "How long ago was this?": the date the earlier question named is the one meant.
    const date = findDate(earlier.q.text, Number.NaN);
    if (date && !date.includes('NaN')) {
      const dated = `${text} on ${date.replace(/-/g, ' ')}`;
      merged.q = { ...later.q, text: dated, words: dated.split(' ') };
    } else if (
      TIME_ASKED.test(text) &&
      POINTS_BACK.test(text) &&
      earlier.votes.otherSymbol === null &&
      (earlier.votes.ids.length > 0 || earlier.votes.body !== null)
    ) {
      // "When did the GA vote on the Ukraine texts?" then "how long ago was that?": the day's votes.
      const voted = `${text} the votes`;
      merged.q = { ...later.q, text: voted, words: voted.split(' ') };
    }
  }
  // "How long before the 2025 votes was that?" after "when was 68/262 adopted?", "how did Hungary vote on that
  // one?" after "tell me about ES-11/1": "that" is the vote named before by its symbol.
  const symbol = SYMBOL_REF.exec(earlier.q.text)?.[0];
  const earlierVote = symbol !== undefined && !/\bes[- ]?11[/ -]?[78]\b|\b2774\b/.test(symbol);
  // "Who voted against ES-11/6?" then "and the abstainers?", "what was the overall result?": the same vote.
  const sameVoteAsked =
    later.positions.length > 0 || /\b(?:tally|result|results|count|numbers|outcome)\b/.test(text);
  if (
    symbol &&
    ((TIME_ASKED.test(text) && POINTS_BACK.test(text)) ||
      (earlierVote &&
        !namesVote(later) &&
        (!YEAR.test(text) || CHANGED.test(text)) &&
        (POINTS_BACK.test(text) || sameVoteAsked))) &&
    !merged.q.text.includes(symbol)
  ) {
    const referred = `${merged.q.text} ${symbol}`;
    merged.q = { ...merged.q, text: referred, words: referred.split(' ') };
  }
  // "Give me the 2014 Crimea vote tally" then "and Armenia's vote in it?": the vote on record named before.
  const onRecord = !symbol && earlier.votes.ids.length === 0 ? (recordNamed?.(earlier.q.text) ?? []) : [];
  if (
    onRecord.length > 0 &&
    onRecord.length <= 2 &&
    !namesVote(later) &&
    !YEAR.test(text) &&
    // "Tell me about the 2023 anniversary resolution" then "who voted against": the vote, left out, is that one.
    (kind === 'bare' || POINTS_BACK.test(text) || (!namesWho(later) && later.positions.length > 0)) &&
    !onRecord.some((s) => merged.q.text.includes(s))
  ) {
    const referred = `${merged.q.text} on ${onRecord.join(' and ')}`;
    merged.q = { ...merged.q, text: referred, words: referred.split(' ') };
  }
  // "How did Israel vote on ES-11/7?" then "did they vote differently on ES-11/1?": both votes, compared.
  if (later.votes.otherSymbol && CHANGED.test(text) && earlier.votes.ids.length > 0) {
    const named = earlier.votes.ids.map((id) => DAY_SYMBOLS[id]).filter((x): x is string => x !== undefined);
    const compared = `${merged.q.text} and ${named.join(' and ')}`;
    merged.q = { ...merged.q, text: compared, words: compared.split(' ') };
    merged.votes = { ...later.votes, ids: earlier.votes.ids, otherSymbol: null, bySymbol: true };
  }
  // "And how did her country vote?" after a speaker: the speaker's country.
  const own = OWN_COUNTRY.exec(text);
  const speaker = earlier.people.speakers[0];
  const country = own && speaker && !namesWho(later) ? speakerCountry?.(speaker) : null;
  // "How did Palau vote?", "and the Marshall Islands?", then "and both of them on ES-11/8?": the last two named.
  const pair = !namesWho(later) && BOTH_OF_THEM.test(text) ? (earlier.mentioned ?? []).slice(-2) : [];
  if (country) {
    merged.countries = [country];
    merged.countryAt = new Map([[country, later.q.words.indexOf(own![1]!)]]);
  } else if (pair.length === 2) {
    merged.countries = pair;
    merged.countryAt = new Map(pair.map((c, i) => [c, i]));
    merged.group = null;
  }
  // Who: kept when the follow-up names no one and asks about the same ("why?", "what did they say").
  // ("What was the overall result?" asks about the vote, not the member asked about before.)
  else if (
    !namesWho(later) &&
    !OVERALL.test(text) &&
    (kind === 'bare' || namesNothing || POINTS_BACK.test(text))
  ) {
    merged.countries = earlier.countries;
    merged.countryAt = earlier.countryAt;
    merged.ambiguous = earlier.ambiguous;
    merged.nonMembers = earlier.nonMembers;
    merged.people = earlier.people;
    merged.group = earlier.group;
  } else if (kind === 'bare') {
    // New names stand where the earlier ones stood in its wording: "what did [Barbara Woodward] say" + "and France?".
    const at = Math.min(earlier.q.words.length, ...earlier.countryAt.values());
    merged.countryAt = new Map(later.countries.map((c) => [c, at]));
    // "Is Saudi Arabia in BRICS?" then "and France?": the same group, asked of the new member.
    if (!later.group && earlier.group && MEMBERSHIP_ASKED.test(earlier.q.text)) merged.group = earlier.group;
    const person = [...earlier.people.masked].sort((a, b) => a - b);
    if (person.length > 0) {
      const named = text.replace(MARKER, '').trim().split(' ').filter(Boolean);
      const words = earlier.q.words.flatMap((w, i) =>
        i === person[0] ? named : person.includes(i) ? [] : [w],
      );
      merged.q = { ...merged.q, words, text: words.join(' ') };
    }
  }
  // "How did North Korea vote?" then "and the other Korea?": the one of the two not asked about before.
  const [twin] = later.ambiguous;
  if (twin && /\bother\b/.test(text) && twin.names.some((n) => earlier.countries.includes(n))) {
    const other = twin.names.filter((n) => !earlier.countries.includes(n));
    if (other.length === 1) {
      merged.countries = other;
      merged.countryAt = new Map([[other[0]!, twin.start]]);
      merged.ambiguous = [];
    }
  }
  // "And on Washington's?": the draft of the member named in the possessive, not the member.
  const possessive =
    /\bon (?:washington|america|the us|the u\.s\.|the americans?|kyiv|ukraine|the ukrainians?)['’]s\b/i.exec(
      later.q.display,
    )?.[0];
  if (possessive && !namesVote(later)) {
    const ids = /\b(?:kyiv|ukraine|ukrainians?)\b/i.test(possessive) ? ['ga_es11_7'] : ['ga_es11_8'];
    merged.votes = { ...later.votes, ids, usDraftAmbiguous: false };
    merged.countries = earlier.countries;
    merged.countryAt = earlier.countryAt;
    merged.q = earlier.q;
    return merged;
  }
  // "The US text" after a question about the Assembly: the US text in the Assembly.
  if (later.votes.usDraftAmbiguous)
    merged.votes = { ...later.votes, ids: votesNamed(later, earlier), usDraftAmbiguous: false };
  // "And in the council too": the votes asked before and this one.
  if (/\b(?:too|also|as well)\b/.test(text) && namesVote(later) && earlier.votes.ids.length > 0) {
    const now = namedVotes(merged) ?? [];
    merged.votes = { ...merged.votes, ids: [...new Set([...earlier.votes.ids, ...now])], body: null };
  }
  if (ordinal) merged.votes = { ...later.votes, ids: [ordinal], body: null, usDraftAmbiguous: false };
  // "Did China vote no on anything that day?": every vote of the day, not only the one asked about before.
  else if (!namesVote(later) && !ANY_VOTE.test(text)) merged.votes = earlier.votes;
  // Positions ("voted no"): kept for a bare follow-up, and for "who else?".
  if (later.positions.length === 0 && (kind === 'bare' || /\belse\b/.test(text)))
    merged.positions = earlier.positions;
  return merged;
}

/** The last question of each conversation, forgotten after `CONVERSATION_TTL_MS` of silence. */
export class Conversations {
  private readonly last = new Map<string, { p: Parsed; at: number }>();

  constructor(
    private readonly ttlMs = CONVERSATION_TTL_MS,
    private readonly max = MAX_CONVERSATIONS,
  ) {}

  recall(key: string, now: number): Parsed | null {
    const turn = this.last.get(key);
    if (!turn) return null;
    if (now - turn.at > this.ttlMs) {
      this.last.delete(key);
      return null;
    }
    return turn.p;
  }

  remember(key: string, p: Parsed, now: number): void {
    this.last.delete(key);
    this.last.set(key, { p, at: now });
    // The oldest conversation goes first (Map keeps insertion order, and remember re-inserts).
    if (this.last.size > this.max) this.last.delete(this.last.keys().next().value!);
  }
}
