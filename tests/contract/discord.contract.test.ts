import { limitViolations } from '../../adapters/discord/limits.ts';
import { type DiscordMessage, messageText, renderAnswer } from '../../adapters/discord/render.ts';
import { questionFromMessage } from '../../adapters/discord/to-question.ts';
import { type AdapterHarness, runAdapterContract } from './adapter-contract.ts';

const BOT_ID = 'BOT_ID';

/** Discord pings only what allowed_mentions lets through; embeds never ping. */
function wouldPing(m: DiscordMessage): boolean {
  const am = m.allowed_mentions as {
    parse: string[];
    users?: string[];
    roles?: string[];
    replied_user?: boolean;
  };
  return (
    am.parse.length > 0 ||
    (am.users ?? []).length > 0 ||
    (am.roles ?? []).length > 0 ||
    am.replied_user !== false
  );
}

const discordHarness: AdapterHarness<DiscordMessage> = {
  name: 'Discord',
  render: (answer) => renderAnswer(answer),
  fallbackText: messageText,
  visibleText: (m) => [messageText(m)],
  limitViolations,
  wouldPing,
  questionFrom: (msg) =>
    questionFromMessage(
      {
        content: msg.text,
        authorId: msg.fromSelf ? BOT_ID : 'U_PERSON',
        authorIsBot: msg.fromSelf === true || msg.fromOtherBot === true,
        inGuild: true,
      },
      BOT_ID,
    ),
  botMention: `<@${BOT_ID}>`,
};

runAdapterContract(discordHarness);
