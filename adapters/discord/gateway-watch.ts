/**
 * Follows the gateway session for the Discord adapter: logs closes, reconnects and resumes; keeps /healthz and
 * plenary_adapter_up true to the connection (gateway-health.ts: down once an outage outlasts the grace period);
 * and turns a close discord.js will not recover from (4004: bad token) into one fatal log line, a rejected
 * start() and the adapter's `onFatal`.
 */
import { type Client, Events } from 'discord.js';
import type { Logger } from '../../src/logger.ts';
import {
  createGatewayHealth,
  FATAL_CLOSE_CODES,
  GATEWAY_DOWN_GRACE_MS,
  GatewayFatalError,
} from './gateway-health.ts';

export interface GatewayWatchOptions {
  log: Logger;
  /** Sets plenary_adapter_up. */
  up(isUp: boolean): void;
  stopping(): boolean;
  graceMs?: number | undefined;
  onFatal?: ((err: GatewayFatalError) => void) | undefined;
}

export interface GatewayWatch {
  isUp(): boolean;
  /** Waits for the first READY; rejects with the fatal close if one comes first. */
  ready(): Promise<void>;
  /** The fatal close seen, if any: start() reports it rather than discord.js's bare "Authentication failed". */
  readonly fatal: GatewayFatalError | null;
  stop(): void;
}

export function watchGateway(client: Client, opts: GatewayWatchOptions): GatewayWatch {
  const { log } = opts;
  const graceMs = opts.graceMs ?? GATEWAY_DOWN_GRACE_MS;
  const health = createGatewayHealth(graceMs);
  let downTimer: NodeJS.Timeout | undefined;
  let failStart: ((err: Error) => void) | null = null;
  let fatal: GatewayFatalError | null = null;

  const markDown = () => {
    health.disconnected();
    // plenary_adapter_up follows the same rule as /healthz: 0 once the outage has outlasted the grace period.
    downTimer ??= setTimeout(() => {
      downTimer = undefined;
      opts.up(health.connectedNow());
    }, graceMs).unref();
  };
  const markUp = () => {
    health.connected();
    clearTimeout(downTimer);
    downTimer = undefined;
    if (!opts.stopping()) opts.up(true);
  };

  client.on(Events.ShardDisconnect, (e, shard) => {
    markDown();
    if (opts.stopping()) return;
    if (FATAL_CLOSE_CODES[e.code] === undefined)
      return void log.warn({ shard, code: e.code }, 'discord: gateway closed');
    fatal = new GatewayFatalError(e.code);
    log.fatal({ shard, code: e.code }, `discord: ${fatal.message}`);
    failStart?.(fatal);
    opts.onFatal?.(fatal);
  });
  client.on(Events.ShardReconnecting, (shard) => {
    markDown();
    if (!opts.stopping()) log.warn({ shard }, 'discord: gateway reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    markUp();
    log.info({ shard, replayed }, 'discord: gateway resumed');
  });
  client.on(Events.ShardReady, (shard) => {
    markUp();
    log.info({ shard }, 'discord: gateway session ready');
  });

  return {
    isUp: () => !opts.stopping() && health.isUp(),
    ready() {
      const ready = new Promise<void>((resolve, reject) => {
        failStart = reject;
        client.once(Events.ClientReady, () => resolve());
      }).finally(() => {
        failStart = null;
      });
      ready.catch(() => undefined); // when login itself fails, nobody awaits this
      return ready;
    },
    get fatal() {
      return fatal;
    },
    stop() {
      clearTimeout(downTimer);
    },
  };
}

export interface RetryingShard {
  internalConnect: () => Promise<void>;
}

/** The @discordjs/ws shards behind a discord.js Client (private fields; empty if their shape ever changes). */
export function gatewayShards(client: Client): RetryingShard[] {
  const ws = (client.ws as unknown as { _ws?: { strategy?: { shards?: Map<number, RetryingShard> } } })._ws;
  const shards = ws?.strategy?.shards;
  return shards instanceof Map
    ? [...shards.values()].filter((s) => typeof s.internalConnect === 'function')
    : [];
}
