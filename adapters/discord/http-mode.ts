/**
 * Starts `/votes` over HTTP on this instance (DISCORD_PUBLIC_KEY and DISCORD_INTERACTIONS_PORT): a Discord
 * adapter without a gateway session whose interactions come from the endpoint in interactions-http.ts.
 */
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/logger.ts';
import type { Router } from '../../src/router/router.ts';
import { createDiscordAdapter, type DiscordAdapterDeps, discordAdapterConfig } from './discord-adapter.ts';
import { createCallbackBridge, discordPublicKey, startInteractionsServer } from './interactions-http.ts';

export async function startHttpInteractions(
  config: Config,
  router: Router,
  log: Logger,
  deps: DiscordAdapterDeps,
): Promise<{ port: number; stop(): Promise<void> }> {
  if (config.DISCORD_PUBLIC_KEY === undefined || config.DISCORD_INTERACTIONS_PORT === undefined)
    throw new Error('DISCORD_PUBLIC_KEY and DISCORD_INTERACTIONS_PORT are not set');
  const bridge = createCallbackBridge();
  const adapter = createDiscordAdapter({
    ...discordAdapterConfig(config, router, log, deps),
    gateway: false,
    makeRequest: bridge.makeRequest,
  });
  bridge.attach(adapter.client.rest);
  await adapter.start();
  const server = await startInteractionsServer({
    port: config.DISCORD_INTERACTIONS_PORT,
    publicKey: discordPublicKey(config.DISCORD_PUBLIC_KEY),
    bridge,
    direct: adapter.direct,
    handle: (raw) => adapter.handleInteraction(raw),
    log,
  });
  return {
    port: server.port,
    async stop() {
      await server.close();
      await adapter.stop();
    },
  };
}
