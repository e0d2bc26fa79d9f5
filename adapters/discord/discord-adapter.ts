/**
 * discord.js wiring: a Client with the three intents Plenary needs (no privileged ones: mentions and DMs carry
 * their content without MessageContent), /votes interactions and autocomplete, mentions and DMs. Translation lives
 * in commands.ts (with map-command.ts and digest-command.ts), to-question.ts and render.ts; this file only moves
 * payloads and logs what the connection does. Every question goes through the AnswerService (rate limits, metrics):
 * over the limit, one private notice, then no reply at all. discord.js resumes or re-identifies after gateway drops
 * and retries REST 429s; both are logged here, REST failures once each with their context and counted by kind.
 * `publisher` posts digests for the scheduler (publisher.ts).
 */
import {
  ApplicationIntegrationType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  DefaultUserAgent,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  Partials,
  type RESTOptions,
  Routes,
} from 'discord.js';
import { type Answer, emptyAnswer } from '../../src/answer.ts';
import type { Config } from '../../src/config.ts';
import type { Publisher } from '../../src/digest/index.ts';
import { type Lang, langOfLocale } from '../../src/i18n/lang.ts';
import type { Logger } from '../../src/logger.ts';
import { type AnswerService, createAnswerService, type ServiceReply } from '../../src/ops/answer-service.ts';
import { createInFlight } from '../../src/ops/in-flight.ts';
import type { Metrics } from '../../src/ops/metrics.ts';
import type { Router } from '../../src/router/router.ts';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import { errorInfo, logClientEvents, redactTokens } from './client-logs.ts';
import {
  COMMAND_NAME,
  FACT_CHECK_COMMAND,
  type HandlerContext,
  PUBLIC_OPTION,
  type VotesSubcommand,
  votesSubcommands,
} from './commands.ts';
import { type ComponentDeps, onButton, onFactCheck, type Where } from './components.ts';
import { type DirectInteraction, directVotesCommands } from './direct-command.ts';
import { createFollowUpPoster } from './follow-up.ts';

/** Where a question comes from, with the user's Discord locale as the default answer language. */
type AskWhere = Where & {
  lang?: Lang | undefined;
  /** The question was written by Plenary from a command's options, so the locale decides the language. */
  langIsTheUsers?: boolean;
};

import type { DigestSetup } from './digest-command.ts';
import type { GatewayFatalError } from './gateway-health.ts';
import { gatewayShards, watchGateway } from './gateway-watch.ts';
import { DISCORD_MESSAGES, slowDownAnswer } from './messages.ts';
import { resolvePayloadTargetsOnce } from './payload-targets.ts';
import { common, toEditOptions, toMessageOptions, toReplyOptions } from './payloads.ts';
import { createDiscordPublisher, discordErrorKind, discordMetricKind } from './publisher.ts';
import { renderAnswer } from './render.ts';
import { CALLBACK_ROUTE, deferInTime, replyInTime } from './reply-in-time.ts';
import { questionFromMessage } from './to-question.ts';

/** How long stop() lets answers already being sent finish. */
const DRAIN_MS = 3_500;
export interface DiscordAdapterConfig {
  token: string;
  router: Router;
  log: Logger;
  /** Replaces the REST base URL (DISCORD_API_URL); the gateway URL then comes from its `/gateway/bot`. */
  apiUrl?: string | undefined;
  /** Subcommands added by other parts of Plenary; see commands.ts. */
  extraSubcommands?: readonly VotesSubcommand[];
  /** Every question goes through it (rate limits, metrics); defaults to one over `router` with no limits. */
  service?: AnswerService | undefined;
  /** Platform errors by kind, gateway up/down. */
  metrics?: Metrics | undefined;
  /** Digest subscriptions; without it `/votes digest` says digests are not set up. */
  store?: SubscriptionStore | undefined;
  /** DIGEST_DEFAULT_TIME and DIGEST_DEFAULT_TZ. */
  digestDefaults?: { time: string; tz: string };
  /** The clock for digest commands (tests). */
  now?: () => Date;
  /** The gateway closed for good (4004: bad token); main.ts exits. Also rejects a start() in progress. */
  onFatal?: (err: GatewayFatalError) => void;
  /** How long a gateway outage may last before /healthz says down (default GATEWAY_DOWN_GRACE_MS). */
  downGraceMs?: number;
  /**
   * false: no gateway session, REST only: interactions arrive through `handleInteraction` (the Interactions
   * Endpoint URL, see interactions-http.ts), so every instance can answer `/votes`. Default true.
   */
  gateway?: boolean;
  /** Replaces the REST client's HTTP call (interactions-http.ts answers an interaction's first callback itself). */
  makeRequest?: RESTOptions['makeRequest'];
}

export interface DiscordAdapter {
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
  readonly client: Client;
  /** The gateway is connected, or has been disconnected for less than the grace period. */
  isUp(): boolean;
  /** Posts digests for the scheduler (POST /channels/:id/messages; errors as PublishError kinds). */
  readonly publisher: Publisher;
  /** Handles a raw interaction received over HTTP exactly as one from the gateway. */
  handleInteraction(raw: unknown): void;
  /** Answers the `/votes` commands it can over HTTP without discord.js (direct-command.ts); false: not taken. */
  readonly direct: DirectInteraction;
}

export { redactTokens };

export const DISCORD_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

const noticeAnswer = (text: string): Answer => emptyAnswer('no_answer', 'notice', text);

function errorAnswer(code: string): Answer {
  return { ...emptyAnswer('no_answer', 'error', DISCORD_MESSAGES.sorry), kind: 'error', code };
}

/** discord.js's internal actions (not in its typings): INTERACTION_CREATE builds an Interaction and emits it. */
type ClientActions = { actions: { InteractionCreate: { handle(d: unknown): void } } };

/** Installed to the user's account only, not to the server (or in a DM): nothing that needs the bot in the channel. */
const userInstallOnly = (i: Interaction) =>
  i.authorizingIntegrationOwners[ApplicationIntegrationType.GuildInstall] === undefined;

export function createDiscordAdapter(config: DiscordAdapterConfig): DiscordAdapter {
  resolvePayloadTargetsOnce();
  const { router, log, metrics } = config;
  const knowledge = router.knowledge;
  const subcommands = votesSubcommands(config.extraSubcommands);
  const service = config.service ?? createAnswerService({ router });
  const options: ClientOptions = {
    intents: DISCORD_INTENTS,
    // As many shards as Discord recommends (GET /gateway/bot): one until the bot is in thousands of servers.
    shards: 'auto',
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // A 429 on an interaction callback is handled in reply-in-time.ts: waiting it out may miss Discord's 3 s.
    rest: {
      ...(config.apiUrl ? { api: config.apiUrl } : {}),
      ...(config.makeRequest ? { makeRequest: config.makeRequest } : {}),
      rejectOnRateLimit: (limit) => limit.route === CALLBACK_ROUTE,
    },
  };
  const client = new Client(options);
  let stopping = false;
  const inFlight = createInFlight();
  const up = (isUp: boolean) => metrics?.adapterUp('discord', isUp);
  /** When each interaction arrived: its first callback is due within Discord's 3 s of that. */
  const arrived = new WeakMap<Interaction, number>();
  const receivedAt = (i: Interaction) => arrived.get(i) ?? performance.now();
  const gateway = watchGateway(client, {
    log,
    up,
    stopping: () => stopping,
    graceMs: config.downGraceMs,
    onFatal: config.onFatal,
  });
  /** Logs a failed REST call once, with its context and code, and counts it by its bounded kind. */
  const failed = (err: unknown, context: Record<string, unknown>, msg: string) => {
    const code = discordErrorKind(err);
    const kind = discordMetricKind(code);
    metrics?.platformError('discord', kind);
    log.error({ ...context, code, kind, error: errorInfo(err) }, msg);
  };
  const digest: DigestSetup | null = config.store
    ? {
        store: config.store,
        defaults: config.digestDefaults ?? { time: '09:00', tz: 'UTC' },
        now: config.now ?? (() => new Date()),
      }
    : null;

  const ask = (where: AskWhere, text: string): Promise<ServiceReply> =>
    service.ask({
      platform: 'discord',
      workspaceId: where.guildId ?? 'dm',
      channelId: where.channelId,
      userId: where.userId,
      text,
      ...(where.lang ? { lang: where.lang } : {}),
      ...(where.lang && where.langIsTheUsers ? { langIsTheUsers: true } : {}),
    });
  /** Where an interaction comes from; `typed`: its question is the user's own words (`/votes ask`). */
  const whereOf = (i: ChatInputCommandInteraction, typed = false): AskWhere => ({
    guildId: i.guildId,
    channelId: i.channelId,
    userId: i.user.id,
    lang: langOfLocale(i.locale),
    langIsTheUsers: !typed,
  });

  async function answerInteraction(
    i: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
    answer: Answer,
    opts: { ephemeral?: boolean; followUp?: boolean; share?: boolean } = {},
  ): Promise<void> {
    const [first, ...rest] = renderAnswer(answer, {
      ephemeral: opts.ephemeral === true,
      share: opts.share === true,
    });
    if (!first) return;
    const defer = () => i.deferReply(opts.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    if (opts.followUp) await i.followUp(toReplyOptions(first));
    else if (i.deferred) await i.editReply(toEditOptions(first));
    else if ((first.files ?? []).length > 0) {
      // Uploading a picture may outlast the 3-second deadline: acknowledge first.
      await deferInTime({ receivedAt: receivedAt(i), defer });
      await i.editReply(toEditOptions(first));
    } else
      await replyInTime({
        receivedAt: receivedAt(i),
        reply: () => i.reply(toReplyOptions(first)),
        defer,
        edit: () => i.editReply(toEditOptions(first)),
        onRateLimited: (retryAfterMs, then) => {
          metrics?.platformError('discord', 'rate_limited');
          log.warn(
            { interaction: i.id, retryAfterMs, then },
            then === 'defer'
              ? 'discord: interaction callback rate limited (429) past the deadline; deferring, answer edited in'
              : 'discord: interaction callback rate limited (429), retrying',
          );
        },
      });
    for (const m of rest) await i.followUp(toReplyOptions(m));
  }

  const handlerContext: HandlerContext = {
    knowledge,
    digest,
    ask: (i, question) => ask(whereOf(i), question),
    reply: answerInteraction,
    async safely(i, work) {
      try {
        return await work();
      } catch (err) {
        const subcommand = [i.options.getSubcommandGroup(false), i.options.getSubcommand(false)];
        log.error(
          {
            interaction: i.id,
            command: subcommand.filter(Boolean).join(' '),
            guild: i.guildId,
            channel: i.channelId,
            error: errorInfo(err),
          },
          'discord: command failed',
        );
        return undefined;
      }
    },
  };

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    if (i.commandName !== COMMAND_NAME) return;
    const name = i.options.getSubcommandGroup(false) ?? i.options.getSubcommand(false);
    const spec = subcommands.find((s) => s.name === name);
    log.debug({ subcommand: name, user: i.user.id, guild: i.guildId }, 'discord: /votes');
    if (spec?.serverOnly && userInstallOnly(i))
      return answerInteraction(i, noticeAnswer(DISCORD_MESSAGES.userInstallNoDigest), { ephemeral: true });
    if (spec?.handle) return spec.handle(i, handlerContext);
    const reply = await ask(whereOf(i, name === 'ask'), spec?.toQuestion?.(i.options, knowledge) ?? 'help');
    // Over the rate limit again: a one-line private reply, since Discord shows an error for an unanswered command.
    if (reply.type === 'silent')
      return answerInteraction(i, slowDownAnswer(reply.retryAfterMs), { ephemeral: true });
    // Private by default with a Share button, like /votes on Slack; public:true answers in the open.
    const open = spec?.privateByDefault === true && i.options.getBoolean(PUBLIC_OPTION) === true;
    const ephemeral =
      reply.type === 'limited' || spec?.ephemeral === true || (spec?.privateByDefault && !open);
    await answerInteraction(i, reply.answer, {
      ephemeral: ephemeral === true,
      share: reply.type === 'answer' && spec?.privateByDefault === true && !open,
    });
  }

  const components: ComponentDeps = {
    ask,
    reply: (i, answer, opts) => answerInteraction(i, answer, opts),
    toReply: toReplyOptions,
    toUpdate: (m) => common(m),
  };

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const name = i.options.getSubcommandGroup(false) ?? i.options.getSubcommand(false);
    const spec = subcommands.find((s) => s.name === name);
    const focused = i.options.getFocused(true);
    await i.respond(spec?.autocomplete?.(focused.name, String(focused.value), knowledge) ?? []);
  }

  async function onInteraction(i: Interaction): Promise<void> {
    try {
      if (i.isAutocomplete()) await onAutocomplete(i);
      else if (i.isChatInputCommand()) await onCommand(i);
      else if (i.isButton()) await onButton(i, components);
      else if (i.isMessageContextMenuCommand() && i.commandName === FACT_CHECK_COMMAND)
        await onFactCheck(i, components);
    } catch (err) {
      await interactionFailed(i, err);
    }
  }

  async function interactionFailed(i: Interaction, err: unknown): Promise<void> {
    failed(
      err,
      { interaction: i.id, guild: i.guildId, channel: i.channelId, user: i.user.id },
      'discord: interaction failed',
    );
    if (!(i.isChatInputCommand() || i.isMessageContextMenuCommand()) || i.replied) return;
    // Say sorry where the user is looking: privately, or in place of a deferred "thinking…".
    const sorry = renderAnswer(errorAnswer('discord_interaction'), { ephemeral: true })[0]!;
    await (i.deferred ? i.editReply(toEditOptions(sorry)) : i.reply(toReplyOptions(sorry))).catch(
      () => undefined,
    );
  }

  /** While set, the next Interaction discord.js builds goes here instead of to the handlers (see `interactionOf`). */
  let intercept: ((i: Interaction) => void) | undefined;
  /** discord.js's Interaction for a raw one, built by its own INTERACTION_CREATE action, not handled. */
  function interactionOf(raw: unknown): Interaction | undefined {
    let made: Interaction | undefined;
    intercept = (i) => {
      made = i;
    };
    try {
      (client as unknown as ClientActions).actions.InteractionCreate.handle(raw);
    } finally {
      intercept = undefined;
    }
    return made;
  }

  const direct = directVotesCommands({
    subcommands,
    knowledge,
    log,
    ask,
    accepting: () => !stopping,
    track: (work) => void inFlight.track(work),
    async viaDiscordJs(raw, answer, opts) {
      const i = interactionOf(raw);
      if (!i?.isChatInputCommand()) return;
      if (opts.deferred) {
        // The endpoint answered Discord with a private deferral ("thinking…"): the answer is edited in.
        i.deferred = true;
        i.ephemeral = true;
      }
      try {
        await answerInteraction(i, answer, opts);
      } catch (err) {
        await interactionFailed(i, err);
      }
    },
    followUp: createFollowUpPoster({
      api: client.rest.options.api,
      version: client.rest.options.version,
      userAgent: `${DefaultUserAgent} ${client.rest.options.userAgentAppendix}`.trim(),
      viaRest: (c, body) =>
        client.rest.post(Routes.webhook(c.applicationId, c.token), {
          body,
          query: new URLSearchParams({ wait: 'true' }),
          auth: false,
        }),
    }),
    failed: (err, c) =>
      failed(
        err,
        { interaction: c.id, guild: c.guildId, channel: c.channelId, user: c.userId },
        'discord: interaction failed',
      ),
    sorry: errorAnswer('discord_interaction'),
  });

  async function onMessage(m: Message): Promise<void> {
    const botId = client.user?.id;
    if (!botId) return;
    const question = questionFromMessage(
      { content: m.content, authorId: m.author.id, authorIsBot: m.author.bot, inGuild: m.inGuild() },
      botId,
    );
    if (question === null) return;
    log.debug({ user: m.author.id, channel: m.channelId, dm: !m.inGuild() }, 'discord: question');
    const reply = await ask({ guildId: m.guildId, channelId: m.channelId, userId: m.author.id }, question);
    if (reply.type === 'silent') return;
    try {
      for (const payload of renderAnswer(reply.answer)) await m.reply(toMessageOptions(payload));
    } catch (err) {
      failed(err, { message: m.id, guild: m.guildId, channel: m.channelId }, 'discord: reply failed');
    }
  }

  // While stopping nothing new starts; what did start is tracked so stop() lets it finish (bounded).
  client.on(Events.InteractionCreate, (i) => {
    if (intercept) return intercept(i);
    arrived.set(i, performance.now());
    if (!stopping) void inFlight.track(onInteraction(i));
  });
  client.on(Events.MessageCreate, (m) => {
    if (!stopping) void inFlight.track(onMessage(m));
  });
  logClientEvents(client, log, metrics);

  return {
    client,
    isUp: () => (config.gateway === false ? !stopping : gateway.isUp()),
    handleInteraction(raw) {
      // discord.js's own INTERACTION_CREATE handler: builds the Interaction and emits it to the listener above.
      (client as unknown as ClientActions).actions.InteractionCreate.handle(raw);
    },
    direct,
    publisher: createDiscordPublisher({
      token: config.token,
      apiUrl: config.apiUrl,
      onError: (code) => metrics?.platformError('discord', discordMetricKind(code)),
    }),
    async start() {
      if (config.gateway === false) {
        client.token = config.token;
        client.rest.setToken(config.token);
        log.info('discord: interactions over HTTP (no gateway session)');
        return;
      }
      const ready = gateway.ready();
      try {
        await client.login(config.token);
        await ready;
      } catch (err) {
        // At start-up discord.js rejects login with a bare "Authentication failed": report the close code's meaning.
        throw gateway.fatal ?? err;
      }
      log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: ready');
    },
    async stop() {
      stopping = true;
      gateway.stop();
      up(false);
      if (!(await inFlight.drain(DRAIN_MS)))
        log.warn({ pending: inFlight.size, graceMs: DRAIN_MS }, 'discord: stopping with answers unfinished');
      const shards = gatewayShards(client);
      await client.destroy();
      // @discordjs/ws 1.2.3: a shard destroyed while it waits to retry an unreachable gateway retries anyway, forever,
      // which keeps the process alive after SIGTERM. Its pending retry calls internalConnect: make that a no-op.
      for (const shard of shards) shard.internalConnect = async () => undefined;
    },
  };
}

/** What main.ts shares with the adapter besides the config: the store, the answer service, the metrics. */
export interface DiscordAdapterDeps {
  store?: SubscriptionStore | undefined;
  service?: AnswerService | undefined;
  metrics?: Metrics | undefined;
  onFatal?: ((err: GatewayFatalError) => void) | undefined;
}

/** The adapter's settings from the parsed config (main.ts calls this only when DISCORD_TOKEN is set). */
export function discordAdapterConfig(
  config: Config,
  router: Router,
  log: Logger,
  deps: DiscordAdapterDeps = {},
): DiscordAdapterConfig {
  if (config.DISCORD_TOKEN === undefined) throw new Error('DISCORD_TOKEN is not set');
  return {
    token: config.DISCORD_TOKEN,
    apiUrl: config.DISCORD_API_URL,
    router,
    log,
    store: deps.store,
    service: deps.service,
    metrics: deps.metrics,
    ...(deps.onFatal ? { onFatal: deps.onFatal } : {}),
    digestDefaults: { time: config.DIGEST_DEFAULT_TIME, tz: config.DIGEST_DEFAULT_TZ },
  };
}
