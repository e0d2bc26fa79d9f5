/**
 * Bolt and the Web API client log through this, so their lines land in Plenary's pino log. Error objects are
 * reduced to code and message: Slack's errors carry the HTTP request, Authorization header included.
 */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import { errorSummary } from './deliver.ts';

function line(msg: unknown[]): { error?: { code: string; message: string }; text: string } {
  const err = msg.find((m): m is Error => m instanceof Error);
  const text = msg
    .map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : safeJson(m)))
    .join(' ');
  return err ? { error: errorSummary(err), text } : { text };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

export interface BoltLoggerHooks {
  /** The WebClient was told to wait by a 429 (it retries by itself after Retry-After). */
  onRateLimited?: () => void;
}

/**
 * The WebClient warns "http request failed" on every failed attempt, retries included; the code that made the
 * call logs the final failure once, with its context, so those lines go to debug.
 */
const ATTEMPT_NOISE = 'http request failed';

export function toBoltLogger(log: Logger, hooks: BoltLoggerHooks = {}): BoltLogger {
  const child = log.child({ component: 'slack' });
  let level: LogLevel = LogLevel.INFO;
  const write = (method: 'debug' | 'info' | 'warn' | 'error', msg: unknown[]) => {
    const { error, text } = line(msg);
    if (error) child[method]({ error }, text);
    else child[method](text);
  };
  return {
    debug: (...msg) => write('debug', msg),
    // Bolt's "info" lines are operational chatter (rate-limit waits excepted); keep them out of the info log.
    info: (...msg) => {
      const limited = msg.some((m) => typeof m === 'string' && m.includes('rate limit'));
      if (limited) hooks.onRateLimited?.();
      write(limited ? 'warn' : 'debug', msg);
    },
    warn: (...msg) => write(msg[0] === ATTEMPT_NOISE ? 'debug' : 'warn', msg),
    error: (...msg) => write('error', msg),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
