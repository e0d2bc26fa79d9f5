/**
 * `/votes` and the Share button. Both are acknowledged at once (Slack's 3-second deadline) and answered through
 * the request's response_url, which works in any channel the user can type in, member or not.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import { type Answer, emptyAnswer } from '../../src/answer.ts';
import type { Logger } from '../../src/logger.ts';
import type { Router } from '../../src/router/router.ts';
import { errorSummary, explainFailure, respondAll, slackErrorCode, tellUserEphemeral } from './deliver.ts';
import { MESSAGES } from './messages.ts';
import { type RenderOptions, renderAnswer } from './render.ts';
import { type CommandContext, EMPTY_COMMAND, SUBCOMMANDS } from './subcommands.ts';
import { parseCommandText, questionFromShareValue } from './to-question.ts';

export interface Services {
  router: Router;
  log: Logger;
}

/** Asks the router; it never throws by contract, but a bug must not cost the user an answer. */
export function safeAsk(services: Services, question: string): Answer {
  try {
    return services.router.ask(question, { platform: 'slack' });
  } catch (err) {
    services.log.error({ err }, 'router threw; answering with an apology');
    return {
      ...emptyAnswer('no_answer', 'error', MESSAGES.somethingBroke),
      kind: 'error',
      code: 'router_failed',
    };
  }
}

export interface SlashCommandInput {
  text: string;
  userId: string;
  channelId: string;
  teamId: string | undefined;
  respond: RespondFn;
  client: webApi.WebClient;
}

/** Runs `/votes …` after the ack: a subcommand from SUBCOMMANDS, or a question answered ephemerally. */
export async function runVotesCommand(services: Services, input: SlashCommandInput): Promise<void> {
  const parsed = parseCommandText(input.text);
  const log = services.log.child({ command: '/votes', user: input.userId, channel: input.channelId });
  const send = async (
    answer: Answer,
    extra: { response_type: 'ephemeral' | 'in_channel' },
    opts?: RenderOptions,
  ) => {
    try {
      await respondAll(input.respond, renderAnswer(answer, opts), extra, log);
    } catch (err) {
      const code = slackErrorCode(err);
      log.error({ error: errorSummary(err), code }, `response_url post failed: ${code}`);
      await tellUserEphemeral(
        input.client,
        { channel: input.channelId, user: input.userId },
        explainFailure(code),
        log,
      );
    }
  };
  const ctx: CommandContext = {
    args: parsed.rest,
    userId: input.userId,
    channelId: input.channelId,
    teamId: input.teamId,
    router: services.router,
    log,
    reply: (answer, opts) => send(answer, { response_type: 'ephemeral' }, opts),
    replyInChannel: (answer) => send(answer, { response_type: 'in_channel' }),
  };
  const subcommand = parsed.text === '' ? EMPTY_COMMAND : SUBCOMMANDS.get(parsed.word);
  if (subcommand) return subcommand(ctx);
  const answer = safeAsk(services, parsed.text);
  log.debug({ intent: answer.intent, kind: answer.kind }, 'answering /votes');
  return ctx.reply(answer, { share: { question: parsed.text } });
}

export interface ShareInput {
  value: string | undefined;
  userName: string;
  respond: RespondFn;
}

/** The Share button: posts the answer for everyone in the channel, then removes the private copy. */
export async function runShare(services: Services, input: ShareInput): Promise<void> {
  const question = questionFromShareValue(input.value);
  if (question === null) {
    services.log.warn({ value: input.value?.slice(0, 80) }, 'share button with a value that is not ours');
    return;
  }
  const messages = renderAnswer(safeAsk(services, question), { sharedBy: input.userName });
  try {
    await respondAll(
      input.respond,
      messages,
      { response_type: 'in_channel', replace_original: false },
      services.log,
    );
  } catch (err) {
    const code = slackErrorCode(err);
    services.log.error({ error: errorSummary(err), code }, `sharing to the channel failed: ${code}`);
    await input
      .respond({ response_type: 'ephemeral', replace_original: false, text: MESSAGES.shareFailed })
      .catch((e: unknown) =>
        services.log.warn({ error: errorSummary(e) }, 'could not tell the user that sharing failed'),
      );
    return;
  }
  await input
    .respond({ delete_original: true })
    .catch((e: unknown) =>
      services.log.debug({ error: errorSummary(e) }, 'could not remove the private answer after sharing'),
    );
}
