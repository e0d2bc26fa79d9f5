/**
 * `@Plenary <question>` in a channel (answered in a thread under the mention) and direct messages (answered in
 * the DM). Events are acknowledged by Bolt before these run; duplicates are dropped earlier (see dedupe.ts).
 * Pictures follow the text in the same thread through files.uploadV2.
 */
import type { webApi } from '@slack/bolt';
import { hasImages, type Services, safeAsk } from './commands.ts';
import { postMessages, tellUserEphemeral } from './deliver.ts';
import { renderAnswer } from './render.ts';
import type { IncomingQuestion } from './to-question.ts';
import { uploadImages } from './upload.ts';

export interface EventOrigin {
  source: 'mention' | 'dm';
  eventId: string | undefined;
  teamId: string | undefined;
}

/** Answers one question in its conversation. Failures are logged once where they happen; nobody else is waiting. */
export async function answerInConversation(
  services: Services,
  client: webApi.WebClient,
  incoming: IncomingQuestion,
  origin: EventOrigin,
): Promise<void> {
  const { source, eventId } = origin;
  const log = services.log.child({ source, eventId, channel: incoming.channel, user: incoming.user });
  const who = {
    workspaceId: origin.teamId,
    channelId: incoming.channel,
    userId: incoming.user,
    ...(incoming.threadTs ? { threadId: incoming.threadTs } : {}),
  };
  const reply = await safeAsk(services, who, incoming.question);
  if (reply.type === 'silent') return;
  const target = { channel: incoming.channel, threadTs: incoming.threadTs };
  if (reply.type === 'limited') {
    const text = renderAnswer(reply.answer)[0]?.text ?? '';
    const where = { channel: incoming.channel, user: incoming.user, threadTs: incoming.threadTs };
    return tellUserEphemeral(client, where, text, log, services.onError);
  }
  const { answer } = reply;
  log.debug({ intent: answer.intent, kind: answer.kind }, `answering a ${source}`);
  const failed = await postMessages(client, target, renderAnswer(answer), log, services.onError);
  if (failed === null && hasImages(answer))
    await uploadImages(client, target, answer.images, log, services.onError);
}
