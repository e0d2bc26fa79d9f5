/**
 * Answers through a slash command's or button's response_url, safely and with retries:
 * - only to Slack's own hooks host (https://hooks.slack.com), plus the host of SLACK_API_URL when that is set
 *   (tests, proxies). Any other address (a cloud metadata IP, another port) is refused without a request and
 *   the refusal logged by the caller;
 * - a 5xx, a network error or a timeout is retried, at most RESPONSE_URL_ATTEMPTS tries in all, with backoff;
 *   a 429 waits its Retry-After when that is short. Bolt's own `respond` has neither timeout nor retries.
 */
import type { RespondFn } from '@slack/bolt';
import { postJson } from '../post-json.ts';
import { slackErrorCode } from './deliver.ts';

/** Default response_url timeout per try: a reply later than this is of little use to someone waiting. */
export const DEFAULT_RESPONSE_TIMEOUT_MS = 10_000;
/** Tries in all, the first included. A retry after a timeout may repeat a post that did arrive late. */
export const RESPONSE_URL_ATTEMPTS = 3;
/** Wait before the second try; doubled before the third. */
export const DEFAULT_RESPONSE_BACKOFF_MS = 250;
/** The longest Retry-After a response_url 429 is waited out for; a user is waiting, so longer is a failure. */
export const MAX_RESPONSE_RETRY_AFTER_MS = 3_000;
/** Where Slack's response_urls point. */
export const SLACK_HOOKS_ORIGIN = 'https://hooks.slack.com';

/** A response_url post that failed: an HTTP status, `timeout`, a network code, or `response_url_refused`. */
export class ResponseUrlError extends Error {
  override readonly name = 'ResponseUrlError';
  constructor(
    message: string,
    readonly statusCode: number | undefined,
    readonly code: string,
    opts: { cause?: unknown } = {},
  ) {
    super(message, opts);
  }
}

/** Names of this machine's own loopback address, interchangeable in SLACK_API_URL (a local fake or proxy). */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins (scheme, host and port) a response_url may point to. When SLACK_API_URL is on loopback, its port
 * is allowed under each loopback name, so `localhost` and `127.0.0.1` are the same server; no other port is.
 */
export function allowedResponseOrigins(apiUrl: string | undefined): ReadonlySet<string> {
  const origins = new Set([SLACK_HOOKS_ORIGIN]);
  if (apiUrl === undefined) return origins;
  const api = new URL(apiUrl);
  origins.add(api.origin);
  if (LOOPBACK_NAMES.includes(api.hostname))
    for (const name of LOOPBACK_NAMES)
      origins.add(`${api.protocol}//${name}${api.port ? `:${api.port}` : ''}`);
  return origins;
}

/** The URL when its origin is allowed, else null. A URL with credentials in it is never Slack's. */
export function checkResponseUrl(url: unknown, allowed: ReadonlySet<string>): URL | null {
  if (typeof url !== 'string') return null;
  try {
    const target = new URL(url);
    if (target.username !== '' || target.password !== '') return null;
    return allowed.has(target.origin) ? target : null;
  } catch {
    return null;
  }
}

export interface ResponderOptions {
  allowed: ReadonlySet<string>;
  timeoutMs?: number;
  backoffMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Bolt's `respond`, posting only to an allowed origin, with a timeout and bounded retries. */
export function createResponder(responseUrl: unknown, opts: ResponderOptions): RespondFn {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_RESPONSE_TIMEOUT_MS;
  const backoffMs = opts.backoffMs ?? DEFAULT_RESPONSE_BACKOFF_MS;
  return async (message) => {
    const target = checkResponseUrl(responseUrl, opts.allowed);
    if (!target) {
      let host = 'unparseable';
      try {
        host = new URL(String(responseUrl)).host;
      } catch {}
      throw new ResponseUrlError(
        `response_url refused: ${host} is not Slack's hooks host or SLACK_API_URL's`,
        undefined,
        'response_url_refused',
      );
    }
    const body = typeof message === 'string' ? { text: message } : message;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= RESPONSE_URL_ATTEMPTS;
      let status: number;
      try {
        const res = await postJson(target, body, timeoutMs);
        status = res.status;
        if (status >= 200 && status < 300) return { status };
        const waitMs = Number(res.retryAfter ?? Number.NaN) * 1000;
        if (status === 429 && !last && waitMs >= 0 && waitMs <= MAX_RESPONSE_RETRY_AFTER_MS) {
          await sleep(waitMs);
          continue;
        }
        if (status < 500 || last)
          throw new ResponseUrlError(`response_url answered HTTP ${status}`, status, `http_${status}`);
      } catch (err) {
        if (err instanceof ResponseUrlError) throw err;
        const code = slackErrorCode(err);
        if (last)
          throw new ResponseUrlError(`response_url post failed: ${code}`, undefined, code, { cause: err });
      }
      await sleep(backoffMs * 2 ** (attempt - 1));
    }
  };
}
