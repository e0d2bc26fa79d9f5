/**
 * The App Home tab as a Block Kit view (pure): what Plenary answers, example questions as buttons, the answer
 * to the last one pressed, the digest subscriptions of the workspace's channels, and links to the sources.
 */

import type { types } from '@slack/bolt';
import type { Answer } from '../../src/answer.ts';
import { languageLabel } from '../../src/i18n/parse-lang.ts';
import type { Source } from '../../src/knowledge/schema.ts';
import type { Subscription } from '../../src/store/subscription-store.ts';
import { escapeMrkdwn, mrkdwnLink } from './mrkdwn.ts';
import { questionButton, renderAnswer, type SlackBlock } from './render.ts';

/** `plenary_home_ask_0`, …: an example question pressed in the Home tab. */
export const HOME_ASK_PREFIX = 'plenary_home_ask_';
export const HOME_ASK_ACTION_ID = /^plenary_home_ask_\d+$/;
/** Slack's limit on blocks in a Home tab view. */
export const MAX_HOME_BLOCKS = 100;
const MAX_SOURCES_SHOWN = 8;

export const HOME_TEXT = {
  title: 'Plenary',
  intro:
    'Cited answers about the UN votes on Ukraine of 24 February 2025: General Assembly resolutions A/RES/ES-11/7 ' +
    'and A/RES/ES-11/8 and Security Council resolution 2774 (2025). Ask how each country voted, the tallies, the ' +
    'amendments and what the delegates said; every answer names its sources.',
  howToAsk:
    'Type `/votes <question>` in any channel, mention @Plenary in a channel it is in, or write to it in Messages.',
  examplesLabel: 'Try a question (the answer appears below):',
  examples: [
    'How did France vote?',
    'What was the tally on ES-11/7?',
    'How did Korea vote?',
    'What did Dorothy Shea say?',
    'Which countries changed their vote between ES-11/7 and 2774?',
  ],
  answerLabel: 'Answer',
  digestsLabel: 'Daily digests in this workspace',
  noDigests: 'No channel gets the daily digest yet. In a channel, type `/votes digest on 09:00 Europe/Kyiv`.',
  digestLine: (s: Subscription) =>
    `<#${s.channelId}> at ${s.time} (${s.timeZone})${s.lang === 'en' ? '' : `, in ${languageLabel(s.lang)}`}${s.status === 'gone' ? ': stopped, the channel is gone' : ''}`,
  sourcesLabel: 'Sources',
} as const;

export interface HomeInput {
  subscriptions: readonly Subscription[];
  sources: readonly Source[];
  /** The answer to the example (or reading) pressed last, shown under the examples. */
  answer?: Answer | undefined;
}

const divider: SlackBlock = { type: 'divider' };
const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

function answerBlocks(answer: Answer | undefined, room: number): SlackBlock[] {
  if (!answer) return [];
  const blocks = renderAnswer(answer).flatMap((m) => m.blocks);
  return [divider, section(`*${HOME_TEXT.answerLabel}*`), ...blocks].slice(0, room);
}

export function homeView(input: HomeInput): types.HomeView {
  const examples = HOME_TEXT.examples.map((q, i) => questionButton(`${HOME_ASK_PREFIX}${i}`, q));
  const digests = input.subscriptions.length
    ? input.subscriptions.map(HOME_TEXT.digestLine).join('\n')
    : HOME_TEXT.noDigests;
  const linked = input.sources.filter((s) => s.url !== null).slice(0, MAX_SOURCES_SHOWN);
  const sources = linked
    .map((s) => `• ${mrkdwnLink(s.url!, s.title)}, ${escapeMrkdwn(s.publisher)}`)
    .join('\n');
  const head: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: HOME_TEXT.title } },
    section(escapeMrkdwn(HOME_TEXT.intro)),
    { type: 'context', elements: [{ type: 'mrkdwn', text: HOME_TEXT.howToAsk }] },
    section(`*${HOME_TEXT.examplesLabel}*`),
    { type: 'actions', elements: examples },
  ];
  const tail: SlackBlock[] = [
    divider,
    section(`*${HOME_TEXT.digestsLabel}*\n${digests}`),
    section(`*${HOME_TEXT.sourcesLabel}*\n${sources}`),
  ];
  const room = MAX_HOME_BLOCKS - head.length - tail.length;
  return { type: 'home', blocks: [...head, ...answerBlocks(input.answer, room), ...tail] };
}
