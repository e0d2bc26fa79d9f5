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
  notSure,
  opinionRequest,
  otherVote,
  outOfScope,
  unknownCountry,
  unlistedGroup,
} from './answers/scope.ts';
import { tallyAnswer } from './answers/tally.ts';
import { whyCountryAnswer } from './answers/why.ts';
import { shortCountry } from './describe.ts';
import {
  GREETING,
  HELP_CUE,
  LIST_CUE,
  OFF_TOPIC,
  OTHER_VOTE_SUBJECTS,
  QUOTE_CUE,
  TALLY_CUE,
  VOTE_CUE,
} from './lexicon.ts';
import { DEFAULT_MAX_CHARS, foldText, normalizeQuestion } from './normalize.ts';
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

const ROLE =
  /\b(ambassador|envoy|representative|delegate|delegation|diplomat|mission|charge|spokes\w*|minister|permanent rep\w*|pr)\b/;
const WHY = /\bwhy\b|\breasons?\b|\bhow come\b|\bwhat made\b/;
const DOMAIN =
  /\b(un|united nations|vote[ds]?|voting|resolutions?|ukraine|russia|council|assembly|ga|sc|unga|unsc|amendments?|drafts?|tally|veto|abst\w*|sanctions?|war|peace|invasion|2774|es-11)\b/;
/** Words that make an unparsed question look like it is about the votes themselves. */
const VOTE_WORDS =
  /\b(vote[ds]?|voting|resolutions?|council|assembly|ga|sc|unga|unsc|amendments?|drafts?|tally|veto\w*|abst\w*|2774|es-11|symbols?|sponsors?)\b/;
/** Requests for a judgement: Plenary reports the record, it does not opine. */
const OPINION =
  /\b(your (opinion|view|take)|do you think|what do you (think|feel)|should (the|they|it|he|she|we|russia|ukraine|america)\b.*\b(have|be)\b|(is|was|were) (it|this|that|the (vote|votes|resolution|result|outcome)) (good|bad|right|wrong|fair|unfair|legitimate|justified)|who (will|is going to) win|war criminal)\b/;
const LOOSE_HELP =
  /\b(what commands|which commands|list of commands|what can (you|i) (do|ask)|how (do|can) i use (this|you|it|the bot|plenary)|how (does|do) (this|you|plenary) work)\b/;
const DIGEST_QUESTION =
  /\b(digests?|subscribe|subscription|unsubscribe|daily (update|summary|post|recap)s?)\b/;
/** Groups whose membership the fact base does not hold: said so, rather than guessed. */
const UNLISTED_GROUP =
  /\b(g7|g-7|g20|g-20|eu|european union|nato|brics|asean|african union|commonwealth|opec|arab league|oas|oic|sco) (countries|members|member states|states|nations|governments)\b|\bmembers of the (g7|g20|eu|european union|nato|brics|asean|african union|commonwealth|opec|arab league)\b/;
const NOT_A_NAME =
  /^(the|not|never|also|really|actually|they|it|you|we|i|he|she|everyone|everybody|countries|country|states|nations|members|people|others?|most|many|each|the world|world|europe|africa|asia|this|that|these|those|un|u\.n|the un|all|any|which|who)$/;
/** Topics that answer a "why" better than the country's positions do. */
const SPECIFIC_TOPICS = new Set([
  'veto',
  'why_date',
  'binding',
  'postpone',
  'presided',
  'sponsors',
  'symbols',
  'diplomatic_note',
]);
const LIKE = /\b(like|same (way )?as|alongside|along with|in line with|with)\b/;
const CHANGED = /\b(chang(e|ed|es|ing)|switch(ed|es)?|flip(ped|s)?|differ(ent|ently)?|shift(ed)?|moved)\b/;
const BOTH =
  /\bboth\b|\ball three\b|\beach of\b|\bevery (vote|resolution)\b|\ball (the )?(votes|resolutions)\b/;
const FOR_UKRAINE =
  /\b(against|for|with|support(ed|ing)?|back(ed|ing)?|oppos(ed|ing)?|behind|sided with) (the )?(ukraine|kyiv)\b/;

/** The words a person used for a country the router does not know ("Atlantis", "Wakanda"). */
function unknownCountryPhrase(p: Parsed): string | null {
  const patterns = [
    /\bhow (?:did|does|do|has|have|would|will) (?:the )?([a-z][a-z .-]{1,40}?) (?:vote|voted|votes|abstain|stand)\b/,
    /\b(?:position|vote|stance) of (?:the )?([a-z][a-z .-]{1,40}?)(?: on| in|$)/,
    /\bdid (?:the )?([a-z][a-z .-]{1,40}?) (?:vote|abstain|support|oppose)\b/,
  ];
  for (const re of patterns) {
    const m = re.exec(p.q.text);
    const phrase = m?.[1]?.trim();
    if (
      phrase &&
      !NOT_A_NAME.test(phrase) &&
      !/^(not|never|n t) /.test(phrase) &&
      !DOMAIN.test(phrase) &&
      !LIST_CUE.test(phrase)
    )
      return phrase;
  }
  return null;
}

/** The votes a question names, or the votes of the body it names; null when it names neither. */
function namedVotes(p: Parsed): string[] | null {
  if (p.votes.ids.length > 0) return p.votes.ids;
  if (p.votes.body === 'SC') return ['sc_2774'];
  if (p.votes.body === 'GA') return ['ga_es11_7', 'ga_es11_8'];
  return null;
}

function otherYear(text: string): string | null {
  const years = /\b(?:19[4-9]\d|20\d\d)\b/g;
  for (let m = years.exec(text); m !== null; m = years.exec(text)) if (m[0] !== '2025') return m[0];
  return null;
}

function routeCountries(k: Knowledge, p: Parsed): Answer {
  const t = p.q.text;
  const ids = p.votes.ids.length > 0 ? p.votes.ids : null;
  const voteish = VOTE_CUE.test(t) || /\bwhat did\b.*\bdo\b/.test(t);
  if (!voteish && !ids && (OFF_TOPIC.test(t) || p.q.words.length > 2 + p.countries.length * 3))
    return countryOffTopic(shortCountry(p.countries[0]!));
  if (p.countries.length === 1 && LIST_CUE.test(t) && LIKE.test(t))
    return listAnswer(k, { voteIds: ids, positions: null, group: null, like: p.countries[0]! });
  const note = p.votes.usDraftAmbiguous
    ? 'The US text was voted in both bodies (as amended in the General Assembly, unamended in the Security Council); both are shown.'
    : undefined;
  return countryAnswer(k, p.countries, ids, note, ids ? null : p.votes.body);
}

const PICTURE =
  /\b(map|maps|picture|pictures|image|chart|charts|graph|graphic|visuali[sz]e|visuali[sz]ation|draw|plot|diagram)\b/;

function route(k: Knowledge, p: Parsed, images: ImageProvider | undefined): Answer {
  const t = p.q.text;
  if (t.length === 0) return emptyQuestion();
  if (HELP_CUE.test(t) || LOOSE_HELP.test(t) || (GREETING.test(t) && p.q.words.length <= 4))
    return helpAnswer();
  if (DIGEST_QUESTION.test(t) && !p.votes.ids.length) return digestHelpAnswer();
  if (OPINION.test(t)) return opinionRequest();
  const unlisted = UNLISTED_GROUP.exec(t);
  if (unlisted) return unlistedGroup(unlisted[1]!.toUpperCase().replace('EUROPEAN UNION', 'EU'));
  if (p.votes.byId && !PICTURE.test(t)) return resolutionAnswer(k, p.votes.ids);
  if (PICTURE.test(t) && !otherYear(t) && !p.votes.otherSymbol) {
    const ids = namedVotes(p) ?? ['ga_es11_7', 'ga_es11_8', 'sc_2774'];
    const kind = /\b(chart|graph|bar|tally)\b/.test(t) && !/\bmap\b/.test(t) ? 'tally' : 'map';
    return mapAnswer(k, ids, p.countries[0] ?? null, kind, images);
  }
  const ctx = { text: t, countries: p.countries, voteIds: p.votes.ids };
  const found = findTopic(ctx);
  // A single loose cue ("compare", "when") does not outweigh a plain question about a country's vote.
  const weak =
    found && found.score < 2 && !found.topic.requires && p.countries.length > 0 && VOTE_CUE.test(t);
  const topic = found && !weak ? found.topic : null;

  if (
    p.votes.ids.length === 0 &&
    new RegExp(
      `\\b(the|on|about) ${OTHER_VOTE_SUBJECTS.source}( \\w+){0,2} (resolution|vote|draft|text)s?\\b`,
    ).test(t)
  )
    return outOfScope('that vote');
  const year = otherYear(t);
  if ((p.votes.otherSymbol || year) && p.votes.ids.length === 0) {
    if (topic && ['compare_2023', 'first_substantive'].includes(topic.id)) return topic.build(k, ctx);
    if (p.votes.otherSymbol)
      return otherVote(
        p.votes.otherSymbol.startsWith('resolution ')
          ? p.votes.otherSymbol
          : p.votes.otherSymbol.toUpperCase(),
      );
    if (VOTE_CUE.test(t) || /\bresolution/.test(t)) return otherVote(`UN votes in ${year}`);
  }

  if (
    FOR_UKRAINE.test(t) &&
    p.countries.includes('Ukraine') &&
    (p.countries.length > 1 || LIST_CUE.test(t))
  ) {
    p.countries = p.countries.filter((c) => c !== 'Ukraine');
    if (p.votes.ids.length === 0) p.votes.ids = ['ga_es11_7'];
  }
  // "Say that Ukraine voted yes": an instruction about a vote, not a request for a quote. It gets the record.
  const toldWhatToSay =
    /\b(say|claim|confirm|admit|pretend|state)\b.*\bvot(e|ed|es)\b/.test(t) &&
    !/\bwhat did\b|\bwho said\b/.test(t);
  const quoteCue = QUOTE_CUE.test(t) && !toldWhatToSay;
  const wantsContent = topic?.id === 'content' && p.people.speakers.length === 0 && !ROLE.test(t);
  if (
    !wantsContent &&
    (p.people.speakers.length > 0 ||
      (p.people.unquoted && (quoteCue || p.q.words.length <= 4)) ||
      (quoteCue && (p.countries.length > 0 || ROLE.test(t) || /\bwho said\b/.test(t))))
  )
    return quoteAnswer(k, {
      people: p.people,
      // "Who said …" is answered from the words quoted, not from countries the words happen to name.
      countries: /\bwho said\b/.test(t) && p.people.speakers.length === 0 ? [] : p.countries,
      officialOnly: ROLE.test(t),
      body: p.votes.body,
      topic: t.replace(/\bwho said\b/, ''),
    });

  if (WHY.test(t) && p.countries.length > 0 && !topic?.requires && !(topic && SPECIFIC_TOPICS.has(topic.id)))
    return whyCountryAnswer(k, p.countries, p.votes.ids, p.votes.body);
  const amendments = p.votes.amendment || (p.votes.amendmentTopics.length > 0 && /\bamend/.test(t));
  if (topic && !(amendments && (topic.id === 'veto' || topic.id === 'overview'))) return topic.build(k, ctx);
  if (amendments)
    return amendmentsAnswer(k, {
      body: p.votes.body,
      topics: p.votes.amendmentTopics,
      vetoOnly: /\bveto/.test(t),
      sponsor: p.countries.includes('Russian Federation')
        ? 'Russian'
        : /\beuropean|\be5\b|\beu\b/.test(t)
          ? 'European'
          : null,
      target: null,
      // "How did the US vote on the Russian amendment?": the countries asked about, not the sponsor named.
      focus: p.countries.filter((c) => !(c === 'Russian Federation' && /\brussian amendments?\b/.test(t))),
      adopted: /\b(pass(ed)?|adopted|approved|succeeded|accepted)\b/.test(t)
        ? true
        : /\b(fail(ed)?|rejected|defeated|blocked|vetoed|not adopted)\b/.test(t)
          ? false
          : null,
    });
  if (p.nonMembers.length > 0 && p.countries.length === 0) return nonMember(p.nonMembers[0]!);
  if (p.ambiguous.length > 0 && p.countries.length === 0)
    return clarifyCountry(p.ambiguous[0]!.phrase, p.ambiguous[0]!.names);

  if (CHANGED.test(t) && (LIST_CUE.test(t) || p.group) && !/\b2023\b/.test(t)) {
    const [a, b] = p.votes.ids.length >= 2 ? p.votes.ids : ['ga_es11_7', 'ga_es11_8'];
    return changesAnswer(k, a!, b!, p.group);
  }
  if (p.countries.length > 0) return routeCountries(k, p);
  if (
    /\bhow many\b/.test(t) &&
    !p.group &&
    p.positions.length <= 1 &&
    !LIST_CUE.test(t.replace(/\bhow many (countries|states|nations|members)\b/, ''))
  )
    return tallyAnswer(k, namedVotes(p));
  const unknown = unknownCountryPhrase(p);
  if (unknown) return unknownCountry(unknown);

  const ids = namedVotes(p);
  if (p.group)
    return listAnswer(k, {
      voteIds: ids,
      positions: p.positions.length > 0 ? p.positions : null,
      group: p.group,
      like: null,
    });
  if (/\bhow many\b/.test(t) && !p.group) return tallyAnswer(k, ids);
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

/** Suggestions come from a small set of phrasings, so their folded forms are kept (bounded). */
const foldedSuggestions = new Map<string, string>();
function foldSuggestion(s: string): string {
  let folded = foldedSuggestions.get(s);
  if (folded === undefined) {
    if (foldedSuggestions.size >= 2000) foldedSuggestions.clear();
    folded = foldText(s);
    foldedSuggestions.set(s, folded);
  }
  return folded;
}

function decorate(a: Answer, p: Parsed, maxChars: number): Answer {
  a.suggestions = a.suggestions.filter((s) => foldSuggestion(s) !== p.q.text);
  const notes: string[] = [];
  if (p.q.truncated) notes.push(`I read only the first ${maxChars} characters of your question.`);
  for (const r of p.readAs) notes.push(`I read “${r.phrase}” as ${r.name}.`);
  if (notes.length > 0) {
    a.blocks.unshift(...notes.map((text) => ({ type: 'note' as const, text })));
    if (p.readAs.length > 0) a.confidence = Math.min(a.confidence, 0.75);
  }
  return a;
}

export function createRouter(knowledge: Knowledge, opts: RouterOptions = {}): Router {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const matchers: Matchers = createMatchers(knowledge);
  return {
    knowledge,
    ask(question: string): Answer {
      try {
        const q = normalizeQuestion(typeof question === 'string' ? question : '', maxChars);
        const parsed = understand(knowledge, matchers, q);
        return decorate(route(knowledge, parsed, opts.images), parsed, maxChars);
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
