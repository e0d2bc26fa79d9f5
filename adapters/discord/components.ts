/**
 * Interactions besides /votes: the Share button (posts a private answer for everyone in the channel, as the
 * reply to the click), a reading button (answers the chosen reading in place of the question), and the message
 * command "Fact-check with Plenary" (the message's claim, answered privately with Share). They work wherever
 * the interaction comes from, a server or, installed to a user's account, any DM or group DM.
 */
import {
  type ButtonInteraction,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import type { Answer } from '../../src/answer.ts';
import { claimCheckQuestion } from '../../src/claim-check.ts';
import type { ServiceReply } from '../../src/ops/answer-service.ts';
import { questionFromReading, SHARE_ID } from './buttons.ts';
import { DISCORD_MESSAGES as M, slowDownAnswer } from './messages.ts';
import { type DiscordMessage, renderAnswer } from './render.ts';

export interface Where {
  guildId: string | null;
  channelId: string;
  userId: string;
}

export interface ComponentDeps {
  ask(where: Where, text: string): Promise<ServiceReply>;
  /** Answers an interaction with an answer (pictures, follow-ups, the 3 s deadline: discord-adapter.ts). */
  reply(
    i: MessageContextMenuCommandInteraction,
    answer: Answer,
    opts: { ephemeral: boolean; share: boolean },
  ): Promise<void>;
  toReply(m: DiscordMessage): InteractionReplyOptions;
  toUpdate(m: DiscordMessage): InteractionUpdateOptions;
}

const whereOf = (i: ButtonInteraction | MessageContextMenuCommandInteraction): Where => ({
  guildId: i.guildId,
  channelId: i.channelId ?? i.user.id,
  userId: i.user.id,
});

/** Message mentions and custom emoji as plain words: the claim the message makes. */
export function plainMessageText(content: string): string {
  return content
    .replace(/<a?:(\w+):\d+>/g, ':$1:')
    .replace(/<[@#][!&]?\d+>/g, ' ')
    .trim();
}

async function share(i: ButtonInteraction): Promise<void> {
  // The answer as the user saw it (embeds, pictures by their URL), for everyone, saying who shared it.
  await i.reply({
    content: M.sharedBy(`<@${i.user.id}>`),
    embeds: i.message.embeds.map((e) => e.toJSON()),
    allowedMentions: { parse: [], repliedUser: false },
  });
}

async function reading(i: ButtonInteraction, question: string, deps: ComponentDeps): Promise<void> {
  const reply = await deps.ask(whereOf(i), question);
  const ephemeral = i.message.flags.has(MessageFlags.Ephemeral);
  if (reply.type !== 'answer') {
    const notice = reply.type === 'silent' ? slowDownAnswer(reply.retryAfterMs) : reply.answer;
    return void (await i.reply(deps.toReply(renderAnswer(notice, { ephemeral: true })[0]!)));
  }
  // In place: the question's message becomes the chosen reading's answer (private stays private, with Share).
  const [first, ...rest] = renderAnswer(reply.answer, { ephemeral, share: ephemeral });
  await i.update({ ...deps.toUpdate(first!), components: first!.components ?? [] });
  for (const m of rest) await i.followUp(deps.toReply(m));
}

export async function onButton(i: ButtonInteraction, deps: ComponentDeps): Promise<void> {
  if (i.customId === SHARE_ID) return share(i);
  const question = questionFromReading(i.customId);
  if (question !== null) return reading(i, question, deps);
}

export async function onFactCheck(
  i: MessageContextMenuCommandInteraction,
  deps: ComponentDeps,
): Promise<void> {
  const question = claimCheckQuestion(plainMessageText(i.targetMessage.content));
  if (question === null)
    return void (await i.reply({
      content: M.factCheckNoText,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    }));
  const reply = await deps.ask(whereOf(i), question);
  if (reply.type === 'silent')
    return deps.reply(i, slowDownAnswer(reply.retryAfterMs), { ephemeral: true, share: false });
  await deps.reply(i, reply.answer, { ephemeral: true, share: reply.type === 'answer' });
}
