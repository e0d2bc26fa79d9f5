import { limitViolations } from '../../adapters/slack/limits.ts';
import { pingsIn, unescapeMrkdwn } from '../../adapters/slack/mrkdwn.ts';
import { renderAnswer, type SlackMessage } from '../../adapters/slack/render.ts';
import { questionFromMention } from '../../adapters/slack/to-question.ts';
import { type AdapterHarness, runAdapterContract } from './adapter-contract.ts';

const BOT_USER_ID = 'U0PLENARY';

/** Every string Slack displays in a message: fallback text and the texts of every block, unescaped. */
function visibleText(m: SlackMessage): string[] {
  const out = [unescapeMrkdwn(m.text)];
  const visit = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      if (key === 'text') out.push(unescapeMrkdwn(v));
    } else if (Array.isArray(v)) for (const x of v) visit(x, key);
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
  };
  visit(m.blocks, '');
  return out;
}

const slackHarness: AdapterHarness<SlackMessage> = {
  name: 'Slack',
  render: (answer) => renderAnswer(answer, { share: { question: 'how did France vote?' } }),
  fallbackText: (m) => unescapeMrkdwn(m.text),
  visibleText,
  limitViolations,
  wouldPing: (m) => pingsIn(m).length > 0,
  questionFrom: (msg) =>
    questionFromMention(
      {
        type: 'app_mention',
        channel: 'C0GENERAL',
        user: msg.fromSelf ? BOT_USER_ID : 'U0ALICE',
        ...(msg.fromOtherBot ? { bot_id: 'B0OTHER' } : {}),
        text: msg.text,
        ts: '1740400000.000100',
      },
      { userId: BOT_USER_ID, botId: 'B0PLENARY' },
    )?.question ?? null,
  botMention: `<@${BOT_USER_ID}>`,
};

runAdapterContract(slackHarness);
