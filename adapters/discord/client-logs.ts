/**
 * What the discord.js Client reports on its own (gateway and client errors, warnings, debug lines, REST rate
 * limits), logged without tokens: interaction and webhook tokens are credentials, so they never reach a line.
 */
import { type Client, Events, RESTEvents } from 'discord.js';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../../src/ops/metrics.ts';

/** Interaction and webhook tokens are credentials for 15 minutes: keep them out of logs. */
export const redactTokens = (text: string): string =>
  text.replace(/\/(interactions|webhooks)\/(\d+)\/[^/\s?]+/g, '/$1/$2/[token]');

/** What is safe and useful to log about a failure (discord.js errors carry request URLs and bodies). */
export function errorInfo(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: redactTokens(String(err)) };
  const { code, status } = err as { code?: unknown; status?: unknown };
  return { name: err.name, message: redactTokens(err.message), code, status };
}

export function logClientEvents(client: Client, log: Logger, metrics: Metrics | undefined): void {
  client.on(Events.ShardError, (err, shard) =>
    log.error({ error: errorInfo(err), shard }, 'discord: gateway error'),
  );
  client.on(Events.Error, (err) => log.error({ error: errorInfo(err) }, 'discord: client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord: warning'));
  client.on(Events.Debug, (message) => log.trace({ message: redactTokens(message) }, 'discord: debug'));
  // discord.js retries an unexpected 429 after Retry-After and says so only in its REST debug channel (listening
  // to every response instead would clone each one). That is the fault, logged once; the waits that follow on
  // the exhausted bucket are routine and logged at debug.
  client.rest.on(RESTEvents.Debug, (message) => {
    // The only REST debug line about a 429 (a route's snowflakes may contain "429" too).
    if (!message.includes('unexpected 429')) return;
    metrics?.platformError('discord', 'rate_limited');
    log.warn({ detail: redactTokens(message) }, 'discord: rate limited (429), retrying');
  });
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.debug(
      {
        route: redactTokens(info.route),
        method: info.method,
        retryAfterMs: info.retryAfter,
        global: info.global,
      },
      'discord: rate limited, waiting',
    ),
  );
}
