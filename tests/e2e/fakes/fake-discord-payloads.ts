/**
 * Payloads of the fake Discord (fake-discord.ts): the test server's ids, the guild the bot joins, the messages it
 * echoes back, who runs an interaction, and request bodies in JSON or multipart (uploads) form.
 */
import type { IncomingMessage } from 'node:http';

export const BOT_ID = '100000000000000001';
export const APP_ID = '100000000000000002';
export const GUILD_ID = '100000000000000003';
export const CHANNEL_ID = '100000000000000004';
export const USER_ID = '100000000000000005';
export const DM_CHANNEL_ID = '100000000000000006';
export const COMMAND_ID = '100000000000000007';
/** A DM between the user and a friend, where the bot is no member: reachable only through a user install. */
export const FRIEND_DM_ID = '100000000000000008';

export interface RecordedFile {
  /** The multipart field, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  size: number;
  /** The first bytes, enough to check a PNG signature. */
  head: Buffer;
}

/** Who runs an interaction: a member with these permission bits, or a user in a DM. */
export interface InvokerOptions {
  /** Permission bits as a decimal string; default: an ordinary member's (no Manage Channels). */
  permissions?: string;
  dm?: boolean;
  /** A server channel other than #general. */
  channelId?: string;
  /**
   * Installed to the user's account, not the server: `authorizing_integration_owners` names only the user
   * ('1'), and, with `dm`, the interaction is in a DM with a friend (context 2, private channel), not the bot's.
   */
  userInstall?: boolean;
  /** With `userInstall` and `dm`: a group DM (channel type 3) instead of a DM with one friend. */
  groupDm?: boolean;
  /** The user's Discord language (`interaction.locale`); default en-GB. */
  locale?: string;
}

/** What an ordinary member may do in #general: read, write, embed, use commands; not Manage Channels (1 << 4). */
export const MEMBER_PERMISSIONS = '2248473465835073';
/** A moderator: the member's permissions plus Manage Channels. */
export const MODERATOR_PERMISSIONS = String(BigInt(MEMBER_PERMISSIONS) | (1n << 4n));

export const botUser = {
  id: BOT_ID,
  username: 'Plenary',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};
export const person = {
  id: USER_ID,
  username: 'olena',
  discriminator: '0',
  global_name: 'Olena',
  avatar: null,
};
let snowflake = 200_000_000_000_000_000n;
export const nextId = (): string => String(++snowflake);

export function guildCreate(): Record<string, unknown> {
  return {
    id: GUILD_ID,
    name: 'Plenary test server',
    icon: null,
    owner_id: USER_ID,
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: '2025-02-24T00:00:00.000Z',
    features: [],
    roles: [
      {
        id: GUILD_ID,
        name: '@everyone',
        permissions: '1024',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [
      {
        id: CHANNEL_ID,
        type: 0,
        guild_id: GUILD_ID,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
        topic: null,
      },
    ],
    threads: [],
    members: [],
    presences: [],
    voice_states: [],
    emojis: [],
    stickers: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function sentMessage(channelId: string, body: Record<string, unknown>): Record<string, unknown> {
  return {
    id: nextId(),
    channel_id: channelId,
    author: botUser,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    type: body.message_reference ? 19 : 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body.flags ?? 0,
    components: [],
  };
}

/** Where an interaction happens and who runs it, as the payload says. */
export function interactionContext(invoker: InvokerOptions): Record<string, unknown> {
  if (invoker.userInstall && invoker.dm)
    return {
      channel_id: FRIEND_DM_ID,
      channel: invoker.groupDm
        ? { id: FRIEND_DM_ID, type: 3, name: 'friends', recipients: [person], owner_id: USER_ID }
        : { id: FRIEND_DM_ID, type: 1 },
      user: person,
      context: 2,
      authorizing_integration_owners: { '1': USER_ID },
    };
  const owners = invoker.userInstall ? { '1': USER_ID } : { '0': invoker.dm ? '0' : GUILD_ID };
  return { ...placeOf(invoker), authorizing_integration_owners: owners };
}

function placeOf(invoker: InvokerOptions): Record<string, unknown> {
  return invoker.dm
    ? {
        channel_id: DM_CHANNEL_ID,
        channel: { id: DM_CHANNEL_ID, type: 1 },
        user: person,
        context: 1,
      }
    : {
        guild_id: GUILD_ID,
        channel_id: invoker.channelId ?? CHANNEL_ID,
        channel: { id: invoker.channelId ?? CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
        member: {
          user: person,
          roles: [],
          permissions: invoker.permissions ?? MEMBER_PERMISSIONS,
          joined_at: '2025-01-01T00:00:00.000Z',
          deaf: false,
          mute: false,
          flags: 0,
        },
        guild_locale: 'en-GB',
        context: 0,
      };
}

/** JSON, or multipart/form-data with `payload_json` and files (as discord.js uploads attachments). */
export async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: RecordedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: null, files: [] };
  if (type.includes('application/json')) return { body: JSON.parse(raw.toString('utf8')), files: [] };
  if (!type.includes('multipart/form-data')) return { body: raw.toString('utf8'), files: [] };
  const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
  let body: unknown = null;
  const files: RecordedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
      continue;
    }
    const bytes = Buffer.from(await value.arrayBuffer());
    files.push({
      field,
      filename: value.name,
      contentType: value.type,
      size: bytes.length,
      head: bytes.subarray(0, 16),
    });
  }
  return { body, files };
}
