/**
 * Discord's Interactions Endpoint URL: interactions arrive as signed HTTP POSTs instead of over the gateway, so
 * every instance behind a load balancer can answer `/votes`. Each request is verified with the application's
 * Ed25519 public key (node:crypto; 401 otherwise), PING is answered PONG, and any other interaction is handed
 * to the Discord adapter's own handlers (discord.js, REST only). Discord takes the first response to such an
 * interaction only as the HTTP response, so the adapter's first callback (reply, defer, autocomplete choices) is
 * caught on its way to Discord's REST API and written here instead; edits and follow-ups go to the webhook
 * endpoints as usual.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { DefaultRestOptions, type RESTOptions } from 'discord.js';
import type { Logger } from '../../src/logger.ts';

export const INTERACTIONS_PATH = '/discord/interactions';
const MAX_BODY_BYTES = 256 * 1024;
/** Discord's deadline is 3 s; past this the interaction is acknowledged as "thinking…" (deferred). */
export const FIRST_RESPONSE_MS = 2_500;
/**
 * How often interactions still waiting are checked against FIRST_RESPONSE_MS: one timer for all of them instead
 * of one each (a timer per request was 2.4% of a `/votes` interaction's CPU under bench:roundtrip). A deferral
 * then goes out between 2.5 and 2.55 s.
 */
const SWEEP_MS = 50;
/** DER header of an Ed25519 SubjectPublicKeyInfo: the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const CALLBACK = /\/interactions\/(\d+)\/[^/]+\/callback(?:\?|$)/;

/** The application's public key as the Developer Portal shows it (64 hex characters). */
export function discordPublicKey(hex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/** Discord's signature: Ed25519 over the timestamp header followed by the raw body. */
export function verifyDiscordSignature(
  key: KeyObject,
  signatureHex: string,
  timestamp: string,
  raw: Buffer,
): boolean {
  if (!/^[0-9a-f]{128}$/i.test(signatureHex) || timestamp === '') return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp), raw]), key, Buffer.from(signatureHex, 'hex'));
}

type MakeRequest = RESTOptions['makeRequest'];
interface Waiting {
  resolve(body: string): void;
  /** now() when it arrived. */
  since: number;
  ephemeral: boolean;
}
/** The one method of discord.js's REST client the bridge wraps. */
interface RestPost {
  post(route: string, options?: { body?: unknown; files?: readonly unknown[] | undefined }): Promise<unknown>;
}
/** Routes.interactionCallback(id, token), as the REST client is given it. */
const CALLBACK_ROUTE = /^\/interactions\/(\d+)\/[^/]+\/callback$/;

/**
 * The adapter's REST calls, with the first callback of each interaction received over HTTP diverted to
 * `pending` (answered 204, as Discord would); everything else goes to the network.
 */
export function createCallbackBridge(now: () => number = () => performance.now()) {
  /** Interactions waiting for their first response, in order of arrival. */
  const pending = new Map<string, Waiting>();
  let sweeper: ReturnType<typeof setInterval> | undefined;
  /** Defers the interactions that have waited FIRST_RESPONSE_MS (the oldest first; the map keeps arrival order). */
  const sweep = () => {
    const t = now();
    for (const [id, w] of pending) {
      if (t - w.since < FIRST_RESPONSE_MS) break;
      pending.delete(id);
      w.resolve(JSON.stringify({ type: 5, data: w.ephemeral ? { flags: 64 } : {} }));
    }
    if (pending.size === 0 && sweeper !== undefined) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  };
  const makeRequest: MakeRequest = async (url, init) => {
    const id = CALLBACK.exec(url)?.[1];
    const deliver = id === undefined ? undefined : pending.get(id)?.resolve;
    if (!deliver || id === undefined) return DefaultRestOptions.makeRequest(url, init);
    pending.delete(id);
    const raw: unknown = init.body;
    // A first response with files would be multipart; the adapter defers before uploading, so only JSON is expected.
    const body = raw instanceof FormData ? String(raw.get('payload_json') ?? '{}') : String(raw);
    deliver(body);
    return new Response(null, { status: 204 });
  };
  /**
   * Takes the first callback earlier, at `rest.post` (the REST client's queue, buckets and request building cost
   * several per cent of an interaction's CPU and do nothing for a response that never leaves the process): a
   * callback without files for an interaction that came over HTTP is serialised as the REST client would
   * (`JSON.stringify` of the body) and answered as the diverted request would be (no content). Anything else,
   * including a first response with files, goes on through `makeRequest` above.
   */
  const attach = (rest: RestPost): void => {
    const post = rest.post.bind(rest);
    rest.post = async (route, options) => {
      const id = CALLBACK_ROUTE.exec(route)?.[1];
      const deliver = id === undefined ? undefined : pending.get(id)?.resolve;
      if (!deliver || id === undefined || (options?.files?.length ?? 0) > 0 || options?.body == null)
        return post(route, options);
      pending.delete(id);
      deliver(JSON.stringify(options.body));
      return new ArrayBuffer(0);
    };
  };
  /** Resolves with the interaction's first response body, or a deferral when none comes in time. */
  const firstResponse = (id: string, ephemeral: boolean): Promise<string> =>
    new Promise((resolve) => {
      // A repeated id waits from now, at the end of the line.
      pending.delete(id);
      pending.set(id, { resolve, since: now(), ephemeral });
      sweeper ??= setInterval(sweep, SWEEP_MS);
    });
  /** Writes `body` as the interaction's first response; false when it has none pending (a deferral went out). */
  const deliver = (id: string, body: string): boolean => {
    const waiting = pending.get(id);
    if (waiting === undefined) return false;
    pending.delete(id);
    waiting.resolve(body);
    return true;
  };
  return { makeRequest, firstResponse, attach, deliver };
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Writes the endpoint's answer. A function of the module, not a closure made per request (under tsx each named
 * closure is renamed with Object.defineProperty as it is made); the header objects are made once.
 */
const JSON_TYPE = Object.freeze({ 'content-type': 'application/json' });
const TEXT_TYPE = Object.freeze({ 'content-type': 'text/plain' });
function send(res: ServerResponse, code: number, body: string): void {
  res.writeHead(code, code === 200 ? JSON_TYPE : TEXT_TYPE);
  res.end(body);
}

export interface InteractionsServerOptions {
  port: number;
  host?: string | undefined;
  publicKey: KeyObject;
  bridge: ReturnType<typeof createCallbackBridge>;
  /** The interactions answered without discord.js (direct-command.ts): true when it took this one. */
  direct?: (raw: unknown, respond: (body: string) => boolean) => boolean;
  handle(raw: unknown): void;
  log: Pick<Logger, 'info' | 'warn'>;
}

export async function startInteractionsServer(opts: InteractionsServerOptions): Promise<{
  port: number;
  close(): Promise<void>;
}> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== INTERACTIONS_PATH)
      return send(res, 404, 'not found\n');
    const signature = String(req.headers['x-signature-ed25519'] ?? '');
    const timestamp = String(req.headers['x-signature-timestamp'] ?? '');
    void readBody(req).then(
      async (raw) => {
        if (raw === null) return send(res, 413, 'too large\n');
        if (!verifyDiscordSignature(opts.publicKey, signature, timestamp, raw))
          return send(res, 401, 'invalid request signature\n');
        let interaction: { id?: unknown; type?: unknown; data?: { options?: unknown } };
        try {
          interaction = JSON.parse(raw.toString('utf8')) as typeof interaction;
        } catch {
          return send(res, 400, 'not JSON\n');
        }
        if (interaction.type === 1) return send(res, 200, '{"type":1}');
        if (typeof interaction.id !== 'string') return send(res, 400, 'no interaction id\n');
        const id = interaction.id;
        const first = opts.bridge.firstResponse(id, true);
        if (!opts.direct?.(interaction, (body) => opts.bridge.deliver(id, body))) opts.handle(interaction);
        send(res, 200, await first);
      },
      () => send(res, 400, 'bad request\n'),
    );
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  opts.log.info({ port, path: INTERACTIONS_PATH }, 'discord: interactions endpoint listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
