/**
 * Buttons for the readings of a question that has several ("how did Korea vote?": the Republic of Korea or the
 * DPRK). A click answers the chosen reading in place: the message holding the buttons is replaced through the
 * action's response_url (a private answer stays private, with its Share button), or the Home tab is published
 * again with the answer when the buttons were there.
 */
import type { App, BlockAction, ButtonAction, RespondArguments } from '@slack/bolt';
import { type Services, safeAsk } from './commands.ts';
import { errorSummary, slackErrorCode } from './deliver.ts';
import type { Home } from './home.ts';
import { READING_ACTION_ID, renderAnswer } from './render.ts';
import type { ResponderOptions } from './response-url.ts';
import { createResponder } from './response-url.ts';
import { questionFromShareValue } from './to-question.ts';

export function wireReadings(app: App, services: Services, home: Home, responseOpts: ResponderOptions): void {
  app.action<BlockAction<ButtonAction>>(READING_ACTION_ID, async ({ ack, body, action, client }) => {
    await ack();
    const question = questionFromShareValue(action.value);
    if (question === null) return;
    const teamId = body.team?.id ?? body.user.team_id;
    if (body.view?.type === 'home')
      return home.answerInto({ client, userId: body.user.id, teamId }, question);
    const channelId = body.channel?.id ?? body.container?.channel_id;
    if (channelId === undefined || body.response_url === undefined) return;
    const log = services.log.child({ action: 'reading', user: body.user.id, channel: channelId });
    const reply = await safeAsk(services, { workspaceId: teamId, channelId, userId: body.user.id }, question);
    if (reply.type === 'silent') return;
    const respond = createResponder(body.response_url, responseOpts);
    if (reply.type === 'limited') {
      const text = renderAnswer(reply.answer)[0]?.text ?? '';
      await respond({ response_type: 'ephemeral', replace_original: false, text }).catch((e: unknown) =>
        log.warn({ error: errorSummary(e) }, 'could not tell the user to slow down'),
      );
      return;
    }
    const ephemeral = body.container?.is_ephemeral === true;
    const messages = ephemeral
      ? renderAnswer(reply.answer, { share: { question }, mentionUsers: true })
      : renderAnswer(reply.answer);
    try {
      for (const [i, m] of messages.entries())
        await respond({
          text: m.text,
          blocks: m.blocks,
          ...(i === 0
            ? { replace_original: true }
            : { replace_original: false, response_type: ephemeral ? 'ephemeral' : 'in_channel' }),
        } as RespondArguments);
    } catch (err) {
      const code = slackErrorCode(err);
      services.onError(code);
      log.error({ error: errorSummary(err), code }, `answering the chosen reading failed: ${code}`);
    }
  });
}
