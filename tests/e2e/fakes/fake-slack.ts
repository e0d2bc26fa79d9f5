/**
 * A fake Slack Web API on 127.0.0.1 for end-to-end tests: answers auth.test, api.test, chat.postMessage,
 * chat.postEphemeral, views.publish, oauth.v2.access (`code-<team>` installs that team with a token of its own,
 * `xoxb-<team>-…`, which auth.test then reports as that team's), response_url posts (form or JSON bodies) and the files.uploadV2 flow
 * (files.getUploadURLExternal -> POST of the bytes to the upload URL it returned -> files.completeUploadExternal),
 * records every call, and can be told to fail the next calls of a method (a 429 with Retry-After, a Web API error
 * such as channel_not_found, an HTTP status such as 500, or no answer at all).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT_USER_ID = 'UBOTPLENARY';
export const BOT_ID = 'BBOTPLENARY';
export const TEAM_ID = 'T0FAKE';

export interface RecordedCall {
  /** `chat.postMessage`, ..., `response_url`, or `file_upload` (the bytes POSTed to an upload URL). */
  method: string;
  /** For response_url calls: the path, e.g. /response/abc. */
  path: string;
  body: Record<string, unknown>;
  contentType: string;
  /** performance.now() when the request arrived. */
  at: number;
  /** 0 for a call left unanswered (a scripted hang, or held by `hold`): Slack never processed it. */
  status: number;
  /** The bot token it carried (instances given different tokens can be told apart). */
  token: string | undefined;
}

export type ScriptedReply =
  | { status: 429; retryAfter: number }
  | { error: string }
  /** An HTTP failure, e.g. 404 for an expired response_url, 500 for a Slack outage. */
  | { httpStatus: number }
  /** Never answers (the connection stays open until the client gives up or the fake closes). */
  | { hang: true };

/** A file whose bytes reached the fake's upload URL and that files.completeUploadExternal shared. */
export interface CompletedUpload {
  id: string;
  filename: string;
  title: string | undefined;
  altText: string | undefined;
  bytes: Buffer;
  channel: string | undefined;
  threadTs: string | undefined;
}

export interface FakeSlack {
  /** When true, every request's connection is reset before any answer. */
  resetting: boolean;
  /** Base URL of the Web API, for `clientOptions.slackApiUrl` (ends with /api/). */
  readonly apiUrl: string;
  /** A fresh response_url on this server. */
  responseUrl(id: string): string;
  readonly calls: RecordedCall[];
  /** The next `times` calls of `method` get this reply instead of success. */
  failNext(method: string, reply: ScriptedReply, times?: number): void;
  /** Files shared by files.completeUploadExternal, with the bytes that were uploaded for them. */
  readonly uploads: CompletedUpload[];
  /** Resolves with the first call matching, waiting up to `timeoutMs`. */
  waitFor(match: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** Calls `listener` for every call as it is recorded; returns an unsubscribe function. */
  subscribe(listener: (c: RecordedCall) => void): () => void;
  /** Calls that are not auth.test (the ones a test usually counts). */
  sends(): RecordedCall[];
  /**
   * From now on, Web API calls matching `match` are recorded with status 0 and left unanswered, unprocessed, as
   * if Slack had not got to them (null: stop holding).
   */
  hold(match: ((c: RecordedCall) => boolean) | null): void;
  /** Web API calls (not auth.test) answer after this many ms: a slower Slack. */
  setLatency(ms: number): void;
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

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The first file part of a multipart/form-data body (the WebClient posts upload bytes as a form field). */
function multipartFile(raw: Buffer, contentType: string): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return raw;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = raw.indexOf(delimiter);
  const headersEnd = raw.indexOf('\r\n\r\n', start);
  const end = raw.indexOf(delimiter, headersEnd);
  if (start === -1 || headersEnd === -1 || end === -1) return raw;
  return raw.subarray(headersEnd + 4, end - 2);
}

/** The WebSocket URL apps.connections.open hands out (a test's own Socket Mode server), if any. */
let socketModeUrl: string | undefined;

/** Points apps.connections.open at a Socket Mode server the test runs; undefined to stop. */
export function setSocketModeUrl(url: string | undefined): void {
  socketModeUrl = url;
}

/** The workspace an OAuth code installs into: `code-<team id>`, e.g. code-T0ONE; the client id must be ours. */
export const FAKE_CLIENT_ID = '1111.2222';
export const FAKE_CLIENT_SECRET = 'fake-client-secret';

/** The bot token oauth.v2.access hands out for a team: unique per install, and naming its team. */
const installedToken = (team: string, seq: number) => `xoxb-${team}-${String(seq).padStart(6, '0')}`;
/** The team a token was issued for (oauth.v2.access), or the default one. */
const teamOfToken = (token: string | undefined) => /^xoxb-(T[A-Z0-9]+)-/.exec(token ?? '')?.[1] ?? TEAM_ID;

function oauthAccess(body: Record<string, unknown>, seq: number): Record<string, unknown> {
  const team = /^code-(T[A-Z0-9]+)$/.exec(String(body.code))?.[1];
  if (!team) return { ok: false, error: 'invalid_code' };
  if (body.client_id !== FAKE_CLIENT_ID || body.client_secret !== FAKE_CLIENT_SECRET)
    return { ok: false, error: 'invalid_client_id' };
  return {
    ok: true,
    app_id: 'A0PLENARY',
    authed_user: { id: 'U0INSTALLER' },
    scope: 'commands,app_mentions:read,chat:write,files:write,im:history',
    token_type: 'bot',
    access_token: installedToken(team, seq),
    bot_user_id: BOT_USER_ID,
    team: { id: team, name: `Team ${team}` },
    enterprise: null,
    is_enterprise_install: false,
  };
}

function success(
  method: string,
  body: Record<string, unknown>,
  seq: number,
  token: string | undefined,
): Record<string, unknown> {
  switch (method) {
    case 'oauth.v2.access':
      return oauthAccess(body, seq);
    case 'api.test':
      return { ok: true };
    case 'views.publish':
      return {
        ok: true,
        view: { id: `V${String(seq).padStart(8, '0')}`, type: 'home', ...(body.view as object) },
      };
    case 'apps.connections.open':
      return socketModeUrl ? { ok: true, url: socketModeUrl } : { ok: false, error: 'unknown_method' };
    case 'auth.test':
      return {
        ok: true,
        url: 'https://fake.slack.test/',
        team: 'Fake',
        user: 'plenary',
        team_id: teamOfToken(token),
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
    case 'files.completeUploadExternal':
      return { ok: true, files: body.files };
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
  const uploads: CompletedUpload[] = [];
  /** file id -> what getUploadURLExternal was told, and the bytes once they arrive. */
  const pending = new Map<string, { filename: string; altText: string | undefined; bytes?: Buffer }>();
  let base = '';
  let held: ((c: RecordedCall) => boolean) | null = null;
  let latencyMs = 0;

  /** The files.uploadV2 steps; returns the reply body, or null when the method is not one of them. */
  const fileStep = (method: string, path: string, body: Record<string, unknown>, raw: Buffer, ct: string) => {
    if (method === 'files.getUploadURLExternal') {
      const id = `F${String(seq).padStart(8, '0')}`;
      const alt = typeof body.alt_text === 'string' ? body.alt_text : undefined;
      pending.set(id, { filename: String(body.filename), altText: alt });
      return { ok: true, upload_url: `${base}/upload/${id}`, file_id: id };
    }
    if (method === 'file_upload') {
      const file = pending.get(path.slice('/upload/'.length));
      if (file) file.bytes = Buffer.from(multipartFile(raw, ct));
      return file ? { ok: true } : { ok: false, error: 'unknown_upload' };
    }
    if (method === 'files.completeUploadExternal') {
      for (const f of (body.files ?? []) as { id: string; title?: string }[]) {
        const file = pending.get(f.id);
        if (!file?.bytes) return { ok: false, error: 'file_not_found' };
        uploads.push({
          id: f.id,
          filename: file.filename,
          title: f.title,
          altText: file.altText,
          bytes: file.bytes,
          channel: typeof body.channel_id === 'string' ? body.channel_id : undefined,
          threadTs: typeof body.thread_ts === 'string' ? body.thread_ts : undefined,
        });
      }
    }
    return null;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const contentType = req.headers['content-type'] ?? '';
    const raw = await readBody(req);
    const method = path.startsWith('/api/')
      ? path.slice('/api/'.length)
      : path.startsWith('/upload/')
        ? 'file_upload'
        : 'response_url';
    const body = method === 'file_upload' ? {} : parseBody(raw.toString('utf8'), contentType);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
    const call: RecordedCall = { method, path, body, contentType, at: performance.now(), status: 200, token };
    if (latencyMs > 0 && method !== 'auth.test') await new Promise((r) => setTimeout(r, latencyMs));
    const reply = held?.(call) ? { hang: true as const } : scripted.get(method)?.shift();
    seq += 1;
    if (reply && 'hang' in reply) {
      call.status = 0;
      calls.push(call);
      for (const l of listeners) l(call);
      for (const w of waiters) w();
      return;
    }
    const step = reply ? null : fileStep(method, path, body, raw, contentType);
    if (step) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(step));
    } else if (reply && 'status' in reply) {
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
      res.end(JSON.stringify(method === 'response_url' ? { ok: true } : success(method, body, seq, token)));
    }
    calls.push(call);
    for (const l of listeners) l(call);
    for (const w of waiters) w();
  };

  const server: Server = createServer((req, res) => {
    if (fake.resetting) {
      req.socket.destroy();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  // Above 1 s so that Node clients keep connections alive (a 1 s hint makes their agents close each socket).
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  const fake: FakeSlack = {
    /** Every request's connection is reset before any answer, as a broken network path would. */
    resetting: false,
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    uploads,
    failNext(method, reply, times = 1) {
      scripted.set(method, [...(scripted.get(method) ?? []), ...Array<ScriptedReply>(times).fill(reply)]);
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
    hold(match) {
      held = match;
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
