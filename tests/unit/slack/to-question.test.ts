import { describe, expect, it } from 'vitest';
import { createEventDeduper, createStoreDeduper } from '../../../adapters/slack/dedupe.ts';
import {
  parseCommandText,
  questionFromDirectMessage,
  questionFromMention,
  type SlackMessageEvent,
  stripBotMention,
} from '../../../adapters/slack/to-question.ts';
import { openSqliteStore } from '../../../src/store/sqlite-store.ts';

const self = { userId: 'U0BOT', botId: 'B0BOT' };
const mention = (o: Partial<SlackMessageEvent> = {}): SlackMessageEvent => ({
  type: 'app_mention',
  channel: 'C1',
  user: 'U0ALICE',
  text: '<@U0BOT> how did France vote?',
  ts: '100.1',
  ...o,
});
const dm = (o: Partial<SlackMessageEvent> = {}): SlackMessageEvent => ({
  type: 'message',
  channel_type: 'im',
  channel: 'D1',
  user: 'U0ALICE',
  text: 'how did France vote?',
  ts: '200.1',
  ...o,
});

describe('Slack payload -> question', () => {
  it('given a mention, it strips the bot mention and answers in a thread on the mention', async () => {
    expect(questionFromMention(mention(), self)).toEqual({
      question: 'how did France vote?',
      channel: 'C1',
      user: 'U0ALICE',
      threadTs: '100.1',
    });
  });

  it('given a mention inside a thread, it keeps the thread', async () => {
    expect(questionFromMention(mention({ thread_ts: '99.9' }), self)?.threadTs).toBe('99.9');
  });

  it('strips the labelled form and keeps other people mentioned', async () => {
    expect(stripBotMention('<@U0BOT|plenary> what did <@U0BOB> ask?', 'U0BOT')).toBe(
      'what did <@U0BOB> ask?',
    );
    expect(stripBotMention('<@U0ANY> hi')).toBe('hi');
  });

  it('ignores its own messages, other bots, edits, deletions and system messages', async () => {
    expect(questionFromMention(mention({ user: 'U0BOT' }), self)).toBeNull();
    expect(questionFromMention(mention({ bot_id: 'B0OTHER' }), self)).toBeNull();
    expect(questionFromDirectMessage(dm({ subtype: 'message_changed' }), self)).toBeNull();
    expect(questionFromDirectMessage(dm({ subtype: 'message_deleted', user: undefined }), self)).toBeNull();
    expect(questionFromDirectMessage(dm({ subtype: 'bot_message' }), self)).toBeNull();
    expect(questionFromDirectMessage(dm({ subtype: 'channel_join' }), self)).toBeNull();
    expect(questionFromDirectMessage(dm({ edited: { user: 'U0ALICE', ts: '1' } }), self)).toBeNull();
  });

  it('answers a DM in the DM (top level, or its thread), and leaves mentions in DMs to the DM handler', async () => {
    expect(questionFromDirectMessage(dm(), self)?.threadTs).toBeUndefined();
    expect(questionFromDirectMessage(dm({ thread_ts: '150.1' }), self)?.threadTs).toBe('150.1');
    expect(questionFromDirectMessage(dm({ channel_type: 'channel' }), self)).toBeNull();
    expect(questionFromMention(mention({ channel: 'D1' }), self)).toBeNull();
  });

  it('splits /votes text into a lower-cased first word and the rest', async () => {
    expect(parseCommandText('  Digest   daily 09:00 ')).toEqual({
      word: 'digest',
      rest: 'daily 09:00',
      text: 'Digest daily 09:00',
    });
    expect(parseCommandText('')).toEqual({ word: '', rest: '', text: '' });
  });
});

describe('event deduper', () => {
  it('given the same event id within the TTL, it reports a repeat; after the TTL, a first sighting', async () => {
    let now = 0;
    const d = createEventDeduper({ ttlMs: 1000, now: () => now });
    expect(await d.firstSeen('Ev1')).toBe(true);
    now = 999;
    expect(await d.firstSeen('Ev1')).toBe(false);
    now = 2000;
    expect(await d.firstSeen('Ev1')).toBe(true);
  });

  it('stays bounded, forgetting the oldest ids first', async () => {
    const d = createEventDeduper({ maxEntries: 3, now: () => 0 });
    for (const id of ['a', 'b', 'c', 'd']) await d.firstSeen(id);
    expect(d.size).toBe(3);
    expect(await d.firstSeen('d')).toBe(false);
    expect(await d.firstSeen('a')).toBe(true);
  });

  it('given a shared store, a retry reaching another instance is a repeat; with the store down, memory decides', async () => {
    const shared = openSqliteStore(':memory:');
    const a = createStoreDeduper(shared);
    const b = createStoreDeduper(shared);
    expect(await a.firstSeen('Ev1')).toBe(true);
    expect(await b.firstSeen('Ev1')).toBe(false);
    const warnings: string[] = [];
    const down = {
      firstSeen: async (): Promise<boolean> => {
        throw new Error('connect ECONNREFUSED');
      },
    };
    const c = createStoreDeduper(down, { log: { warn: (_o, msg) => void warnings.push(msg) } });
    expect(await c.firstSeen('Ev2')).toBe(true);
    expect(await c.firstSeen('Ev2')).toBe(false);
    expect(await c.firstSeen('Ev3')).toBe(true);
    expect(warnings).toHaveLength(1); // once a minute, not once an event
    await shared.close();
  });
});
