import { type Answer, emptyAnswer } from '../answer.ts';
import type { Knowledge } from '../knowledge/model.ts';
import { amendmentsAnswer } from './answers/amendments.ts';
import { countryAnswer } from './answers/country.ts';
import { findTopic } from './answers/explain.ts';
import { digestHelpAnswer, helpAnswer } from './answers/help.ts';
import { changesAnswer, listAnswer } from './answers/list.ts';
import { type ImageProvider, mapAnswer } from './answers/map.ts';
import { quoteAnswer } from './answers/quote.ts';
import { resolutionAnswer } from './answers/resolution.ts';
import {
  clarifyCountry,
  countryOffTopic,
  emptyQuestion,
  nonMember,
  nonMemberSentence,
  notSure,
  opinionRequest,
  otherVote,
  outOfScope,
  unknownCountry,
  unlistedGroup,
} from './answers/scope.ts';
import { tallyAnswer } from './answers/tally.ts';
import { whyCountryAnswer } from './answers/why.ts';
import { answerCompound, inheritContext } from './compound.ts';
import {
  AMENDMENT_SAYS,
  BOTH,
  CHANGE_OF_VOTE,
  CHANGED,
  CHECK_A_CLAIM,
  DIGEST_QUESTION,
  EARLIER_TOPICS,
  EXCEPT,
  FOR_UKRAINE,
  FUTURE,
  LIKE,
  LOOSE_HELP,
  MOVED,
  OPINION,
  OTHER_TIME,
  ROLE,
  RUSSIAN_AMENDMENT,
  SPECIFIC_TOPICS,
  UNLISTED_GROUP,
  unlistedLabel,
  VOTE_WORDS,
  WHO_ASKS,
  WHO_SAID,
  WHY,
} from './cues.ts';
import { membersLabel } from './data-groups.ts';
import { decorate } from './decorate.ts';
import { shortCountry } from './describe.ts';
import { DEFINE_SCORE, defineIntent } from './intents/define.ts';
import {
  GREETING,
  HELP_CUE,
  LIST_CUE,
  OFF_TOPIC,
  OTHER_BODIES,
  QUOTE_CUE,
  STRONG_OFF_TOPIC,
  TALLY_CUE,
  VOTE_CUE,
} from './lexicon.ts';
import { DEFAULT_MAX_CHARS, normalizeQuestion } from './normalize.ts';
import {
  asksOtherVote,
  bodyOfVotes,
  joinedWith,
  namedAsObject,
  namedVotes,
  otherYear,
  speakingCountries,
  unknownCountryPhrase,
  votesTaken,
} from './readings.ts';
import { createMatchers, type Matchers, type Parsed, understand } from './understand.ts';

export type Platform = 'console' | 'slack' | 'discord' | 'cli';

export interface AskContext {
  platform?: Platform;
}

export interface Router {
  /** Answers one free-text question. Never throws: every input gets an Answer. */
  ask(question: string, ctx?: AskContext): Answer;
  readonly knowledge: Knowledge;
}

export interface RouterOptions {
  maxChars?: number;
  /** Draws vote pictures for "show the map of…"; without it the router answers in text only. */
  images?: ImageProvider;
}

function routeCountries(k: Knowledge, p: Parsed): Answer {
  const t = p.q.text;
  const ids = p.votes.ids.length > 0 ? p.votes.ids : null;
  const voteish = VOTE_CUE.test(t) || /\bwhat did\b.*\bdo\b/.test(t);
  if (
    !voteish &&
    !ids &&
    !VOTE_WORDS.test(t) &&
    (OFF_TOPIC.test(t) || p.q.words.length > 2 + p.countries.length * 3)
  )
    return countryOffTopic(shortCountry(p.countries[0]!));
  if (p.countries.length === 1 && (LIST_CUE.test(t) || /\bhow many\b/.test(t)) && LIKE.test(t))
    return listAnswer(k, { voteIds: ids, positions: null, group: null, like: p.countries[0]! });
  const notes = p.nonMembers.map(nonMemberSentence);
  if (p.votes.usDraftAmbiguous)
    notes.push(
      'The US text was voted in both bodies (as amended in the General Assembly, unamended in the Security Council); both are shown.',
    );
  return countryAnswer(k, p.countries, ids, notes.join(' ') || undefined, ids ? null : p.votes.body);
}

const PICTURE =
  /\b(map|maps|picture|pictures|image|chart|charts|graph|graphic|visuali[sz]e|visuali[sz]ation|draw|plot|diagram)\b/;

/**
 * How members moved between two votes: "which countries changed their vote", "who voted yes on ES-11/7 but
 * abstained on ES-11/8", "who switched from against to abstain". Null when the question is not about that.
 */
function routeMoves(k: Knowledge, p: Parsed): Answer | null {
  const t = p.q.text;
  if (p.countries.length > 0 || /\b2023\b/.test(t)) return null;
  const [a, b] = p.votes.ids.length >= 2 ? p.votes.ids : ['ga_es11_7', 'ga_es11_8'];
  const named = p.positions.length === 2 && (p.votes.ids.length === 2 || CHANGED.test(t) || MOVED.test(t));
  if (named) return changesAnswer(k, a!, b!, p.group, [p.positions[0]!, p.positions[1]!]);
  if (CHANGED.test(t) && CHANGE_OF_VOTE.test(t) && (LIST_CUE.test(t) || p.group))
    return changesAnswer(k, a!, b!, p.group);
  return null;
}

/** "Who voted against it besides the US?": the list without the countries named, or who voted like them. */
function routeExcept(k: Knowledge, p: Parsed): Answer {
  const voteIds = namedVotes(p);
  if (p.positions.length === 0)
    return listAnswer(k, {
      voteIds,
      positions: null,
      group: p.group,
      like: p.countries[0]!,
      exclude: p.countries,
    });
  return listAnswer(k, { voteIds, positions: p.positions, group: p.group, like: null, exclude: p.countries });
}

function route(k: Knowledge, p: Parsed, images: ImageProvider | undefined): Answer {
  const t = p.q.text;
  if (t.length === 0) return /^\?+$/.test(p.q.display) ? helpAnswer() : emptyQuestion();
  const namesSomething = p.countries.length > 0 || p.votes.ids.length > 0 || p.group !== null;
  if (
    HELP_CUE.test(t) ||
    LOOSE_HELP.test(t) ||
    (GREETING.test(t) && p.q.words.length <= 4 && !namesSomething)
  )
    return helpAnswer();
  if (DIGEST_QUESTION.test(t) && !p.votes.ids.length) return digestHelpAnswer();
  // "…, is that right?", "is the article right that…" ask to check a fact, not for a judgement.
  if (OPINION.test(t.replace(CHECK_A_CLAIM, ''))) return opinionRequest();
  if (FUTURE.test(t) && !p.votes.bySymbol) return outOfScope('what comes next');
  // "How did France vote in UNESCO?": a vote of another body, even when "council" reads as the Security Council.
  if (OTHER_BODIES.test(t) && VOTE_CUE.test(t) && !p.votes.bySymbol && !p.votes.byId)
    return outOfScope('a vote in another body');
  // Definitions and the plain story of the day (an intent module; the registry will score it with the others).
  const reading = { k, p, t, now: new Date() };
  if ((defineIntent.match(reading) ?? 0) >= DEFINE_SCORE.asked) return defineIntent.answer(reading);
  const held = p.group?.entry;
  const unlisted = held ? null : UNLISTED_GROUP.exec(t);
  // "What did the G7 say?": statements by an organisation are not in the fact base; its members' votes are.
  if (
    (held || unlisted) &&
    QUOTE_CUE.test(t) &&
    !VOTE_CUE.test(t.replace(/\babout (the|these|this|its|their) votes?\b/, ''))
  )
    return outOfScope(`what ${held ? membersLabel(held) : unlistedLabel(unlisted![0])} said`);
  if (unlisted) return unlistedGroup(unlistedLabel(unlisted[0]));
  if (p.votes.ids.length === 0 && (STRONG_OFF_TOPIC.test(t) || (OFF_TOPIC.test(t) && !VOTE_WORDS.test(t))))
    return p.countries.length > 0 ? countryOffTopic(shortCountry(p.countries[0]!)) : outOfScope();
  if (p.votes.byId && !PICTURE.test(t)) return resolutionAnswer(k, p.votes.ids);
  if (PICTURE.test(t) && !otherYear(t) && !p.votes.otherSymbol) {
    const ids = namedVotes(p) ?? ['ga_es11_7', 'ga_es11_8', 'sc_2774'];
    const kind = /\b(chart|graph|bar|tally)\b/.test(t) && !/\bmap\b/.test(t) ? 'tally' : 'map';
    return mapAnswer(k, ids, p.countries[0] ?? null, kind, images);
  }
  const ctx = { text: t, countries: p.countries, voteIds: p.votes.ids };
  const found = findTopic(ctx, k);
  // A topic's own subject ("civilians killed", "Macron") outweighs the country or speaker it names.
  const strong = found?.topic.strong?.test(t) === true;
  // A single loose cue ("compare", "when") does not outweigh a plain question about a country's vote.
  const weak =
    found &&
    !strong &&
    found.score < 2 &&
    !found.topic.requires &&
    p.countries.length > 0 &&
    VOTE_CUE.test(t);
  const topic = found && !weak ? found.topic : null;

  if (asksOtherVote(p)) return outOfScope('that vote');
  const year = otherYear(t);
  const otherWhen = year
    ? `in ${year}`
    : (OTHER_TIME.exec(t)?.[0].replace(
        / ([a-z])(\w+ber|uary|ril|ne|ly|gust)$/,
        (_, c: string, r: string) => ` ${c.toUpperCase()}${r}`,
      ) ?? null);
  if ((p.votes.otherSymbol || otherWhen) && !p.votes.bySymbol) {
    // The 2023 comparison is of General Assembly texts: the Council in 2023 is another vote.
    const earlier =
      EARLIER_TOPICS.has(topic?.id ?? '') || (topic?.id === 'compare_2023' && p.votes.body !== 'SC');
    if (topic && earlier) return topic.build(k, ctx);
    if (p.votes.otherSymbol)
      return otherVote(
        p.votes.otherSymbol.startsWith('resolution ')
          ? p.votes.otherSymbol
          : p.votes.otherSymbol.toUpperCase(),
      );
    if (VOTE_CUE.test(t) || /\bresolution/.test(t) || topic?.id === 'overview')
      return otherVote(`UN votes ${otherWhen}`);
  }

  // "Did the Holy See support Ukraine?": the non-member is asked about, the members only named after it.
  if (p.nonMembers.length > 0 && p.countries.every((c) => namedAsObject(p, c))) p.countries = [];
  if (
    FOR_UKRAINE.test(t) &&
    p.countries.includes('Ukraine') &&
    (p.countries.length > 1 || LIST_CUE.test(t))
  ) {
    p.countries = p.countries.filter((c) => c !== 'Ukraine');
    // "Against Ukraine and then abstained on the US text": Ukraine's text is the first of the votes compared.
    if (p.votes.ids.length === 0) p.votes.ids = ['ga_es11_7'];
    else if (MOVED.test(t) && !p.votes.ids.includes('ga_es11_7')) p.votes.ids.unshift('ga_es11_7');
    // "Who sided with Ukraine?": for its text; "against Ukraine": against it.
    if (p.positions.length === 0)
      p.positions = [/\b(against|oppos\w*) (the )?(ukraine|kyiv)\b/.test(t) ? 'no' : 'yes'];
  }
  // "Say that Ukraine voted yes", "the article says Ukraine supported it": claims about a vote, not requests
  // for a quote. They get the record.
  const toldWhatToSay =
    /\b(say|says|said|claim|claims|claimed|confirm|admit|pretend|state|report|reports|reported)\b.*\b(vot(e|ed|es)|support(ed|s)?|back(ed|s)?|oppos(e|ed|es)|abstain(ed|s)?)\b/.test(
      t,
    ) &&
    !/\bwhat did\b/.test(t) &&
    !WHO_SAID.test(t);
  // "What did the European amendments say?": the words of a text, not of a speaker.
  const textSays = p.votes.amendment && AMENDMENT_SAYS.test(t) && !ROLE.test(t) && !WHO_SAID.test(t);
  const quoteCue = QUOTE_CUE.test(t) && !toldWhatToSay && !textSays;
  const wantsContent = topic?.id === 'content' && p.people.speakers.length === 0 && !ROLE.test(t);
  // "Quotes from the Council debate", "what was said in the Assembly": the words spoken in that body.
  const fromBody = quoteCue && p.votes.body !== null && p.votes.ids.length === 0 && !topic;
  if (
    !wantsContent &&
    !(strong && !p.people.unquoted) &&
    (p.people.speakers.length > 0 ||
      (p.people.unquoted && (quoteCue || p.q.words.length <= 4)) ||
      fromBody ||
      (quoteCue && (p.countries.length > 0 || ROLE.test(t) || WHO_SAID.test(t))))
  )
    return quoteAnswer(k, {
      people: p.people,
      // "Who said …" is answered from the words quoted, not from countries the words happen to name.
      countries: WHO_SAID.test(t) && p.people.speakers.length === 0 ? [] : speakingCountries(p),
      officialOnly: ROLE.test(t),
      body: p.votes.body,
      topic: t.replace(WHO_SAID, ''),
      byWords: WHO_SAID.test(t),
    });

  // "Why did France want to delay the vote?": a topic of its own answers the why, even when named weakly.
  if (WHY.test(t) && found && !topic && SPECIFIC_TOPICS.has(found.topic.id)) return found.topic.build(k, ctx);
  if (WHY.test(t) && p.countries.length > 0 && !topic?.requires && !(topic && SPECIFIC_TOPICS.has(topic.id)))
    return whyCountryAnswer(
      k,
      p.countries,
      p.votes.ids.length > 0 ? p.votes.ids : votesTaken(k, p),
      p.votes.body,
    );
  const amendments = p.votes.amendment || (p.votes.amendmentTopics.length > 0 && /\bamend/.test(t));
  if (topic && !(amendments && ['veto', 'overview', 'sponsors', 'binding'].includes(topic.id)))
    return topic.build(k, ctx);
  if (amendments)
    return amendmentsAnswer(k, {
      body: p.votes.body ?? bodyOfVotes(k, p.votes.ids),
      topics: p.votes.amendmentTopics,
      vetoOnly: /\bveto/.test(t),
      sponsor: RUSSIAN_AMENDMENT.test(t) ? 'Russian' : /\beuropean|\be5\b|\beu\b/.test(t) ? 'European' : null,
      target: null,
      // "How did the US vote on the Russian amendment?": the countries asked about, not the sponsor named.
      focus: p.countries.filter((c) => !(c === 'Russian Federation' && RUSSIAN_AMENDMENT.test(t))),
      adopted: /\b(pass(ed)?|adopted|approved|succeeded|accepted)\b/.test(t)
        ? true
        : /\b(fail(ed)?|rejected|defeated|blocked|vetoed|not adopted)\b/.test(t)
          ? false
          : null,
    });
  if (p.nonMembers.length > 0 && p.countries.length === 0) return nonMember(p.nonMembers[0]!);
  if (p.ambiguous.length > 0 && p.countries.length === 0)
    return clarifyCountry(p.ambiguous[0]!.phrase, p.ambiguous[0]!.names);

  const moves = routeMoves(k, p);
  if (moves) return moves;
  if (p.countries.length > 0 && EXCEPT.test(t) && LIST_CUE.test(t)) return routeExcept(k, p);
  // "Who sided with Russia and the US against ES-11/7?": everyone in that position, the countries named included.
  if (
    WHO_ASKS.test(t) &&
    p.positions.length === 1 &&
    p.countries.length > 0 &&
    joinedWith(p, p.countries[0]!)
  )
    return listAnswer(k, { voteIds: namedVotes(p), positions: p.positions, group: p.group, like: null });
  if (p.countries.length > 0) return routeCountries(k, p);
  if (
    /\bhow many\b/.test(t) &&
    !p.group &&
    p.positions.length <= 1 &&
    !(BOTH.test(t) && p.positions.length === 1) &&
    !LIST_CUE.test(t.replace(/\bhow many (countries|states|nations|members)\b/, ''))
  )
    return tallyAnswer(k, namedVotes(p));
  const unknown = p.group ? null : unknownCountryPhrase(p);
  if (unknown) return unknownCountry(unknown);

  const ids = namedVotes(p);
  if (p.group)
    return listAnswer(k, {
      voteIds: ids,
      positions: p.positions.length > 0 ? p.positions : null,
      group: p.group,
      like: null,
    });
  if (/\bhow many\b/.test(t) && !(BOTH.test(t) && p.positions.length === 1)) return tallyAnswer(k, ids);
  if (p.positions.length > 0 && (LIST_CUE.test(t) || ids))
    return listAnswer(k, {
      voteIds: ids,
      positions: p.positions,
      group: null,
      like: null,
      intersect: BOTH.test(t),
    });
  if (TALLY_CUE.test(t) || (ids && VOTE_CUE.test(t))) return tallyAnswer(k, ids);
  if (ids) return resolutionAnswer(k, ids);
  // About the votes but not understood: say so. About the war or the world in general: out of scope.
  if (VOTE_WORDS.test(t)) return notSure();
  return outOfScope();
}

export function createRouter(knowledge: Knowledge, opts: RouterOptions = {}): Router {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const matchers: Matchers = createMatchers(knowledge);
  const parse = (text: string): Parsed => understand(knowledge, matchers, normalizeQuestion(text, maxChars));
  const answer = (p: Parsed): Answer => decorate(route(knowledge, p, opts.images), p, maxChars);
  return {
    knowledge,
    ask(question: string): Answer {
      try {
        const whole = parse(typeof question === 'string' ? question : '');
        return answerCompound(whole.q.text, answer(whole), (first, second) => {
          const [a, b] = [parse(first), parse(second)];
          inheritContext(b, a);
          return [answer(a), answer(b)];
        });
      } catch {
        const a = emptyAnswer(
          'no_answer',
          'error',
          'Sorry, something went wrong while answering. Please try rephrasing.',
        );
        return { ...a, kind: 'error', code: 'internal' };
      }
    },
  };
}
