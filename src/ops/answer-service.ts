import { type Answer, emptyAnswer } from '../answer.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Platform, Router } from '../router/router.ts';
import type { Metrics } from './metrics.ts';
import type { RateDecision, RateLimiter } from './rate-limit.ts';

export interface QuestionRequest {
  platform: Platform;
  workspaceId: string;
  channelId: string;
  userId: string;
  /** A thread within the channel (Slack thread_ts), when the question is asked in one. */
  threadId?: string;
  text: string;
  /** The user's language on the platform (Discord's locale), when it is one Plenary answers in. */
  lang?: Lang;
  /** The adapter wrote `text` from a command's options: answer in `lang` whatever its words. */
  langIsTheUsers?: boolean;
}

/** One conversation per user in a channel (and thread): where follow-ups find the question before. */
export const conversationKey = (req: QuestionRequest): string =>
  [req.platform, req.workspaceId, req.channelId, req.threadId ?? '', req.userId].join(':');

/**
 * What an adapter does with a question: post the answer, post a one-off "slow down" notice, or nothing (an
 * adapter whose platform shows an error for an unanswered command may reply in one line: `retryAfterMs`).
 */
export type ServiceReply =
  | { type: 'answer'; answer: Answer }
  | { type: 'limited'; answer: Answer }
  | { type: 'silent'; retryAfterMs: number };

export interface AnswerService {
  ask(req: QuestionRequest): Promise<ServiceReply>;
}

export interface AnswerServiceDeps {
  router: Router;
  limiter?: RateLimiter;
  metrics?: Metrics;
}

function slowDown(scope: 'user' | 'channel', retryAfterMs: number): Answer {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const who = scope === 'user' ? 'you have' : 'this channel has';
  const a = emptyAnswer(
    'no_answer',
    'rate_limited',
    `Sorry, ${who} asked a lot of questions in the last minute.`,
  );
  a.blocks.push({
    type: 'paragraph',
    text: `Please try again in about ${seconds} seconds. I'll stay quiet until then.`,
  });
  return a;
}

const OK = { verdict: 'ok' as const };

/** A limiter that fails (a bug, a database error beyond its insurance) must not cost the user an answer. */
async function checkLimits(limiter: RateLimiter, req: QuestionRequest): Promise<RateDecision> {
  try {
    return await limiter.check(req);
  } catch {
    return OK;
  }
}

/** The one path every adapter sends questions through: rate limits, the router, metrics. */
export function createAnswerService(deps: AnswerServiceDeps): AnswerService {
  return {
    async ask(req) {
      const decision = deps.limiter ? await checkLimits(deps.limiter, req) : OK;
      if (decision.verdict !== 'ok') {
        deps.metrics?.rateLimited(req.platform, decision.scope);
        return decision.verdict === 'notify'
          ? { type: 'limited', answer: slowDown(decision.scope, decision.retryAfterMs) }
          : { type: 'silent', retryAfterMs: decision.retryAfterMs };
      }
      const started = performance.now();
      const cache = deps.router.cache;
      const [hits, misses] = cache ? [cache.hits, cache.misses] : [0, 0];
      const answer = deps.router.ask(req.text, {
        platform: req.platform,
        conversation: conversationKey(req),
        ...(req.lang ? { lang: req.lang } : {}),
        ...(req.langIsTheUsers ? { langIsTheUsers: true } : {}),
      });
      deps.metrics?.questionAnswered(req.platform, answer.intent, (performance.now() - started) / 1000);
      // ask() is synchronous: the counts moved for this question alone.
      if (cache && deps.metrics) {
        if (cache.hits > hits) deps.metrics.answerCache(req.platform, 'hit');
        else if (cache.misses > misses) deps.metrics.answerCache(req.platform, 'miss');
      }
      return { type: 'answer', answer };
    },
  };
}
