/**
 * Rendered messages (render.ts) as discord.js send options: replies, edits and message replies, pinging nobody,
 * with their pictures as attachments and their button rows.
 */
import {
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
  type MessageReplyOptions,
} from 'discord.js';
import { type DiscordMessage, EPHEMERAL_FLAG } from './render.ts';

const files = (m: DiscordMessage) =>
  (m.files ?? []).map((f) => ({ attachment: f.path, name: f.name, description: f.description }));

/** The fields every kind of send shares; discord.js writes them as `allowed_mentions: {parse: [], replied_user: false}`. */
export const common = (m: DiscordMessage) => ({
  embeds: m.embeds,
  allowedMentions: { parse: [], repliedUser: false },
  ...(m.files && m.files.length > 0 ? { files: files(m) } : {}),
  ...(m.content ? { content: m.content } : {}),
  ...(m.components ? { components: m.components } : {}),
});

export const toEditOptions = (m: DiscordMessage): InteractionEditReplyOptions => common(m);

export const toReplyOptions = (m: DiscordMessage): InteractionReplyOptions =>
  (m.flags ?? 0) & EPHEMERAL_FLAG ? { ...common(m), flags: MessageFlags.Ephemeral } : common(m);

export const toMessageOptions = (m: DiscordMessage): MessageReplyOptions => ({
  ...common(m),
  failIfNotExists: false,
});
