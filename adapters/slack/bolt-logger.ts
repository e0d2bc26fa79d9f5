/** Bolt and the Web API client log through this, so their lines land in Plenary's pino log with secrets masked. */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';

function line(msg: unknown[]): { err?: Error; text: string } {
  const err = msg.find((m): m is Error => m instanceof Error);
  const text = msg
    .map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m)))
    .join(' ');
  return err ? { err, text } : { text };
}

export function toBoltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack' });
  let level: LogLevel = LogLevel.INFO;
  const write = (method: 'debug' | 'info' | 'warn' | 'error', msg: unknown[]) => {
    const { err, text } = line(msg);
    if (err) child[method]({ err }, text);
    else child[method](text);
  };
  return {
    debug: (...msg) => write('debug', msg),
    // Bolt's "info" lines are operational chatter (rate-limit waits excepted); keep them out of the info log.
    info: (...msg) =>
      write(msg.some((m) => typeof m === 'string' && m.includes('rate limit')) ? 'warn' : 'debug', msg),
    warn: (...msg) => write('warn', msg),
    error: (...msg) => write('error', msg),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
