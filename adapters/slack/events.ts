/**
 * `@Plenary <question>` in a channel (answered in a thread under the mention) and direct messages (answered in
 * the DM). Events are acknowledged by Bolt before these run; duplicates are dropped earlier (see dedupe.ts).
 */
import type { webApi } from '@slack/bolt';
import { type Services, safeAsk } from './commands.ts';
import { postMessages } from './deliver.ts';
import { renderAnswer } from './render.ts';
import type { IncomingQuestion } from './to-question.ts';

/** Answers one question in its conversation. Failures are logged by postMessages; nobody else is waiting. */
export async function answerInConversation(
  services: Services,
  client: webApi.WebClient,
  incoming: IncomingQuestion,
  source: 'mention' | 'dm',
  eventId: string | undefined,
): Promise<void> {
  const log = services.log.child({ source, eventId, channel: incoming.channel, user: incoming.user });
  const answer = safeAsk(services, incoming.question);
  log.debug({ intent: answer.intent, kind: answer.kind }, `answering a ${source}`);
  await postMessages(
    client,
    { channel: incoming.channel, threadTs: incoming.threadTs },
    renderAnswer(answer),
    log,
  );
}
