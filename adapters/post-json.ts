/**
 * POSTs JSON with node:http rather than fetch: on the slash-command path fetch (undici, web streams, a WASM
 * parser) was a third of the bot's CPU per request (measured with --cpu-prof under bench:slack). Slack's
 * response_url answers (slack/response-url.ts) and Discord's interaction follow-ups (discord/follow-up.ts).
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/**
 * Bodies that cannot change (deep-frozen: a cached answer's response_url message, deliver.ts), with their UTF-8
 * JSON once it is made, so a repeated answer is not serialised again; weakly held, so they go with the body.
 */
const serialised = new WeakMap<object, Buffer | null>();

/** Marks a deep-frozen body whose JSON may be kept; returns it. */
export function serialiseOnce<T extends object>(body: T): T {
  if (!Object.isFrozen(body)) throw new TypeError('serialiseOnce takes a frozen body');
  if (!serialised.has(body)) serialised.set(body, null);
  return body;
}

/** `body` as JSON bytes; made once for a body marked by serialiseOnce; a Buffer is taken as JSON already. */
export function jsonBytes(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  if (body === null || typeof body !== 'object' || !serialised.has(body))
    return Buffer.from(JSON.stringify(body));
  let bytes = serialised.get(body);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(body));
    serialised.set(body, bytes);
  }
  return bytes;
}

/** Keep-alive agents: answers go to the same few hosts (Slack's response_url, Discord's API). */
const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 64 });
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 64 });

export interface PostResult {
  status: number;
  retryAfter: string | undefined;
}

/** Resolves with the status once the whole reply has arrived; rejects on a network error or after `timeoutMs`. */
export function postJson(
  target: URL,
  body: unknown,
  timeoutMs: number,
  headers: Record<string, string> = {},
): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    // Unnamed listeners: under tsx a named closure is renamed with Object.defineProperty each time it is made.
    const https = target.protocol === 'https:';
    const payload = jsonBytes(body);
    const req = (https ? httpsRequest : httpRequest)(
      target,
      {
        method: 'POST',
        agent: https ? httpsAgent : httpAgent,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': payload.length },
      },
      (res) => {
        res.on('error', (err) => {
          clearTimeout(timer);
          reject(err);
        });
        res.on('end', () => {
          clearTimeout(timer);
          const retryAfter = res.headers['retry-after'];
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
          });
        });
        res.resume();
      },
    );
    const timer = setTimeout(
      () => req.destroy(Object.assign(new Error('response_url timed out'), { name: 'TimeoutError' })),
      timeoutMs,
    );
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.end(payload);
  });
}
