import { type Answer, emptyAnswer } from '../answer.ts';
import { FOREIGN_LANGS, type Lang } from '../i18n/lang.ts';
import { localize } from '../i18n/localize.ts';
import { readLanguage } from '../i18n/reading.ts';
import { Translator } from '../i18n/to-english.ts';
import type { Knowledge } from '../knowledge/model.ts';
import { AnswerCache, type AnswerCacheOptions, cacheKey, frozenCopy } from './answer-cache.ts';
import type { ImageProvider } from './answers/map.ts';
import { withBodyChecked } from './body-check.ts';
import { withClaimChecked } from './claim-check.ts';
import { answerCompound, inheritContext } from './compound.ts';
import { Conversations, copyParsed, followUp, mentionedAfter, standsAlone } from './conversation.ts';
import { countedIn } from './counted-set.ts';
import { isoDay } from './dates.ts';
import { decorate } from './decorate.ts';
import { historyVotesNamed } from './intents/history-votes.ts';
import type { Reading } from './intents/intent.ts';
import { answerBest } from './intents/registry.ts';
import { listedIn } from './listed-set.ts';
import { DEFAULT_MAX_CHARS, normalizeQuestion } from './normalize.ts';
import { resolveRelativeTime } from './relative-time.ts';
import { retrievalIndex } from './retrieve.ts';
import { settle } from './settle.ts';
import { createMatchers, type Matchers, type Parsed, understand } from './understand.ts';

export type Platform = 'console' | 'slack' | 'discord' | 'cli';

export interface AskContext {
  platform?: Platform;
  /**
   * Where the question is asked, as one key (console session, Slack thread or DM, Discord channel and user): a
   * follow-up there inherits what it leaves out from the question before it (see conversation.ts).
   */
  conversation?: string;
  /** The time of asking, when it is not the router's clock's (replays, evaluation). */
  now?: Date;
  /**
   * The language to answer in when the question itself does not say (a Discord user's locale). A question in
   * one of the supported languages is answered in its own language whatever this says.
   */
  lang?: Lang;
  /**
   * Answer in `lang` whatever the question's words: the adapter wrote the question itself from a command's
   * options ("how did France vote?" for `/votes country France`), so its English says nothing of the user's.
   */
  langIsTheUsers?: boolean;
}

export interface Router {
  /** Answers one free-text question. Never throws: every input gets an Answer. */
  ask(question: string, ctx?: AskContext): Answer;
  readonly knowledge: Knowledge;
  /** The answer cache, when there is one: its size and hit counts, for tests and benches. */
  readonly cache: AnswerCache | undefined;
}

export interface RouterOptions {
  maxChars?: number;
  /** Draws vote pictures for "show the map of…"; without it the router answers in text only. */
  images?: ImageProvider;
  /** Today's date for questions about time ("how long ago"); tests fix it. */
  clock?: () => Date;
  /**
   * Answers to repeated questions (answer-cache.ts), used only where the answer cannot depend on the
   * conversation; `false` turns it off. On by default.
   */
  answerCache?: AnswerCacheOptions | false;
}

/** What answering one question did besides the answer: whether it asked for pictures. */
interface Drawn {
  pictures: boolean;
}

/** Pictures drawn in the answer's language (their legend and title); English ones as they always were. */
function picturesIn(images: ImageProvider, lang: string): ImageProvider {
  return lang === 'en' ? images : (voteIds, o) => images(voteIds, { ...o, lang });
}

export function createRouter(knowledge: Knowledge, opts: RouterOptions = {}): Router {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const matchers: Matchers = createMatchers(knowledge);
  const conversations = new Conversations();
  // The retrieval index is built now, at load, not on the first question that needs it.
  retrievalIndex(knowledge);
  // Questions in other languages are read through a pre-pass into the English the intents understand.
  const translator = new Translator(knowledge);
  translator.warm(FOREIGN_LANGS);
  const parse = (text: string): Parsed => understand(knowledge, matchers, normalizeQuestion(text, maxChars));
  const clock = opts.clock ?? (() => new Date());
  const cache =
    opts.answerCache === false
      ? undefined
      : new AnswerCache({ maxQuestionChars: maxChars, ...opts.answerCache });
  const answer = (p: Parsed, now: Date, lang: string, drawn: Drawn): Answer => {
    const r: Reading = { k: knowledge, p: settle(p), t: p.q.text, now };
    if (opts.images) {
      const images = picturesIn(opts.images, lang);
      r.images = (voteIds, o) => {
        drawn.pictures = true;
        return images(voteIds, o);
      };
    }
    return decorate(
      withBodyChecked(knowledge, r.p, withClaimChecked(knowledge, r.p, answerBest(r))),
      p,
      maxChars,
    );
  };
  /** Votes on record a question names ("the 2014 Crimea vote"), by the symbols a question can type. */
  const recordNamed = (text: string): string[] =>
    historyVotesNamed(knowledge, text)
      .filter((v) => v.symbolConfirmed)
      .map((v) => v.symbol.replace(/^A\/RES\//, '').toLowerCase());
  /** A speaker's country ("and how did her country vote?"), from the statements and quotes held. */
  const speakerCountry = (speaker: string): string | null =>
    knowledge.statements.find(
      (s) => s.speaker === speaker && s.country && knowledge.memberByName.has(s.country),
    )?.country ??
    knowledge.quotes.find((q) => q.speaker === speaker && knowledge.memberByName.has(q.country))?.country ??
    null;
  /**
   * The question as asked, or as a follow-up of the last one in its conversation. `alone`: what was read is the
   * question by itself (no earlier one, or not a follow-up of it), so its answer depends on its words alone;
   * `standsAlone`: no earlier question could have changed it (read before answering: settle() changes it).
   */
  const read = (question: string, key: string | undefined, now: number) => {
    const p = parse(question);
    const alone = standsAlone(p);
    const earlier = key ? conversations.recall(key, now) : null;
    const merged = (earlier && p.q.text.length > 0 && followUp(p, earlier, speakerCountry, recordNamed)) || p;
    if (merged !== p) followUps.add(merged);
    merged.mentioned = mentionedAfter(earlier, merged);
    if (key && merged.q.text.length > 0) conversations.remember(key, merged, now);
    return { whole: merged, alone: merged === p, standsAlone: alone };
  };
  /**
   * A cached answer, when the conversation holds nothing that could change it: no live earlier question, or a
   * question that no earlier one can change (`standsAlone`: followUp() returns null for it whatever came before,
   * so read() would record it as it is). Recorded in the conversation as read() records it.
   */
  const cached = (cacheAs: string, key: string | undefined, now: number): Answer | undefined => {
    const entry = cache?.get(cacheAs);
    if (!entry) return undefined;
    if (key && !entry.standsAlone && conversations.recall(key, now) !== null) return undefined;
    if (key && entry.parsed) {
      // The members named so far are this conversation's, not those of the one that first asked it.
      const copy = copyParsed(entry.parsed);
      copy.mentioned = mentionedAfter(conversations.recall(key, now), copy);
      conversations.remember(key, copy, now);
    }
    cache!.hits++;
    return entry.answer;
  };
  /** Answers as if nothing were cached, and keeps the answer when it may be served again (cacheAs). */
  const uncached = (text: string, ctx: AskContext, now: Date, cacheAs: string | undefined): Answer => {
    const language =
      ctx.langIsTheUsers && ctx.lang
        ? { text, lang: ctx.lang, note: null }
        : readLanguage(translator, text, ctx.lang);
    const read1 = read(resolveRelativeTime(knowledge, language.text, now), ctx.conversation, now.getTime());
    const { whole } = read1;
    const lang = language.lang;
    const drawn: Drawn = { pictures: false };
    const reply = answerCompound(
      whole.q.text,
      answer(whole, now, lang, drawn),
      (first, second) => {
        const [a, b] = [parse(first), parse(second)];
        // A follow-up's halves keep what the conversation gave it ("russia voted FOR it?": "it" is 2774).
        if (followUps.has(whole)) inheritContext(a, whole);
        inheritContext(b, a);
        return [answer(a, now, lang, drawn), answer(b, now, lang, drawn)];
      },
      whole.q.display,
    );
    // What the answer listed, for "how did those countries vote on …?" asked next in the conversation (kept with
    // the cached copy too, so a conversation served from the cache can point back to it).
    whole.listed = listedIn(reply);
    whole.counted = countedIn(knowledge, reply);
    const localized = localize(knowledge, reply, language);
    if (cache && cacheAs !== undefined) cache.misses++;
    // Pictures are files that may be drawn again or fail to draw next time: such answers are not kept.
    if (!cache || cacheAs === undefined || !read1.alone || drawn.pictures || localized.kind === 'error')
      return localized;
    const frozen = frozenCopy(localized);
    if (!frozen) return localized;
    cache.set(cacheAs, {
      answer: frozen.value,
      parsed: whole.q.text.length > 0 ? copyParsed(whole) : null,
      standsAlone: read1.standsAlone,
      chars: frozen.chars,
    });
    return frozen.value;
  };
  /** Questions read as follow-ups: their halves, when they ask two things, keep what the conversation gave. */
  const followUps = new WeakSet<Parsed>();
  return {
    knowledge,
    cache,
    ask(question: string, ctx: AskContext = {}): Answer {
      try {
        const now = ctx.now ?? clock();
        const text = typeof question === 'string' ? question : '';
        const key =
          cache && text.length <= cache.maxQuestionChars
            ? cacheKey({
                question: text,
                lang: ctx.lang,
                langIsTheUsers: ctx.langIsTheUsers === true,
                day: isoDay(now),
                knowledgeVersion: knowledge.version,
              })
            : undefined;
        return (
          (key !== undefined && cached(key, ctx.conversation, now.getTime())) || uncached(text, ctx, now, key)
        );
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
