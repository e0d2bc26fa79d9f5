/**
 * Rendered payloads of cached answers, kept beside the answer: the router's answer cache hands the same frozen
 * answer to everyone who asks the same question (router/answer-cache.ts), so a renderer that is a pure function of
 * (answer, options) can keep what it made for it. Only frozen answers are remembered (an answer built anew each
 * time would never be seen again), keyed by object in a WeakMap, so the payloads go when the cache lets the answer
 * go. The options must hold everything the payload depends on besides the answer (`keyOf` names them), and the
 * payload is frozen so that no caller can change what the next one gets.
 */
import type { Answer } from './answer.ts';

/** Different options per answer kept at most (e.g. the name of who shared it): more are rendered each time. */
export const RENDERS_PER_ANSWER = 4;

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function memoRender<O, R>(
  render: (answer: Answer, opts: O) => R,
  keyOf: (opts: O) => string,
): (answer: Answer, opts: O) => R {
  const made = new WeakMap<Answer, Map<string, R>>();
  return (answer, opts) => {
    if (!Object.isFrozen(answer)) return render(answer, opts);
    const key = keyOf(opts);
    const forAnswer = made.get(answer) ?? new Map<string, R>();
    const kept = forAnswer.get(key);
    if (kept !== undefined) return kept;
    const payload = deepFreeze(render(answer, opts));
    if (forAnswer.size === 0) made.set(answer, forAnswer);
    if (forAnswer.size < RENDERS_PER_ANSWER) forAnswer.set(key, payload);
    return payload;
  };
}
