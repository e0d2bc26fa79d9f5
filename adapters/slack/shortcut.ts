/**
 * The message shortcut "Fact-check with Plenary": the message's text, as a claim to check (src/claim-check.ts),
 * answered privately to the user who ran it through the shortcut's response_url, with the Share button.
 */
import type { App, MessageShortcut } from '@slack/bolt';
import { claimCheckQuestion } from '../../src/claim-check.ts';
import { answerPrivately, type Services, safeAsk } from './commands.ts';
import { errorSummary, respondAll, slackErrorCode } from './deliver.ts';
import { MESSAGES } from './messages.ts';
import { renderAnswer } from './render.ts';
import { createResponder, type ResponderOptions } from './response-url.ts';
import type { CommandContext } from './subcommands.ts';

export const FACT_CHECK_CALLBACK_ID = 'plenary_fact_check';

/** Slack markup to plain words: mentions dropped, links and channels by their label, entities decoded. */
export function plainClaim(text: string): string {
  return text
    .replace(/<[@!][^>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<[^|>]+\|([^>]*)>/g, '$1')
    .replace(/<([^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The claim-check question for a message's Slack text; null when the message has no words. */
export const factCheckQuestion = (text: string | undefined): string | null =>
  claimCheckQuestion(plainClaim(text ?? ''));

export function wireShortcut(app: App, services: Services, responseOpts: ResponderOptions): void {
  app.shortcut<MessageShortcut>(FACT_CHECK_CALLBACK_ID, async ({ ack, shortcut }) => {
    await ack();
    const userId = shortcut.user.id;
    const channelId = shortcut.channel.id;
    const teamId = shortcut.team?.id ?? shortcut.user.team_id;
    const log = services.log.child({ shortcut: FACT_CHECK_CALLBACK_ID, user: userId, channel: channelId });
    const respond = createResponder(shortcut.response_url, responseOpts);
    const question = factCheckQuestion(shortcut.message.text);
    const send = async (text: string) =>
      respond({ response_type: 'ephemeral', text }).catch((e: unknown) =>
        log.warn({ error: errorSummary(e) }, 'could not answer the shortcut'),
      );
    if (question === null) return void (await send(MESSAGES.factCheckNoText));
    const ctx: CommandContext = {
      args: '',
      userId,
      userName: shortcut.user.name ?? shortcut.user.username ?? userId,
      channelId,
      teamId,
      services,
      log,
      ask: (text) => safeAsk(services, { workspaceId: teamId, channelId, userId }, text),
      reply: async (answer, opts) => {
        try {
          const messages = renderAnswer(answer, { ...opts, mentionUsers: true });
          await respondAll(respond, messages, { response_type: 'ephemeral' }, log);
        } catch (err) {
          const code = slackErrorCode(err);
          services.onError(code);
          log.error({ error: errorSummary(err), code }, `fact-check answer not delivered: ${code}`);
        }
      },
      replyInChannel: async () => false,
      postToChannel: async () => null,
      // A private answer only: nothing is posted to the channel until the user presses Share.
      uploadToChannel: async () => {},
    };
    await answerPrivately(ctx, question);
  });
}
