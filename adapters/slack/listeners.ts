/**
 * What the Slack adapter listens to: `/votes`, the Share button, mentions and DMs, the Home tab, the reading
 * buttons of a question with several readings, the "Fact-check with Plenary" shortcut, and (installed through OAuth)
 * the events that say a workspace has uninstalled the app. Every listener gets a client that carries the token
 * of the workspace the request came from (Bolt's `authorize`).
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { createAnswerService } from '../../src/ops/answer-service.ts';
import type { InFlight } from '../../src/ops/in-flight.ts';
import type { ApiHealth } from './api-health.ts';
import { runShare, runVotesCommand, type Services } from './commands.ts';
import { createEventDeduper, type EventDeduper } from './dedupe.ts';
import { errorSummary, slackMetricKind } from './deliver.ts';
import {
  type CommandAuthorize,
  type DirectHandler,
  directVotesCommand,
  VOTES_COMMAND,
} from './direct-command.ts';
import { answerInConversation } from './events.ts';
import { createHome, wireHome } from './home.ts';
import type { SlackBody } from './parse-body.ts';
import { wireReadings } from './readings.ts';
import { SHARE_ACTION_ID } from './render.ts';
import { allowedResponseOrigins, createResponder } from './response-url.ts';
import { wireShortcut } from './shortcut.ts';
import type { SlackAdapterConfig } from './slack-adapter.ts';
import {
  type BotIdentity,
  questionFromDirectMessage,
  questionFromMention,
  type SlackMessageEvent,
} from './to-question.ts';
import { wireUninstall } from './uninstall.ts';

export { VOTES_COMMAND };

/** Failures that suggest the Web API itself is unreachable: the health probe runs at once. */
const OUTAGE_KINDS = new Set(['network', 'timeout', 'http_5xx', 'server_error']);

/** Counts a failure under its bounded kind (the code itself is in the log line its caller writes). */
export function countError(cfg: SlackAdapterConfig, code: string, health: ApiHealth): void {
  const kind = slackMetricKind(code);
  cfg.metrics?.platformError('slack', kind);
  if (OUTAGE_KINDS.has(kind)) health.suspect();
}

function servicesFor(cfg: SlackAdapterConfig, health: ApiHealth): Services {
  const { store } = cfg;
  return {
    router: cfg.router,
    service: cfg.service ?? createAnswerService({ router: cfg.router }),
    log: cfg.log.child({ platform: 'slack' }),
    // Every 429 this client sees is already counted as it happens (toBoltLogger's onRateLimited).
    onError: (code) => {
      if (code !== 'ratelimited') countError(cfg, code, health);
    },
    digest:
      store === undefined
        ? undefined
        : {
            store,
            defaults: cfg.digestDefaults ?? { time: '09:00', tz: 'UTC' },
            now: cfg.now ?? (() => new Date()),
          },
  };
}

/**
 * Registers the listeners. With `authorize` (HTTP mode), also returns the receiver's direct path for `/votes`
 * (direct-command.ts), which does what the command listener below does, without Bolt's dispatch.
 */
export function wire(
  app: App,
  cfg: SlackAdapterConfig,
  work: { inFlight: InFlight; accepting: () => boolean; health: ApiHealth; authorize?: CommandAuthorize },
): ((body: SlackBody) => DirectHandler | undefined) | undefined {
  const services = servicesFor(cfg, work.health);
  // During shutdown nothing new starts; everything that did start is tracked so stop() can let it finish.
  app.use(async ({ next }) => {
    if (!work.accepting()) return;
    await work.inFlight.track(next());
  });
  const responseOpts = {
    allowed: allowedResponseOrigins(cfg.apiUrl),
    ...(cfg.responseTimeoutMs !== undefined ? { timeoutMs: cfg.responseTimeoutMs } : {}),
    ...(cfg.responseBackoffMs !== undefined ? { backoffMs: cfg.responseBackoffMs } : {}),
  };
  const memory = createEventDeduper(cfg.dedupe);
  const deduper: EventDeduper = cfg.deduper ?? { firstSeen: async (id) => memory.firstSeen(id) };

  // Events arrive already acknowledged; a repeat of an event id (a Slack retry) stops here, quietly.
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await deduper.firstSeen(eventId))) {
      services.log.debug(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        'duplicate event',
      );
      return;
    }
    await next();
  });

  app.command(VOTES_COMMAND, async ({ command, ack, client }) => {
    await ack();
    await runVotesCommand(services, {
      text: command.text,
      userId: command.user_id,
      userName: command.user_name || command.user_id,
      channelId: command.channel_id,
      teamId: command.team_id,
      respond: createResponder(command.response_url, responseOpts),
      client,
    });
  });

  app.action<BlockAction<ButtonAction>>(SHARE_ACTION_ID, async ({ ack, body, action, client }) => {
    await ack();
    await runShare(services, {
      value: action.value,
      userId: body.user.id,
      userName: body.user.name ?? body.user.id,
      channelId: body.channel?.id ?? body.container?.channel_id,
      teamId: body.team?.id ?? body.user.team_id,
      respond: createResponder(body.response_url, responseOpts),
      client,
    });
  });

  const self = (context: { botUserId?: string; botId?: string }): BotIdentity => ({
    userId: context.botUserId,
    botId: context.botId,
  });

  app.event('app_mention', async ({ event, body, context, client }) => {
    const incoming = questionFromMention(event as SlackMessageEvent, self(context));
    if (incoming)
      await answerInConversation(services, client, incoming, {
        source: 'mention',
        eventId: body.event_id,
        teamId: body.team_id,
      });
  });

  app.event('message', async ({ event, body, context, client }) => {
    const incoming = questionFromDirectMessage(event as SlackMessageEvent, self(context));
    if (incoming)
      await answerInConversation(services, client, incoming, {
        source: 'dm',
        eventId: body.event_id,
        teamId: body.team_id,
      });
  });

  if (cfg.oauth !== undefined && cfg.store !== undefined) wireUninstall(app, cfg.store, services.log);
  const home = createHome(services, cfg.store);
  wireHome(app, home);
  wireReadings(app, services, home, responseOpts);
  wireShortcut(app, services, responseOpts);

  app.error(async (err) => {
    services.log.error({ error: errorSummary(err) }, 'unhandled error in a Slack listener');
  });
  if (work.authorize === undefined) return undefined;
  return directVotesCommand({
    app,
    services,
    authorize: work.authorize,
    responseOpts,
    inFlight: work.inFlight,
    accepting: work.accepting,
  });
}
