/**
 * Whether the Discord gateway is really connected, for /healthz and plenary_adapter_up. discord.js's
 * `client.isReady()` stays true after the first READY whatever happens to the connection, so this follows the
 * shard events instead: down from a close or a reconnect until READY or RESUMED. A drop that resumes within
 * `graceMs` (they are routine) does not count; a longer outage, such as refused reconnects, does.
 *
 * Some close codes end the session for good (discord.js does not reconnect after them): 4004 means Discord
 * rejected DISCORD_TOKEN. Those are fatal: the adapter reports them and the process exits rather than sit
 * disconnected and report healthy.
 */
export const GATEWAY_DOWN_GRACE_MS = 5_000;

/** Gateway close codes after which discord.js stops reconnecting, with what to tell the operator. */
export const FATAL_CLOSE_CODES: Readonly<Record<number, string>> = {
  4004: 'Discord rejected DISCORD_TOKEN (gateway close 4004, authentication failed): set a valid bot token',
  4010: 'Discord closed the gateway: invalid shard (4010)',
  4011: 'Discord closed the gateway: sharding required (4011)',
  4012: 'Discord closed the gateway: invalid API version (4012)',
  4013: 'Discord closed the gateway: invalid intents (4013)',
  4014: 'Discord closed the gateway: disallowed intents (4014); Plenary needs no privileged intent',
};

/** A gateway close that discord.js will not recover from. */
export class GatewayFatalError extends Error {
  override readonly name = 'GatewayFatalError';
  constructor(readonly code: number) {
    super(FATAL_CLOSE_CODES[code] ?? `Discord closed the gateway for good (${code})`);
  }
}

export interface GatewayHealth {
  connected(): void;
  disconnected(): void;
  /** Up, or down for less than the grace period. */
  isUp(): boolean;
  /** Connected right now (no grace). */
  connectedNow(): boolean;
}

export function createGatewayHealth(graceMs = GATEWAY_DOWN_GRACE_MS, now = Date.now): GatewayHealth {
  let downSince: number | null = null;
  return {
    connected() {
      downSince = null;
    },
    disconnected() {
      downSince ??= now();
    },
    isUp() {
      return downSince === null || now() - downSince < graceMs;
    },
    connectedNow() {
      return downSince === null;
    },
  };
}
