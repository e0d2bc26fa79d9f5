/**
 * Follow-up messages of `/votes` answered over HTTP (direct-command.ts), POSTed to the interaction's webhook with
 * node:http over keep-alive (adapters/post-json.ts) instead of discord.js's REST client and undici, which were
 * most of the CPU a long answer's follow-up cost (bench:roundtrip with --cpu-prof). Same route, query, body and
 * User-Agent as discord.js's `followUp`, no token (interaction webhooks take none). Anything but a 2xx, and any
 * network error or timeout, is sent again through discord.js's REST client, which waits out rate limits, retries
 * as it does for every call, and throws the errors the adapter logs and counts.
 */
import { postJson } from '../post-json.ts';

/** discord.js's REST timeout. */
const FOLLOW_UP_TIMEOUT_MS = 15_000;

export interface FollowUpTarget {
  applicationId: string;
  token: string;
}

export interface FollowUpOptions {
  /** The REST client's base URL and API version (`https://discord.com/api`, `10`). */
  api: string;
  version: string;
  userAgent: string;
  /** The same POST through discord.js's REST client. */
  viaRest(target: FollowUpTarget, body: unknown): Promise<unknown>;
}

export function createFollowUpPoster(opts: FollowUpOptions) {
  const headers = { 'user-agent': opts.userAgent };
  return async (target: FollowUpTarget, body: unknown): Promise<void> => {
    const url = new URL(
      `${opts.api}/v${opts.version}/webhooks/${target.applicationId}/${target.token}?wait=true`,
    );
    const sent = await postJson(url, body, FOLLOW_UP_TIMEOUT_MS, headers).catch(() => null);
    if (sent !== null && sent.status >= 200 && sent.status < 300) return;
    await opts.viaRest(target, body);
  };
}
