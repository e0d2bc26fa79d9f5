/**
 * Plenary's own Bolt Receiver for HTTP mode (POST /slack/events), over node:http. In order, before any handler:
 * the signature headers and a timestamp within five minutes either way (401 before a byte of the body is read);
 * the body, at most `maxBodyBytes` (413 when declared or streamed beyond it; 503 when all bodies being read
 * at once pass `maxBufferedBytes`); the HMAC of the raw bytes (401); replays (401) and Slack retries of
 * something already handled (200, not handled again); a body that is a JSON object (400). Then Bolt handles
 * the request, except a `/votes` slash command, which goes straight to its handler (direct-command.ts). Whatever a handler throws, the request gets a 5xx (or its ack) and the error is logged: no
 * request can end the process. GET requests may first be answered by `routes` (the OAuth pages, oauth.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AckFn, App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import type { DirectHandler } from './direct-command.ts';
import { isSslCheck, parseSlackBody, type SlackBody } from './parse-body.ts';
import { type BodyBudget, createBodyBudget, readBody } from './read-body.ts';
import { createReplayGuard, type ReplayGuard } from './replay-guard.ts';
import { checkHeaders, signatureMatches } from './signature.ts';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
/** Slack waits three seconds for the ack; Bolt's own receiver answers 404 just after that. */
const ACK_TIMEOUT_MS = 3_001;
/** A client that takes longer than this to send one request, or its headers, is cut off (slow-client attacks). */
const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 10_000;

export interface SlackReceiverOptions {
  signingSecret: string;
  path: string;
  log: Logger;
  maxBodyBytes?: number;
  maxBufferedBytes?: number;
  replay?: ReplayGuard;
  now?: () => number;
  /**
   * Other pages served by this server before the checks above, which apply to `path` only (the OAuth install
   * and redirect pages, oauth.ts): true when it answered the request.
   */
  routes?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

const respond = (res: ServerResponse, status: number, body?: string, type?: string): void => {
  if (res.headersSent) return;
  res.writeHead(status, type ? { 'content-type': type } : {});
  res.end(body);
};

function sendAck(res: ServerResponse, response: unknown): void {
  if (response === undefined || response === null || response === '') respond(res, 200);
  else if (typeof response === 'string') respond(res, 200, response);
  else respond(res, 200, JSON.stringify(response), 'application/json');
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

/** The request as Bolt's processEvent takes it. */
function boltEvent(body: SlackBody, req: IncomingMessage, ack: AckFn<unknown>): ReceiverEvent {
  const retryNum = Number(header(req, 'x-slack-retry-num'));
  const retryReason = header(req, 'x-slack-retry-reason');
  return {
    body,
    ack,
    ...(Number.isInteger(retryNum) ? { retryNum } : {}),
    ...(retryReason !== undefined ? { retryReason } : {}),
    customProperties: {},
  };
}

/**
 * A request's ack: the first call answers it (later calls do nothing), and with none within ACK_TIMEOUT_MS it is
 * answered 404. A class with the ack made by a method, so that no named closure is made per request (under tsx
 * each is renamed with Object.defineProperty as it is made).
 */
class PendingAck {
  acked = false;
  readonly timer: NodeJS.Timeout;
  readonly ack: AckFn<unknown>;

  constructor(res: ServerResponse, log: Logger) {
    this.timer = setTimeout(() => {
      if (this.acked) return;
      this.acked = true;
      log.error('a Slack request was not acknowledged within 3 seconds; answered 404');
      respond(res, 404);
    }, ACK_TIMEOUT_MS);
    this.ack = this.ackFor(res);
  }

  private ackFor(res: ServerResponse): AckFn<unknown> {
    return async (response) => {
      if (this.acked) return;
      this.acked = true;
      clearTimeout(this.timer);
      sendAck(res, response);
    };
  }
}

export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private server: Server | undefined;
  private readonly budget: BodyBudget;
  private readonly replay: ReplayGuard;
  private readonly log: Logger;
  private direct: ((body: SlackBody) => DirectHandler | undefined) | undefined;

  constructor(private readonly opts: SlackReceiverOptions) {
    this.budget = createBodyBudget(opts.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES);
    this.replay = opts.replay ?? createReplayGuard();
    this.log = opts.log.child({ component: 'slack-http' });
  }

  init(app: App): void {
    this.app = app;
  }

  /**
   * Requests that `pick` takes (it returns their handler) skip Bolt's dispatch; they come after every check
   * here, and get the same ack, 3-second timer and error containment as the rest.
   */
  handleDirectly(pick: (body: SlackBody) => DirectHandler | undefined): void {
    this.direct = pick;
  }

  start(listen: { port: number; host?: string | undefined }): Promise<Server> {
    const server = createServer((req, res) => {
      this.route(req, res).catch((err: unknown) => {
        this.log.error({ err: (err as Error)?.message }, 'Slack request failed; answered 500');
        respond(res, 500);
      });
    });
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.headersTimeout = HEADERS_TIMEOUT_MS;
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(listen.port, listen.host, () => {
        server.off('error', reject);
        resolve(server);
      });
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private refuse(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    reason: string,
    extra = {},
  ): void {
    this.log.warn({ status, reason, ...extra }, `Slack request refused: ${reason}`);
    // Node closes a connection whose request was not read to the end as soon as the answer is written, and a
    // client still sending then gets a reset instead of the answer. Kept open, the rest is read and dropped
    // (never buffered), and REQUEST_TIMEOUT_MS still ends a body that never stops.
    if (!req.complete) res.shouldKeepAlive = true;
    respond(res, status);
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (req.method === 'GET' && (await this.opts.routes?.(req, res))) return;
    if (req.method !== 'POST' || path !== this.opts.path) return respond(res, 404);
    const now = this.opts.now?.() ?? Date.now();
    const contentType = header(req, 'content-type');
    const checked = checkHeaders(req.headers, now);
    const max = this.opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    if (!checked.ok) {
      if (
        checked.reason === 'missing_headers' &&
        contentType?.startsWith('application/x-www-form-urlencoded')
      ) {
        const probe = await readBody(req, 4_096, this.budget);
        if (probe.ok && isSslCheck(probe.raw, contentType)) return respond(res, 200);
      }
      return this.refuse(req, res, 401, checked.reason);
    }
    const body = await readBody(req, max, this.budget);
    if (!body.ok)
      return this.refuse(req, res, body.status, body.status === 413 ? 'body too large' : 'body not read', {
        maxBytes: max,
      });
    if (!signatureMatches(this.opts.signingSecret, checked.timestamp, body.raw, checked.signature))
      return this.refuse(req, res, 401, 'signature mismatch');
    const resent = header(req, 'x-slack-retry-num') !== undefined;
    const verdict = this.replay.check(checked.signature, body.raw, resent);
    if (verdict === 'replay') return this.refuse(req, res, 401, 'replayed request');
    if (verdict === 'retry') {
      this.log.debug(
        { retryNum: header(req, 'x-slack-retry-num') },
        'Slack resent a request already handled',
      );
      return respond(res, 200);
    }
    const parsed = parseSlackBody(body.raw, contentType);
    if (!parsed) return this.refuse(req, res, 400, 'body is not a Slack payload', { contentType });
    if (parsed.ssl_check === '1') return respond(res, 200);
    if (parsed.type === 'url_verification')
      return respond(res, 200, JSON.stringify({ challenge: parsed.challenge }), 'application/json');
    await this.dispatch(parsed, req, res);
  }

  private async dispatch(body: SlackBody, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pending = new PendingAck(res, this.log);
    const { ack } = pending;
    const direct = this.direct?.(body);
    try {
      await (direct ? direct(ack) : this.app?.processEvent(boltEvent(body, req, ack)));
      // Listeners ack before their work (and Bolt acks events itself): nothing acked by now means nobody will.
      if (!pending.acked) {
        pending.acked = true;
        clearTimeout(pending.timer);
        this.log.warn(
          { type: body.type, command: body.command },
          'no listener took a Slack request; answered 404',
        );
        respond(res, 404);
      }
    } catch (err) {
      clearTimeout(pending.timer);
      pending.acked = true;
      const e = err as { code?: unknown; message?: unknown };
      this.log.error(
        { code: e?.code, err: e?.message },
        'a Slack handler failed; answered 500 if not yet acknowledged',
      );
      respond(res, 500);
    }
  }
}
