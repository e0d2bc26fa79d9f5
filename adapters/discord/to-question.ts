/** Incoming Discord messages -> the question for the router, or null when the bot should stay silent. */

export interface IncomingDiscordMessage {
  content: string;
  authorId: string;
  authorIsBot: boolean;
  /** False for direct messages. */
  inGuild: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const mentionPattern = (botId: string): RegExp => new RegExp(`<@!?${escapeRegExp(botId)}>`, 'g');

/**
 * In a server, only messages that mention the bot are questions; in a DM every message is. The bot never answers
 * itself or another bot. The mention is stripped; a bare mention asks for help.
 */
export function questionFromMessage(m: IncomingDiscordMessage, botId: string): string | null {
  if (m.authorIsBot || m.authorId === botId) return null;
  const mention = mentionPattern(botId);
  if (m.inGuild && !mention.test(m.content)) return null;
  const question = m.content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  return question === '' ? 'help' : question;
}
