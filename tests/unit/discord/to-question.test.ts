import { describe, expect, it } from 'vitest';
import { redactTokens } from '../../../adapters/discord/discord-adapter.ts';
import { questionFromMessage } from '../../../adapters/discord/to-question.ts';

const BOT = '100000000000000001';
const msg = (content: string, over: Partial<Parameters<typeof questionFromMessage>[0]> = {}) =>
  questionFromMessage({ content, authorId: '42', authorIsBot: false, inGuild: true, ...over }, BOT);

describe('Discord message -> question', () => {
  it('given a mention anywhere in a server message, it asks the rest of the text', () => {
    expect(msg(`<@${BOT}> how did France vote?`)).toBe('how did France vote?');
    expect(msg(`so <@!${BOT}>, how did   France vote?`)).toBe('so , how did France vote?');
  });

  it('given a server message without a mention of the bot, it stays silent', () => {
    expect(msg('how did France vote?')).toBeNull();
    expect(msg('<@999> how did France vote?')).toBeNull();
  });

  it('given a direct message, every message is a question', () => {
    expect(msg('how did France vote?', { inGuild: false })).toBe('how did France vote?');
  });

  it('given a bare mention, it asks for help', () => {
    expect(msg(`<@${BOT}>`)).toBe('help');
  });

  it('given a message from itself or another bot, it stays silent', () => {
    expect(msg(`<@${BOT}> hi`, { authorId: BOT })).toBeNull();
    expect(msg(`<@${BOT}> hi`, { authorIsBot: true })).toBeNull();
    expect(msg('hi', { authorIsBot: true, inGuild: false })).toBeNull();
  });
});

describe('log redaction', () => {
  it('removes interaction and webhook tokens from URLs and messages', () => {
    expect(
      redactTokens('POST https://discord.com/api/v10/interactions/123/aW50ZXJh.c3Rpb24/callback?x=1'),
    ).toBe('POST https://discord.com/api/v10/interactions/123/[token]/callback?x=1');
    expect(redactTokens('/webhooks/456/tok-en_1/messages/@original')).toBe(
      '/webhooks/456/[token]/messages/@original',
    );
  });
});
