/**
 * A local Discord for end-to-end tests: the REST API over HTTP and the gateway over WebSocket, both on 127.0.0.1.
 * The gateway speaks JSON without compression: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats and ACKs,
 * RESUME -> replayed events + RESUMED. Tests dispatch INTERACTION_CREATE and MESSAGE_CREATE and read what the bot
 * sent from `requests`. Nothing leaves the machine.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  APP_ID,
  BOT_ID,
  botUser,
  CHANNEL_ID,
  COMMAND_ID,
  DM_CHANNEL_ID,
  GUILD_ID,
  guildCreate,
  type InvokerOptions,
  interactionContext,
  MEMBER_PERMISSIONS,
  nextId,
  person,
  type RecordedFile,
  readBody,
  sentMessage,
} from './fake-discord-payloads.ts';

export {
  APP_ID,
  BOT_ID,
  CHANNEL_ID,
  COMMAND_ID,
  DM_CHANNEL_ID,
  FRIEND_DM_ID,
  GUILD_ID,
  type InvokerOptions,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  nextId,
  type RecordedFile,
  USER_ID,
} from './fake-discord-payloads.ts';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** Files uploaded with a multipart request. */
  files: RecordedFile[];
  /** The status the fake answered with. */
  status: number;
  /** performance.now() when the request arrived. */
  at: number;
}

interface Waiter {
  match: (r: RecordedRequest) => boolean;
  resolve: (r: RecordedRequest) => void;
}

interface RateLimitRule {
  match: (method: string, path: string) => boolean;
  retryAfterSeconds: number;
}

export interface Failure {
  status: number;
  /** Discord's JSON error code (10003 Unknown Channel, 50001 Missing Access, 50013 Missing Permissions). */
  code?: number;
  message?: string;
  /** How many matching requests fail (default 1). */
  times?: number;
}

interface FailureRule extends Failure {
  match: (method: string, path: string) => boolean;
  left: number;
}

export class FakeDiscord {
  /** Requests the fake answered normally. */
  readonly requests: RecordedRequest[] = [];
  /** Requests it refused on purpose (failNext, rateLimitOnce), with the status sent. */
  readonly rejected: RecordedRequest[] = [];
  /** Opcodes the bot sent over the gateway, in order (2 IDENTIFY, 6 RESUME, 1 HEARTBEAT). */
  readonly gatewayOps: number[] = [];
  readonly sessionId = `session-${nextId()}`;
  /** Every dispatch of this session, for replay on RESUME. */
  private readonly dispatched: { op: 0; t: string; s: number; d: unknown }[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly rateLimits: RateLimitRule[] = [];
  private readonly failures: FailureRule[] = [];
  private readonly listeners: ((r: RecordedRequest) => void)[] = [];
  private seq = 0;
  private socket: WebSocket | null = null;
  private sessionReady: Promise<void> = Promise.resolve();
  private markReady: () => void = () => undefined;
  private http!: Server;
  private wss!: WebSocketServer;
  apiUrl = '';
  gatewayUrl = '';
  /** Messages the bot posts are echoed back as MESSAGE_CREATE, as Discord does. */
  echoOwnMessages = true;

  constructor(private readonly heartbeatIntervalMs = 1_000) {}

  async start(): Promise<this> {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(this.wss, 'listening');
    this.gatewayUrl = `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
    this.wss.on('connection', (ws, req) => this.onConnection(ws, req.url ?? ''));
    this.http = createServer((req, res) => void this.onRequest(req, res));
    this.http.listen(0, '127.0.0.1');
    await once(this.http, 'listening');
    this.apiUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/api`;
    this.expectSession();
    return this;
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** Gateway connections open now (instances sharing a gateway lock: at most one). */
  get openConnections(): number {
    return this.wss.clients.size;
  }

  /** Resolves when the current connection has sent READY or RESUMED. */
  ready(): Promise<void> {
    return this.sessionReady;
  }

  /** Answers requests matching `match` with one 429 (bucket exhausted for `retryAfterSeconds`), then normally. */
  rateLimitOnce(match: (method: string, path: string) => boolean, retryAfterSeconds = 0.2): void {
    this.rateLimits.push({ match, retryAfterSeconds });
  }

  /** Answers the next `times` requests matching `match` with an error status (and Discord error code). */
  failNext(match: (method: string, path: string) => boolean, failure: Failure): void {
    this.failures.push({ ...failure, match, left: failure.times ?? 1 });
  }

  /** Closes the gateway connection with a close code, as Discord does (4007 and 1000 mean: identify again). */
  closeConnection(code: number): void {
    this.expectSession();
    this.socket?.close(code, 'fake Discord closed the session');
    this.socket = null;
  }

  onRequestRecorded(listener: (r: RecordedRequest) => void): void {
    this.listeners.push(listener);
  }

  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    const found = this.requests.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('fake Discord: request not received in time')),
        timeoutMs,
      );
      this.waiters.push({
        match,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  /** Sends one gateway dispatch to the connected bot. */
  dispatch(t: string, d: unknown): void {
    const payload = { op: 0 as const, t, s: ++this.seq, d };
    this.dispatched.push(payload);
    this.socket?.send(JSON.stringify(payload));
  }

  /** When set, IDENTIFY is answered by closing with this code (4004: authentication failed). */
  identifyCloseCode: number | null = null;

  /** Gateway connections are dropped as they open, as if the gateway were unreachable (until set back). */
  refusing = false;

  /** Drops the gateway connection without a close frame, as a network failure would. */
  dropConnection(): void {
    this.expectSession();
    this.socket?.terminate();
    this.socket = null;
  }

  interaction(
    data: Record<string, unknown>,
    type = 2,
    invoker: InvokerOptions = {},
  ): { id: string; token: string; payload: Record<string, unknown> } {
    const id = nextId();
    const token = `token-${id}`;
    const where = interactionContext(invoker);
    const payload = {
      id,
      application_id: APP_ID,
      type,
      token,
      version: 1,
      app_permissions: MEMBER_PERMISSIONS,
      locale: invoker.locale ?? 'en-GB',
      entitlements: [],
      attachment_size_limit: 10_485_760,
      ...where,
      data: type === 3 ? data : { id: COMMAND_ID, name: 'votes', type: 1, ...data },
    };
    return { id, token, payload };
  }

  /** Dispatches a click on a button (custom id) under `message` (a message object, e.g. from sentMessage). */
  clickButton(
    customId: string,
    message: Record<string, unknown>,
    invoker: InvokerOptions = {},
  ): { id: string; token: string } {
    const i = this.interaction({ custom_id: customId, component_type: 2 }, 3, invoker);
    i.payload.message = message;
    this.dispatch('INTERACTION_CREATE', i.payload);
    return i;
  }

  /** Dispatches a message command (Apps menu) on a message by someone else with this content. */
  messageCommand(name: string, content: string, invoker: InvokerOptions = {}): { id: string; token: string } {
    const target: Record<string, unknown> = {
      ...sentMessage(String(interactionContext(invoker).channel_id), { content }),
      author: person,
    };
    const i = this.interaction(
      {
        id: COMMAND_ID,
        name,
        type: 3,
        target_id: target.id,
        resolved: { messages: { [String(target.id)]: target } },
      },
      2,
      invoker,
    );
    this.dispatch('INTERACTION_CREATE', i.payload);
    return i;
  }

  /** Dispatches `/votes <sub> <option>:<value>`; with `focused`, an autocomplete request instead. */
  slashCommand(
    sub: string,
    options: Record<string, string> = {},
    focused?: string,
  ): { id: string; token: string } {
    const opts = Object.entries(options).map(([name, value]) => ({
      type: 3,
      name,
      value,
      ...(name === focused ? { focused: true } : {}),
    }));
    const i = this.interaction({ options: [{ type: 1, name: sub, options: opts }] }, focused ? 4 : 2);
    this.dispatch('INTERACTION_CREATE', i.payload);
    return i;
  }

  /** Dispatches `/votes <group> <sub> <option>:<value>` (e.g. digest subscribe), as `invoker`. */
  groupCommand(
    group: string,
    sub: string,
    options: Record<string, string> = {},
    opts: InvokerOptions & { focused?: string } = {},
  ): { id: string; token: string } {
    const inner = Object.entries(options).map(([name, value]) => ({
      type: 3,
      name,
      value,
      ...(name === opts.focused ? { focused: true } : {}),
    }));
    const i = this.interaction(
      { options: [{ type: 2, name: group, options: [{ type: 1, name: sub, options: inner }] }] },
      opts.focused ? 4 : 2,
      opts,
    );
    this.dispatch('INTERACTION_CREATE', i.payload);
    return i;
  }

  /** Dispatches a message from a person (in the server channel, or in a DM when `dm`). */
  message(content: string, opts: { dm?: boolean; mentionsBot?: boolean; author?: object } = {}): string {
    const id = nextId();
    const mentions = (opts.mentionsBot ?? content.includes(`<@${BOT_ID}>`)) ? [botUser] : [];
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: opts.dm ? DM_CHANNEL_ID : CHANNEL_ID,
      ...(opts.dm
        ? {}
        : {
            guild_id: GUILD_ID,
            member: { roles: [], joined_at: '2025-01-01T00:00:00.000Z', deaf: false, mute: false },
          }),
      author: opts.author ?? person,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
      components: [],
      channel_type: opts.dm ? 1 : 0,
    });
    return id;
  }

  private expectSession(): void {
    this.sessionReady = new Promise((resolve) => {
      this.markReady = resolve;
    });
  }

  private send(ws: WebSocket, payload: object): void {
    ws.send(JSON.stringify(payload));
  }

  private onConnection(ws: WebSocket, url: string): void {
    if (this.refusing) {
      ws.terminate();
      return;
    }
    const query = new URLSearchParams(url.split('?')[1] ?? '');
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      ws.close(4002, 'fake Discord speaks uncompressed JSON only');
      return;
    }
    this.socket = ws;
    ws.on('message', (raw) =>
      this.onGatewayMessage(ws, JSON.parse(String(raw)) as { op: number; d: unknown }),
    );
    this.send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private onGatewayMessage(ws: WebSocket, msg: { op: number; d: unknown }): void {
    this.gatewayOps.push(msg.op);
    if (msg.op === 1) this.send(ws, { op: 11 });
    else if (msg.op === 2) this.identify(ws);
    else if (msg.op === 6) this.resume(ws, msg.d as { session_id: string; seq: number });
  }

  private identify(ws: WebSocket): void {
    if (this.identifyCloseCode !== null) {
      ws.close(this.identifyCloseCode, 'fake Discord refused the identify');
      return;
    }
    this.dispatched.length = 0;
    const ready = {
      v: 10,
      user: botUser,
      guilds: [{ id: GUILD_ID, unavailable: true }],
      session_id: this.sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard: [0, 1],
      application: { id: APP_ID, flags: 0 },
    };
    this.dispatch('READY', ready);
    this.dispatch('GUILD_CREATE', guildCreate());
    this.markReady();
    void ws;
  }

  private resume(ws: WebSocket, d: { session_id: string; seq: number }): void {
    if (d.session_id !== this.sessionId) {
      this.send(ws, { op: 9, d: false });
      return;
    }
    for (const p of this.dispatched) if (p.s > d.seq) this.send(ws, p);
    this.send(ws, { op: 0, t: 'RESUMED', s: ++this.seq, d: {} });
    this.markReady();
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const method = req.method ?? 'GET';
    const { body, files } = await readBody(req);
    const failing = this.failures.find((f) => f.left > 0 && f.match(method, path));
    if (failing) {
      failing.left -= 1;
      const record: RecordedRequest = {
        method,
        path,
        query: url.searchParams,
        body,
        files,
        status: failing.status,
        at,
      };
      this.rejected.push(record);
      res.writeHead(failing.status, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ message: failing.message ?? 'fake Discord failure', code: failing.code ?? 0 }),
      );
      for (const l of this.listeners) l(record);
      return;
    }
    const limited = this.rateLimits.findIndex((r) => r.match(method, path));
    if (limited >= 0) {
      const rule = this.rateLimits.splice(limited, 1)[0]!;
      this.rejected.push({ method, path, query: url.searchParams, body, files, status: 429, at });
      const s = String(rule.retryAfterSeconds);
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': s,
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': s,
        'x-ratelimit-bucket': 'fake-bucket',
      });
      res.end(
        JSON.stringify({
          message: 'You are being rate limited.',
          retry_after: rule.retryAfterSeconds,
          global: false,
        }),
      );
      return;
    }
    const reply = this.respond(method, path, body as Record<string, unknown> | null);
    const record: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      body,
      files,
      status: reply.status,
      at,
    };
    this.requests.push(record);
    res.writeHead(reply.status, reply.json === undefined ? {} : { 'content-type': 'application/json' });
    res.end(reply.json === undefined ? undefined : JSON.stringify(reply.json));
    reply.after?.();
    for (const l of this.listeners) l(record);
    for (const w of [...this.waiters])
      if (w.match(record)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(record);
      }
  }

  private respond(method: string, path: string, body: Record<string, unknown> | null): Reply {
    const b = body ?? {};
    if (method === 'GET' && path === '/gateway/bot')
      return {
        status: 200,
        json: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      };
    if (method === 'GET' && path === '/gateway') return { status: 200, json: { url: this.gatewayUrl } };
    if (method === 'GET' && path === '/users/@me') return { status: 200, json: botUser };
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const commands = (body as unknown as object[]).map((c) => ({
        ...c,
        id: nextId(),
        application_id: APP_ID,
      }));
      return { status: 200, json: commands };
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path))
      return { status: 200, json: sentMessage(CHANNEL_ID, b) };
    if (method === 'DELETE' && /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/.test(path)) return { status: 204 };
    if (method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/.test(path))
      return { status: 200, json: sentMessage(CHANNEL_ID, b) };
    const post = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && post) {
      const message = sentMessage(post[1]!, b);
      // Discord sends the bot its own message back; the bot must ignore it.
      const echo = () =>
        this.dispatch('MESSAGE_CREATE', {
          ...message,
          ...(post[1] === CHANNEL_ID ? { guild_id: GUILD_ID } : {}),
        });
      return { status: 200, json: message, ...(this.echoOwnMessages ? { after: echo } : {}) };
    }
    if (method === 'POST' && path === '/users/@me/channels')
      return { status: 200, json: { id: DM_CHANNEL_ID, type: 1, recipients: [person] } };
    return { status: 404, json: { message: `fake Discord: no route for ${method} ${path}`, code: 0 } };
  }
}

interface Reply {
  status: number;
  json?: unknown;
  /** Runs after the response is sent. */
  after?: () => void;
}

export const startFakeDiscord = (heartbeatIntervalMs?: number): Promise<FakeDiscord> =>
  new FakeDiscord(heartbeatIntervalMs).start();
