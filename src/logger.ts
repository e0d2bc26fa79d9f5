import { type DestinationStream, destination, type Logger, pino } from 'pino';

export type { Logger };

/** Values that must never reach a log line, whatever path they travel. */
const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'authorization',
  'headers.authorization',
  '*.token',
  '*.botToken',
  '*.signingSecret',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.DISCORD_TOKEN',
];

export interface LoggerOptions {
  level: string;
  /** Pretty, coloured lines for people at a terminal; JSON otherwise. */
  pretty?: boolean;
  /** Extra secret values to mask wherever they appear in a message. */
  secrets?: string[];
  destination?: NodeJS.WritableStream;
}

function maskSecrets(secrets: string[]) {
  const values = secrets.filter((s) => s.length >= 6);
  return (obj: Record<string, unknown>): Record<string, unknown> => {
    if (values.length === 0) return obj;
    let json = JSON.stringify(obj);
    for (const v of values) json = json.split(v).join('[Redacted]');
    return JSON.parse(json) as Record<string, unknown>;
  };
}

/** Structured logs to stderr (or the given stream), secrets redacted. */
export function createLogger(opts: LoggerOptions): Logger {
  const mask = maskSecrets(opts.secrets ?? []);
  const options = {
    level: opts.level,
    redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
    formatters: { log: mask },
    hooks: {
      logMethod(this: Logger, args: Parameters<Logger['info']>, method: (...a: unknown[]) => void) {
        const masked = args.map((a) => (typeof a === 'string' ? (mask({ m: a }).m as string) : a));
        method.apply(this, masked);
      },
    },
  };
  if (opts.destination) return pino(options, opts.destination as DestinationStream);
  if (opts.pretty)
    return pino({
      ...options,
      transport: {
        target: 'pino-pretty',
        options: { destination: 2, colorize: true, translateTime: 'HH:MM:ss' },
      },
    });
  return pino(options, destination({ dest: 2, sync: false }));
}

const LEVEL_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
const noop = (): void => {};

/**
 * `parent.child(bindings)`, made the first time it logs at an enabled level (or is used otherwise): a slash
 * command that logs nothing then makes no child (pino's child, with its bindings serialised and its redaction,
 * was a few per cent of a `/votes` request's CPU). The lines it writes are the child's.
 */
export function lazyChild(parent: Logger, bindings: Record<string, unknown>): Logger {
  let child: Logger | undefined;
  return new Proxy(parent, {
    get(target, prop) {
      if (
        child === undefined &&
        typeof prop === 'string' &&
        LEVEL_METHODS.has(prop) &&
        typeof target.isLevelEnabled === 'function' &&
        !target.isLevelEnabled(prop)
      )
        return noop;
      child ??= target.child(bindings);
      const value: unknown = Reflect.get(child, prop, child);
      return typeof value === 'function' ? value.bind(child) : value;
    },
  });
}
