/**
 * A fake Slack Web API on 127.0.0.1 for end-to-end tests: answers auth.test, chat.postMessage,
 * chat.postEphemeral and response_url posts (form or JSON bodies), records every call, and can be told to
 * fail the next call of a method (a 429 with Retry-After, or a Web API error such as channel_not_found).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT_USER_ID = 'UBOTPLENARY';
export const BOT_ID = 'BBOTPLENARY';
export const TEAM_ID = 'T0FAKE';

export interface RecordedCall {
  /** `chat.postMessage`, ..., or `response_url`. */
  method: string;
  /** For response_url calls: the path, e.g. /response/abc. */
  path: string;
  body: Record<string, unknown>;
  contentType: string;
  /** performance.now() when the request arrived. */
  at: number;
  status: number;
}

export type ScriptedReply =
  | { status: 429; retryAfter: number }
  | { error: string }
  /** An HTTP failure, e.g. 404 for an expired response_url. */
  | { httpStatus: number };

export interface FakeSlack {
  /** Base URL of the Web API, for `clientOptions.slackApiUrl` (ends with /api/). */
  readonly apiUrl: string;
  /** A fresh response_url on this server. */
  responseUrl(id: string): string;
  readonly calls: RecordedCall[];
  /** The next call of `method` gets this reply instead of success. */
  failNext(method: string, reply: ScriptedReply): void;
  /** Resolves with the first call matching, waiting up to `timeoutMs`. */
  waitFor(match: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** Calls `listener` for every call as it is recorded; returns an unsubscribe function. */
  subscribe(listener: (c: RecordedCall) => void): () => void;
  /** Calls that are not auth.test (the ones a test usually counts). */
  sends(): RecordedCall[];
  close(): Promise<void>;
}

/** Slack's WebClient posts forms whose structured fields (blocks) are JSON strings; response_url gets JSON. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function success(method: string, body: Record<string, unknown>, seq: number): Record<string, unknown> {
  switch (method) {
    case 'auth.test':
      return {
        ok: true,
        url: 'https://fake.slack.test/',
        team: 'Fake',
        user: 'plenary',
        team_id: TEAM_ID,
        user_id: BOT_USER_ID,
        bot_id: BOT_ID,
      };
    case 'chat.postMessage':
      return {
        ok: true,
        channel: body.channel,
        ts: `1740400000.${String(seq).padStart(6, '0')}`,
        message: { text: body.text },
      };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: `1740400000.${String(seq).padStart(6, '0')}` };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const scripted = new Map<string, ScriptedReply[]>();
  const waiters = new Set<() => void>();
  const listeners = new Set<(c: RecordedCall) => void>();
  let seq = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const contentType = req.headers['content-type'] ?? '';
    const body = parseBody(await readBody(req), contentType);
    const method = path.startsWith('/api/') ? path.slice('/api/'.length) : 'response_url';
    const reply = scripted.get(method)?.shift();
    const call: RecordedCall = { method, path, body, contentType, at: performance.now(), status: 200 };
    seq += 1;
    if (reply && 'status' in reply) {
      call.status = 429;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(reply.retryAfter) });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
    } else if (reply && 'httpStatus' in reply) {
      call.status = reply.httpStatus;
      res.writeHead(reply.httpStatus, { 'content-type': 'text/plain' });
      res.end('expired_url');
    } else if (reply) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: reply.error }));
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(method === 'response_url' ? { ok: true } : success(method, body, seq)));
    }
    calls.push(call);
    for (const l of listeners) l(call);
    for (const w of waiters) w();
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    failNext(method, reply) {
      scripted.set(method, [...(scripted.get(method) ?? []), reply]);
    },
    waitFor(match, timeoutMs = 3000) {
      const found = calls.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const check = () => {
          const c = calls.find(match);
          if (!c) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(c);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake Slack: no matching call within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sends: () => calls.filter((c) => c.method !== 'auth.test'),
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
