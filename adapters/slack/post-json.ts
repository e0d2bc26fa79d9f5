/**
 * POSTs JSON with node:http rather than fetch: on the slash-command path fetch (undici, web streams, a WASM
 * parser) was a third of the bot's CPU per request (measured with --cpu-prof under bench:slack).
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** Keep-alive agents: every slash command answers through a response_url on the same few Slack hosts. */
const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 64 });
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 64 });

export interface PostResult {
  status: number;
  retryAfter: string | undefined;
}

/** Resolves with the status once the whole reply has arrived; rejects on a network error or after `timeoutMs`. */
export function postJson(target: URL, body: unknown, timeoutMs: number): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const fail = (err: unknown) => {
      clearTimeout(timer);
      reject(err);
    };
    const https = target.protocol === 'https:';
    const payload = JSON.stringify(body);
    const req = (https ? httpsRequest : httpRequest)(
      target,
      {
        method: 'POST',
        agent: https ? httpsAgent : httpAgent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        res.on('error', fail);
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
    req.on('error', fail);
    req.end(payload);
  });
}
