/**
 * `/votes` and the Share button. Both are acknowledged at once (Slack's 3-second deadline) and answered through
 * the request's response_url, which works in any channel the user can type in, member or not. Every question
 * goes through the AnswerService (rate limits per user and channel within the workspace, metrics).
 */
import type { RespondFn, webApi } from '@slack/bolt';
import { type Answer, type AnswerImage, emptyAnswer } from '../../src/answer.ts';
import { type Logger, lazyChild } from '../../src/logger.ts';
import type { AnswerService, ServiceReply } from '../../src/ops/answer-service.ts';
import type { Router } from '../../src/router/router.ts';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import {
  type ErrorSink,
  errorSummary,
  explainFailure,
  postMessages,
  respondAll,
  slackErrorCode,
  tellUserEphemeral,
} from './deliver.ts';
import { MESSAGES } from './messages.ts';
import { type RenderOptions, renderAnswer } from './render.ts';
import { type CommandContext, EMPTY_COMMAND, SUBCOMMANDS } from './subcommands.ts';
import { parseCommandText, questionFromShareValue } from './to-question.ts';
import { uploadImages } from './upload.ts';

/** What `/votes digest` needs: the subscription store and DIGEST_DEFAULT_TIME / DIGEST_DEFAULT_TZ. */
export interface DigestSetup {
  store: SubscriptionStore;
  defaults: { time: string; tz: string };
  now: () => Date;
}

export interface Services {
  router: Router;
  service: AnswerService;
  log: Logger;
  /** Records a Web API failure (metrics: platform errors by kind). */
  onError: ErrorSink;
  /** Undefined when the process has no database: `/votes digest` says so. */
  digest: DigestSetup | undefined;
}

/** Who asks, where: the rate limits' key. */
export interface Asker {
  workspaceId: string | undefined;
  channelId: string;
  userId: string;
  /** The thread the question is asked in: its conversation, for follow-ups. */
  threadId?: string;
}

/** Asks through the service; it never throws by contract, but a bug must not cost the user an answer. */
export async function safeAsk(services: Services, who: Asker, text: string): Promise<ServiceReply> {
  try {
    return await services.service.ask({
      platform: 'slack',
      workspaceId: who.workspaceId ?? 'unknown',
      channelId: who.channelId,
      userId: who.userId,
      ...(who.threadId ? { threadId: who.threadId } : {}),
      text,
    });
  } catch (err) {
    services.log.error({ err }, 'answering threw; answering with an apology');
    const answer: Answer = {
      ...emptyAnswer('no_answer', 'error', MESSAGES.somethingBroke),
      kind: 'error',
      code: 'router_failed',
    };
    return { type: 'answer', answer };
  }
}

export interface SlashCommandInput {
  text: string;
  userId: string;
  userName: string;
  channelId: string;
  teamId: string | undefined;
  respond: RespondFn;
  client: webApi.WebClient;
}

/** Runs `/votes …` after the ack: a subcommand from SUBCOMMANDS, or a question answered ephemerally. */
export async function runVotesCommand(services: Services, input: SlashCommandInput): Promise<void> {
  const parsed = parseCommandText(input.text);
  const ctx = new SlashCommandContext(services, input, parsed.rest);
  const subcommand = parsed.text === '' ? EMPTY_COMMAND : SUBCOMMANDS.get(parsed.word);
  if (subcommand) return subcommand(ctx);
  return answerPrivately(ctx, parsed.text);
}

/**
 * What a `/votes` subcommand or question works with. A class rather than an object of closures: a slash command
 * makes one per request, and under tsx (esbuild's keepNames) every named closure is renamed with
 * Object.defineProperty as it is made, which cost more than the rest of the object. The methods do what the
 * closures did; the child logger is made only when something logs (lazyChild).
 */
class SlashCommandContext implements CommandContext {
  readonly userId: string;
  readonly userName: string;
  readonly channelId: string;
  readonly teamId: string | undefined;
  private logger: Logger | undefined;

  constructor(
    readonly services: Services,
    private readonly input: SlashCommandInput,
    readonly args: string,
  ) {
    this.userId = input.userId;
    this.userName = input.userName;
    this.channelId = input.channelId;
    this.teamId = input.teamId;
  }

  get log(): Logger {
    this.logger ??= lazyChild(this.services.log, {
      command: '/votes',
      user: this.input.userId,
      channel: this.input.channelId,
    });
    return this.logger;
  }

  private get where(): { channel: string; user: string } {
    return { channel: this.input.channelId, user: this.input.userId };
  }

  private async send(
    answer: Answer,
    extra: { response_type: 'ephemeral' | 'in_channel' },
    opts?: RenderOptions,
  ): Promise<boolean> {
    const { input, services } = this;
    try {
      // Only the asker sees an ephemeral reply, so a mention there notifies no one else (Slack has no
      // allowed_mentions): the one place `user` blocks become `<@U…>`.
      const messages = renderAnswer(answer, { ...opts, mentionUsers: extra.response_type === 'ephemeral' });
      await respondAll(input.respond, messages, extra, this.log);
      return true;
    } catch (err) {
      const code = slackErrorCode(err);
      services.onError(code);
      this.log.error({ error: errorSummary(err), code }, `response_url post failed: ${code}`);
      await tellUserEphemeral(input.client, this.where, explainFailure(code), this.log, services.onError);
      return false;
    }
  }

  ask(text: string): Promise<ServiceReply> {
    const { input } = this;
    return safeAsk(
      this.services,
      { workspaceId: input.teamId, channelId: input.channelId, userId: input.userId },
      text,
    );
  }

  async reply(answer: Answer, opts?: RenderOptions): Promise<void> {
    await this.send(answer, EPHEMERAL, opts);
  }

  replyInChannel(answer: Answer, opts?: RenderOptions): Promise<boolean> {
    return this.send(answer, IN_CHANNEL, opts);
  }

  postToChannel(answer: Answer): Promise<string | null> {
    return postMessages(
      this.input.client,
      { channel: this.input.channelId, threadTs: undefined },
      renderAnswer(answer),
      this.log,
      this.services.onError,
    );
  }

  async uploadToChannel(images: readonly AnswerImage[]): Promise<void> {
    const { input, services } = this;
    const code = await uploadImages(
      input.client,
      { channel: input.channelId, threadTs: undefined },
      images,
      this.log,
      services.onError,
    );
    if (code !== null)
      await tellUserEphemeral(input.client, this.where, pictureFailure(code), this.log, services.onError);
  }
}

/** The kinds of reply, as respondAll's `extra` (never changed: responseMessage keys its kept bodies by them). */
const EPHEMERAL = Object.freeze({ response_type: 'ephemeral' as const });
const IN_CHANNEL = Object.freeze({ response_type: 'in_channel' as const });

/** The explanation for a picture that could not be posted: membership problems get the invite hint. */
export function pictureFailure(code: string): string {
  return explainFailure(code) === MESSAGES.deliveryFailed ? MESSAGES.pictureFailed : explainFailure(code);
}

/**
 * A question answered ephemerally with a Share button. Pictures cannot be ephemeral on Slack (a file shared
 * to a channel is seen by everyone), so an answer with pictures says that sharing posts them.
 */
export async function answerPrivately(ctx: CommandContext, question: string): Promise<void> {
  const reply = await ctx.ask(question);
  if (reply.type === 'silent') return;
  if (reply.type === 'limited') return ctx.reply(reply.answer);
  const answer = hasImages(reply.answer)
    ? {
        ...reply.answer,
        blocks: [...reply.answer.blocks, { type: 'note' as const, text: MESSAGES.pictureOnShare }],
      }
    : reply.answer;
  ctx.log.debug({ intent: answer.intent, kind: answer.kind }, 'answering /votes');
  return ctx.reply(answer, { share: { question } });
}

export function hasImages(answer: Answer): answer is Answer & { images: AnswerImage[] } {
  return (answer.images?.length ?? 0) > 0;
}

export interface ShareInput {
  value: string | undefined;
  userId: string;
  userName: string;
  channelId: string | undefined;
  teamId: string | undefined;
  respond: RespondFn;
  client: webApi.WebClient;
}

/** The Share button: posts the answer (and its pictures) for everyone in the channel, then removes the private copy. */
export async function runShare(services: Services, input: ShareInput): Promise<void> {
  const question = questionFromShareValue(input.value);
  const log = services.log.child({ action: 'share', user: input.userId, channel: input.channelId });
  if (question === null || input.channelId === undefined) {
    log.warn({ value: input.value?.slice(0, 80) }, 'share button with a value that is not ours');
    return;
  }
  const ephemeral = (text: string) =>
    input
      .respond({ response_type: 'ephemeral', replace_original: false, text })
      .catch((e: unknown) =>
        log.warn({ error: errorSummary(e) }, 'could not tell the user that sharing failed'),
      );
  const reply = await safeAsk(
    services,
    { workspaceId: input.teamId, channelId: input.channelId, userId: input.userId },
    question,
  );
  if (reply.type === 'silent') return;
  if (reply.type === 'limited') return void (await ephemeral(renderAnswer(reply.answer)[0]?.text ?? ''));
  const messages = renderAnswer(reply.answer, { sharedBy: input.userName });
  try {
    await respondAll(input.respond, messages, { response_type: 'in_channel', replace_original: false }, log);
  } catch (err) {
    const code = slackErrorCode(err);
    services.onError(code);
    log.error({ error: errorSummary(err), code }, `sharing to the channel failed: ${code}`);
    await ephemeral(MESSAGES.shareFailed);
    return;
  }
  if (hasImages(reply.answer)) {
    const target = { channel: input.channelId, threadTs: undefined };
    const code = await uploadImages(input.client, target, reply.answer.images, log, services.onError);
    if (code !== null) await ephemeral(pictureFailure(code));
  }
  await input
    .respond({ delete_original: true })
    .catch((e: unknown) =>
      log.debug({ error: errorSummary(e) }, 'could not remove the private answer after sharing'),
    );
}
