/**
 * Answers to repeated questions, kept so the router does not work them out again. An entry is keyed by everything
 * an answer read on its own depends on: the question exactly as typed (the router reads the typed case, e.g.
 * "US" against "us", so no folding here), the language context, today's date on the router's clock (answers
 * about time count days from it) and the knowledge version. It holds the answer, deep-frozen so no caller can
 * change what the next one gets, and the question as the conversation recorded it, so that a cached answer
 * leaves the conversation as an uncached one would (router.ts decides when an entry may be used).
 *
 * Bounded twice: at most `maxEntries` (least recently used first out), and about `maxChars` characters of
 * answer text in all; questions longer than `maxQuestionChars` are not kept.
 */
import type { Answer } from '../answer.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Parsed } from './understand.ts';

export interface AnswerCacheOptions {
  /** Default 2,000. */
  maxEntries?: number;
  /** The answers' text in all, counted in characters of strings (default 4,000,000, about 8 MB at most). */
  maxChars?: number;
  /** Longer questions are answered but not kept (default 500, the router's cap on a question). */
  maxQuestionChars?: number;
}

export interface CachedAnswer {
  /** Deep-frozen. */
  answer: Answer;
  /** The question as its conversation recorded it, after answering; null when nothing was recorded. */
  parsed: Parsed | null;
  /** A follow-up reading could never merge it with an earlier question (conversation.ts `standsAlone`). */
  standsAlone: boolean;
  chars: number;
}

export interface CacheKeyParts {
  question: string;
  lang: Lang | undefined;
  langIsTheUsers: boolean;
  /** YYYY-MM-DD on the router's clock (UTC, as the intents read it). */
  day: string;
  knowledgeVersion: string;
}

export const cacheKey = (k: CacheKeyParts): string =>
  `${k.knowledgeVersion}\u0000${k.day}\u0000${k.lang ?? ''}\u0000${k.langIsTheUsers ? 1 : 0}\u0000${k.question}`;

export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private chars = 0;
  readonly maxEntries: number;
  readonly maxChars: number;
  readonly maxQuestionChars: number;
  /** Questions answered from the cache, and questions it could have held that were worked out (router.ts counts). */
  hits = 0;
  misses = 0;

  constructor(opts: AnswerCacheOptions = {}) {
    this.maxEntries = opts.maxEntries ?? 2000;
    this.maxChars = opts.maxChars ?? 4_000_000;
    this.maxQuestionChars = opts.maxQuestionChars ?? 500;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Characters of answer text held. */
  get heldChars(): number {
    return this.chars;
  }

  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedAnswer): void {
    if (entry.chars > this.maxChars) return;
    const old = this.entries.get(key);
    if (old) {
      this.chars -= old.chars;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.chars += entry.chars;
    while (this.entries.size > this.maxEntries || this.chars > this.maxChars) {
      const [oldestKey, oldest] = this.entries.entries().next().value!;
      this.entries.delete(oldestKey);
      this.chars -= oldest.chars;
    }
  }
}

/**
 * A deep copy of plain data (objects, arrays, strings, numbers, booleans, null), frozen at every level, and the
 * characters of its strings; undefined when it holds anything else (a Map, a Date, a class instance), which is
 * then not cached. Copied first so that objects the answer shares with the knowledge are never frozen.
 */
export function frozenCopy<T>(value: T): { value: T; chars: number } | undefined {
  let chars = 0;
  let plain = true;
  const copy = (v: unknown): unknown => {
    if (typeof v === 'string') {
      chars += v.length;
      return v;
    }
    if (v === null || typeof v === 'number' || typeof v === 'boolean' || v === undefined) return v;
    if (Array.isArray(v)) return Object.freeze(v.map(copy));
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = copy(x);
      return Object.freeze(out);
    }
    plain = false;
    return v;
  };
  const value2 = copy(value) as T;
  return plain ? { value: value2, chars } : undefined;
}
