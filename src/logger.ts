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
