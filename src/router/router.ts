import { type Answer, emptyAnswer } from '../answer.ts';
import { FOREIGN_LANGS, type Lang } from '../i18n/lang.ts';
import { localize } from '../i18n/localize.ts';
import { readLanguage } from '../i18n/reading.ts';
import { Translator } from '../i18n/to-english.ts';
import type { Knowledge } from '../knowledge/model.ts';
import type { ImageProvider } from './answers/map.ts';
import { answerCompound, inheritContext } from './compound.ts';
import { Conversations, followUp } from './conversation.ts';
import { decorate } from './decorate.ts';
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
}

export interface RouterOptions {
  maxChars?: number;
  /** Draws vote pictures for "show the map of…"; without it the router answers in text only. */
  images?: ImageProvider;
  /** Today's date for questions about time ("how long ago"); tests fix it. */
  clock?: () => Date;
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
  const answer = (p: Parsed, now: Date, lang: string): Answer => {
    const r: Reading = { k: knowledge, p: settle(p), t: p.q.text, now };
    if (opts.images) r.images = picturesIn(opts.images, lang);
    return decorate(answerBest(r), p, maxChars);
  };
  /** A speaker's country ("and how did her country vote?"), from the statements and quotes held. */
  const speakerCountry = (speaker: string): string | null =>
    knowledge.statements.find(
      (s) => s.speaker === speaker && s.country && knowledge.memberByName.has(s.country),
    )?.country ??
    knowledge.quotes.find((q) => q.speaker === speaker && knowledge.memberByName.has(q.country))?.country ??
    null;
  /** The question as asked, or as a follow-up of the last one in its conversation. */
  const read = (question: string, key: string | undefined, now: number): Parsed => {
    const p = parse(question);
    const earlier = key ? conversations.recall(key, now) : null;
    const merged = (earlier && p.q.text.length > 0 && followUp(p, earlier, speakerCountry)) || p;
    if (merged !== p) followUps.add(merged);
    if (key && merged.q.text.length > 0) conversations.remember(key, merged, now);
    return merged;
  };
  /** Questions read as follow-ups: their halves, when they ask two things, keep what the conversation gave. */
  const followUps = new WeakSet<Parsed>();
  return {
    knowledge,
    ask(question: string, ctx: AskContext = {}): Answer {
      try {
        const now = ctx.now ?? clock();
        const text = typeof question === 'string' ? question : '';
        const language =
          ctx.langIsTheUsers && ctx.lang
            ? { text, lang: ctx.lang, note: null }
            : readLanguage(translator, text, ctx.lang);
        const whole = read(
          resolveRelativeTime(knowledge, language.text, now),
          ctx.conversation,
          now.getTime(),
        );
        const lang = language.lang;
        const reply = answerCompound(
          whole.q.text,
          answer(whole, now, lang),
          (first, second) => {
            const [a, b] = [parse(first), parse(second)];
            // A follow-up's halves keep what the conversation gave it ("russia voted FOR it?": "it" is 2774).
            if (followUps.has(whole)) inheritContext(a, whole);
            inheritContext(b, a);
            return [answer(a, now, lang), answer(b, now, lang)];
          },
          whole.q.display,
        );
        // What the answer listed, for "how did those countries vote on …?" asked next in the conversation.
        if (ctx.conversation) whole.listed = listedIn(reply);
        return localize(knowledge, reply, language);
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
