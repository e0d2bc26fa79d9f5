import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';
import type { Metrics } from './metrics.ts';

/** 'standby': enabled, waiting to lead (another instance holds the Discord gateway); healthy. */
export type AdapterState = 'up' | 'down' | 'disabled' | 'standby';
/** 'disabled' before the process opens its store (the console, or no adapter that needs one). */
export type DatabaseState = 'up' | 'down' | 'disabled';

export interface HealthStatus {
  adapters: { slack: AdapterState; discord: AdapterState };
  knowledgeVersion: string;
  /** When the digest scheduler last finished a run (ISO 8601), null before the first or when it is off. */
  lastDigestRun: string | null;
  /**
   * Whether the store answers. A database that is down does not make /healthz fail (answers need no database,
   * so a load balancer should keep sending questions); the body says `"status":"degraded"`.
   */
  database?: DatabaseState;
}

export interface HealthServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Bind address; 127.0.0.1 unless the operator says otherwise (HEALTH_HOST). */
  host?: string;
  metrics: Metrics;
  status: () => HealthStatus;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

export interface HealthServer {
  /** The bound port. */
  readonly port: number;
  close(): Promise<void>;
}

/** 503 when an enabled adapter is down: a load balancer or systemd watchdog then sees the bot as unhealthy. */
export function healthCode(status: HealthStatus): 200 | 503 {
  return Object.values(status.adapters).includes('down') ? 503 : 200;
}

function send(res: ServerResponse, code: number, type: string, body: string): void {
  res.writeHead(code, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

async function handle(opts: HealthServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'text/plain', 'method not allowed\n');
  if (path === '/healthz') {
    const status = opts.status();
    const code = healthCode(status);
    const degraded = code !== 200 || status.database === 'down';
    const body = { status: degraded ? 'degraded' : 'ok', ...status };
    return send(res, code, 'application/json; charset=utf-8', `${JSON.stringify(body)}\n`);
  }
  if (path === '/metrics') {
    opts.status(); // brings plenary_adapter_up up to date, as /healthz does
    const text = await opts.metrics.registry.metrics();
    return send(res, 200, opts.metrics.registry.contentType, text);
  }
  send(res, 404, 'text/plain', 'not found\n');
}

/** GET /healthz and GET /metrics on node:http; nothing else is served. */
export function startHealthServer(opts: HealthServerOptions): Promise<HealthServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(opts, req, res).catch((err: unknown) => {
      opts.log.error({ err: (err as Error).message, url: req.url }, 'health server request failed');
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error\n');
      else res.end();
    });
  });
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new Error(`could not listen on HEALTH_PORT ${opts.port} at ${host} (${err.code ?? err.message})`),
      ),
    );
    server.listen(opts.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : opts.port;
      opts.log.info({ host, port }, 'health server listening (/healthz, /metrics)');
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
