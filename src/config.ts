import { z } from 'zod';
import { parseKey } from './store/secret-box.ts';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();
const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM, e.g. 09:00');

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const TOKEN_KEY_HINT = 'expected 32 random bytes in base64, e.g. openssl rand -base64 32';

function isTokenKey(v: string): boolean {
  try {
    parseKey(v);
    return true;
  } catch {
    return false;
  }
}

/** The OAuth variables, all needed together, and what they rule out. */
function checkSlackOAuth(c: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const oauth = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'];
  if (!oauth.some((k) => c[k])) return;
  const why =
    'required to install into workspaces (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET)';
  for (const k of [...oauth, 'SLACK_TOKEN_KEY', 'SLACK_SIGNING_SECRET'])
    if (!c[k])
      ctx.addIssue({
        code: 'custom',
        path: [k],
        message: k === 'SLACK_TOKEN_KEY' ? `${why}; ${TOKEN_KEY_HINT}` : why,
      });
  for (const k of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN'])
    if (c[k])
      ctx.addIssue({
        code: 'custom',
        path: [k],
        message:
          'leave unset with SLACK_CLIENT_ID: each workspace gets its token when it installs (HTTP mode)',
      });
}

/** Every environment variable Plenary reads. `.env.example` documents each one. */
export const ConfigSchema = z
  .object({
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_PATH: z.string().min(1).default('./data/plenary.db'),
    // Postgres instead of SQLite: the state several instances share (subscriptions, digest claims, seen events,
    // rate limits). Unset or blank: SQLite at DATABASE_PATH.
    DATABASE_URL: optionalText.pipe(
      z
        .url('expected a postgres:// URL, e.g. postgres://plenary:secret@db:5432/plenary')
        .refine(
          (u) => /^postgres(ql)?:\/\//.test(u),
          'expected a postgres:// URL, e.g. postgres://plenary:secret@db:5432/plenary',
        )
        .optional(),
    ),
    MAX_QUESTION_CHARS: positiveInt(500),
    CHART_CACHE_MAX_FILES: positiveInt(500),
    // Answers to repeated questions kept in memory (router/answer-cache.ts); 0 turns the cache off.
    // Blank means the default, not 0 (z.coerce alone would read '' as 0).
    ANSWER_CACHE_ENTRIES: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.coerce.number().int().min(0).max(1_000_000).default(2000),
    ),
    DIGEST_DEFAULT_TIME: hhmm.default('09:00'),
    DIGEST_DEFAULT_TZ: z
      .string()
      .refine(isTimeZone, 'expected an IANA time zone, e.g. Europe/Kyiv')
      .default('UTC'),
    // Digest posts in flight at once: also the most one crash (SIGKILL, power loss) can post twice.
    DIGEST_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(64).default(4),
    // A digest claim whose instance sent no heartbeat for this long is taken over by another instance.
    DIGEST_CLAIM_LEASE_SECONDS: z.coerce.number().int().min(3).max(3_600).default(45),
    RATE_USER_PER_MINUTE: positiveInt(20),
    RATE_CHANNEL_PER_MINUTE: positiveInt(60),
    // Blank (as in .env.example) means no health server; z.coerce alone would read '' as port 0.
    HEALTH_PORT: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.coerce.number().int().min(0).max(65_535).optional(),
    ),
    HEALTH_HOST: z.string().min(1).default('127.0.0.1'),

    SLACK_BOT_TOKEN: optionalText.pipe(
      z.string().startsWith('xoxb-', 'expected a bot token (xoxb-…)').optional(),
    ),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.pipe(
      z.string().startsWith('xapp-', 'expected an app-level token (xapp-…)').optional(),
    ),
    // Install into any workspace (HTTP mode): the app's OAuth credentials (Basic Information page), a secret that
    // signs the install state, and the key that seals each workspace's bot token in the database.
    SLACK_CLIENT_ID: optionalText,
    SLACK_CLIENT_SECRET: optionalText,
    SLACK_STATE_SECRET: optionalText.pipe(
      z.string().min(16, 'expected at least 16 random characters, e.g. openssl rand -hex 32').optional(),
    ),
    SLACK_TOKEN_KEY: optionalText.pipe(z.string().refine(isTokenKey, TOKEN_KEY_HINT).optional()),
    SLACK_REDIRECT_URI: optionalText.pipe(
      z.url('expected the https address of /slack/oauth_redirect').optional(),
    ),
    SLACK_PORT: port(3000),
    SLACK_API_URL: optionalText.pipe(z.url('expected a URL, e.g. http://127.0.0.1:4000/api/').optional()),

    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText.pipe(
      z
        .string()
        .regex(/^\d{5,25}$/, 'expected a numeric snowflake')
        .optional(),
    ),
    DISCORD_GUILD_ID: optionalText.pipe(
      z
        .string()
        .regex(/^\d{5,25}$/, 'expected a numeric snowflake')
        .optional(),
    ),
    // The Interactions Endpoint URL: with both set, every instance answers /votes over HTTP on this port.
    DISCORD_PUBLIC_KEY: optionalText.pipe(
      z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, 'expected the application public key, 64 hex characters')
        .optional(),
    ),
    DISCORD_INTERACTIONS_PORT: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.coerce.number().int().min(0).max(65_535).optional(),
    ),
    DISCORD_API_URL: optionalText.pipe(z.url('expected a URL, e.g. http://127.0.0.1:4001/api').optional()),
  })
  .superRefine((c, ctx) => {
    checkSlackOAuth(c, ctx);
    if (c.SLACK_CLIENT_ID) return;
    if (c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message:
          'required when SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN (HTTP mode verifies requests with it)',
      });
    if ((c.SLACK_APP_TOKEN || c.SLACK_SIGNING_SECRET) && !c.SLACK_BOT_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message: 'required to run the Slack adapter',
      });
    if ((c.DISCORD_PUBLIC_KEY === undefined) !== (c.DISCORD_INTERACTIONS_PORT === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [c.DISCORD_PUBLIC_KEY === undefined ? 'DISCORD_PUBLIC_KEY' : 'DISCORD_INTERACTIONS_PORT'],
        message: 'DISCORD_PUBLIC_KEY and DISCORD_INTERACTIONS_PORT go together (interactions over HTTP)',
      });
    if (c.DISCORD_APPLICATION_ID && !c.DISCORD_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_TOKEN'],
        message: 'required to run the Discord adapter',
      });
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment once. Throws a ConfigError whose one-line message names the variable to fix. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = issue?.path.join('.') ?? 'environment';
  const value = env[variable];
  const shown = value === undefined || value === '' ? 'is not set' : 'is invalid';
  throw new ConfigError(`${variable} ${shown}: ${issue?.message ?? 'invalid'}`);
}

export const slackEnabled = (c: Config): boolean =>
  c.SLACK_BOT_TOKEN !== undefined || c.SLACK_CLIENT_ID !== undefined;
export const discordEnabled = (c: Config): boolean => c.DISCORD_TOKEN !== undefined;
