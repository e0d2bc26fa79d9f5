/**
 * A rendered message (render.ts) as the JSON body discord.js sends for it as an interaction reply or a follow-up,
 * built directly: what `MessagePayload.resolveBody` makes of `toReplyOptions(m)` (payloads.ts), with the same keys
 * in the same order, so that the `/votes` commands answered without discord.js (direct-command.ts) send what the
 * discord.js path sends (tests/unit/adapters/discord/direct-command.test.ts compares the two). Pings nobody.
 */
import type { APIEmbed } from 'discord.js';
import { deepFreeze } from '../../src/render-memo.ts';
import { serialiseOnce } from '../post-json.ts';
import type { ButtonRow } from './buttons.ts';
import { type DiscordMessage, EPHEMERAL_FLAG, type NoPings } from './render.ts';

/** Interaction callback types (Discord's InteractionResponseType). */
export const CHANNEL_MESSAGE_WITH_SOURCE = 4;

/** A message's JSON as discord.js writes it (nonce and attachments left out, as discord.js leaves them). */
export interface MessageData {
  content?: string;
  tts: false;
  enforce_nonce: false;
  embeds: APIEmbed[];
  components?: ButtonRow[];
  allowed_mentions: NoPings;
  flags?: number;
}

/** The body of a reply or follow-up without files (a message with files goes through discord.js: multipart). */
export function messageData(m: DiscordMessage): MessageData {
  return {
    // payloads.ts `common` sends content only when it is not empty; discord.js then writes it first.
    ...(m.content ? { content: m.content } : {}),
    tts: false,
    enforce_nonce: false,
    embeds: m.embeds,
    ...(m.components ? { components: m.components } : {}),
    allowed_mentions: { parse: [], replied_user: false },
    // toReplyOptions passes the ephemeral flag alone.
    ...((m.flags ?? 0) & EPHEMERAL_FLAG ? { flags: EPHEMERAL_FLAG } : {}),
  };
}

/** Bodies of frozen messages (the renderer's, for cached answers), which never change, kept beside them. */
const kept = new WeakMap<DiscordMessage, string>();

/** The interaction response that answers with `m` (type 4), as a JSON string. */
export function replyBody(m: DiscordMessage): string {
  const known = kept.get(m);
  if (known !== undefined) return known;
  const body = JSON.stringify({ type: CHANNEL_MESSAGE_WITH_SOURCE, data: messageData(m) });
  if (Object.isFrozen(m)) kept.set(m, body);
  return body;
}

/** Follow-up bodies of frozen messages, kept frozen beside them (post-json.ts then keeps their JSON too). */
const keptData = new WeakMap<DiscordMessage, MessageData>();

/**
 * messageData(m) for a follow-up: for a frozen message (a cached answer's second message), the same body each
 * time, deep-frozen and marked for post-json.ts to serialise once; otherwise a new one.
 */
export function followUpData(m: DiscordMessage): MessageData {
  if (!Object.isFrozen(m)) return messageData(m);
  let data = keptData.get(m);
  if (data === undefined) {
    data = serialiseOnce(deepFreeze(messageData(m)));
    keptData.set(m, data);
  }
  return data;
}
