/**
 * `/votes` in HTTP mode without Bolt's dispatch. Bolt runs every request through its global middleware and then
 * through the matcher chain of every listener (about a dozen here), which was a fifth of the CPU of a slash
 * command under load (bench:roundtrip with --cpu-prof). A `/votes` command is the one request that is both
 * frequent and simple, so the receiver hands it here after all of its checks (signature, timestamp, size,
 * replay), and this does what Bolt and the listener in listeners.ts would: the workspace's token (Bolt's
 * `authorize`: the one SLACK_BOT_TOKEN or the installation's), nothing new while stopping, the work tracked for
 * stop(), the ack, then the answer at the response_url. Everything else (buttons, events, enterprise installs)
 * still goes through Bolt.
 */
import type { AckFn, App, webApi } from '@slack/bolt';
import { webApi as web } from '@slack/bolt';
import type { InFlight } from '../../src/ops/in-flight.ts';
import { runVotesCommand, type Services } from './commands.ts';
import { errorSummary } from './deliver.ts';
import type { SlackBody } from './parse-body.ts';
import { createResponder, type ResponderOptions } from './response-url.ts';

export const VOTES_COMMAND = '/votes';

/**
 * The bot token for a command's workspace, as Bolt's `authorize` gives it (undefined: none, and the client has no
 * token, as Bolt's would not); throws when the workspace is not authorized.
 */
export type CommandAuthorize = (
  teamId: string,
  userId: string,
  channelId: string,
) => Promise<string | undefined>;

/** Handles the request (acking it through `ack`); the receiver answers 404 if it never acks. */
export type DirectHandler = (ack: AckFn<unknown>) => Promise<void>;

const MAX_POOLED_CLIENTS = 10_000;

/** One WebClient per workspace and token, with Bolt's own client options, as Bolt pools them. */
function clientPool(app: App): (teamId: string, token: string | undefined) => webApi.WebClient {
  const pool = new Map<string, webApi.WebClient>();
  return (teamId, token) => {
    if (token === undefined) return app.client;
    const key = `${teamId}\u0000${token}`;
    let client = pool.get(key);
    if (!client) {
      if (pool.size >= MAX_POOLED_CLIENTS) pool.clear();
      client = new web.WebClient(token, { ...app.webClientOptions, teamId });
      pool.set(key, client);
    }
    return client;
  };
}

const field = (body: SlackBody, name: string): string | undefined =>
  typeof body[name] === 'string' ? (body[name] as string) : undefined;

export interface DirectCommandDeps {
  app: App;
  services: Services;
  authorize: CommandAuthorize;
  responseOpts: ResponderOptions;
  inFlight: InFlight;
  accepting: () => boolean;
}

/** The receiver's `direct` hook: a handler for a `/votes` slash command body, else undefined (Bolt handles it). */
export function directVotesCommand(deps: DirectCommandDeps): (body: SlackBody) => DirectHandler | undefined {
  const clientFor = clientPool(deps.app);
  const { services } = deps;
  return (body) => {
    if (body.command !== VOTES_COMMAND || body.is_enterprise_install === 'true') return undefined;
    const teamId = field(body, 'team_id');
    const userId = field(body, 'user_id');
    const channelId = field(body, 'channel_id');
    if (!teamId || !userId || !channelId) return undefined;
    return async (ack) => {
      let token: string | undefined;
      try {
        token = await deps.authorize(teamId, userId, channelId);
      } catch (err) {
        // As Bolt does when authorize fails: acknowledged, no listener called, the error logged.
        services.log.warn('Authorization of incoming event did not succeed. No listeners will be called.');
        services.log.error({ error: errorSummary(err) }, 'unhandled error in a Slack listener');
        await ack();
        return;
      }
      if (!deps.accepting()) return;
      await deps.inFlight.track(
        (async () => {
          await ack();
          await runVotesCommand(services, {
            text: field(body, 'text') ?? '',
            userId,
            userName: field(body, 'user_name') || userId,
            channelId,
            teamId,
            respond: createResponder(body.response_url, deps.responseOpts),
            client: clientFor(teamId, token),
          });
        })().catch((err: unknown) => {
          services.log.error({ error: errorSummary(err) }, 'unhandled error in a Slack listener');
        }),
      );
    };
  };
}
