/**
 * The Slack surfaces besides /votes and mentions, through the real Bolt App against the fake Slack: the Home
 * tab (published once per open, its example buttons answering into it), the "Fact-check with Plenary" message
 * shortcut (a private answer with Share), and the buttons of a question with two readings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareValue } from '../../adapters/slack/render.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import { type RecordedCall, TEAM_ID } from './fakes/fake-slack.ts';
import { type SlackHarness, startSlackHarness } from './fakes/slack-harness.ts';
import { buttonClick, homeOpened, messageShortcut } from './fakes/slack-interactions.ts';
import { send, slashCommand } from './fakes/slack-requests.ts';

let h: SlackHarness;
let store: SubscriptionStore;

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  h = await startSlackHarness({ store });
});

afterAll(async () => {
  await h?.close();
  await store?.close();
});

type View = { type: string; blocks: { type: string; elements?: { action_id?: string; value?: string }[] }[] };
const viewOf = (c: RecordedCall) => c.body.view as View;
const buttonsOf = (blocks: View['blocks']) =>
  blocks.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
const publishes = () => h.fake.calls.filter((c) => c.method === 'views.publish');

describe('Slack App Home tab', () => {
  it('given a user opens the Home tab, it is published once with examples, the workspace’s digests and sources', async () => {
    const now = new Date('2026-02-24T06:00:00Z');
    const sub = { platform: 'slack', time: '09:00', timeZone: 'Europe/Kyiv', createdBy: 'U0ALICE' };
    await store.subscribe({ ...sub, channelId: 'C0HOMEDIG', workspaceId: TEAM_ID }, now);
    await store.subscribe({ ...sub, channelId: 'C0HOMEFR', workspaceId: TEAM_ID, lang: 'fr' }, now);
    await store.subscribe({ ...sub, channelId: 'C0ELSEWHERE', workspaceId: 'T0OTHER' }, now);
    const open = homeOpened('U0ALICE', 'EvHOME0001');
    expect((await send(h.eventsUrl, open)).status).toBe(200);
    const call = await h.fake.waitFor((c) => c.method === 'views.publish', 10_000);
    expect(call.body.user_id).toBe('U0ALICE');
    const view = viewOf(call);
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('<#C0HOMEDIG> at 09:00 (Europe/Kyiv)');
    expect(text).not.toContain('<#C0HOMEDIG> at 09:00 (Europe/Kyiv), in');
    expect(text).toContain('<#C0HOMEFR> at 09:00 (Europe/Kyiv), in French (français)');
    expect(text).not.toContain('C0ELSEWHERE');
    expect(text).toContain('https://digitallibrary.un.org/record/4076672');
    expect(buttonsOf(view.blocks).map((b) => b.action_id)).toContain('plenary_home_ask_0');
    // Slack's retry of the same open is dropped before any listener runs: nothing more is published.
    expect((await send(h.eventsUrl, open, { retryNum: 1 })).status).toBe(200);
    await h.waitForLog(
      (l) =>
        l.msg === 'Slack resent a request already handled' ||
        (l.msg === 'duplicate event' && l.eventId === 'EvHOME0001'),
      10_000,
    );
    expect(publishes()).toHaveLength(1);
  });

  it('given an example button pressed in the Home tab, the answer is published into the Home view', async () => {
    const click = buttonClick('plenary_home_ask_0', shareValue('How did France vote?'), {
      where: { home: true },
    });
    expect((await send(h.eventsUrl, click)).status).toBe(200);
    const call = await h.fake.waitFor(
      (c) => c.method === 'views.publish' && JSON.stringify(c.body.view).includes('How France voted'),
      10_000,
    );
    expect(call.body.user_id).toBe('U0ALICE');
  });
});

describe('Slack message shortcut "Fact-check with Plenary"', () => {
  it('given a message stating a vote, the claim-check answer goes only to the user who ran it, with Share', async () => {
    const url = h.fake.responseUrl('factcheck-1');
    const req = messageShortcut('<@U0BOB> France voted against ES-11/7 &amp; that was that.', url);
    expect((await send(h.eventsUrl, req)).status).toBe(200);
    const call = await h.fake.waitFor((c) => c.path === '/response/factcheck-1', 10_000);
    expect(call.body.response_type).toBe('ephemeral');
    expect(String(call.body.text)).toContain('France voted in favour of A/RES/ES-11/7');
    const share = buttonsOf(call.body.blocks as View['blocks']).find((b) => b.action_id === 'plenary_share');
    expect(decodeURIComponent(share?.value ?? '')).toBe(
      'France voted against ES-11/7 & that was that, is that right?',
    );
    expect(
      h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0GENERAL'),
    ).toEqual([]);
  });
});

describe('Slack buttons for a question with two readings', () => {
  it('given /votes how did korea vote, each reading is a button, and a click answers that reading in place', async () => {
    const url = h.fake.responseUrl('korea-1');
    expect((await send(h.eventsUrl, slashCommand('how did korea vote', url))).status).toBe(200);
    const asked = await h.fake.waitFor((c) => c.path === '/response/korea-1', 10_000);
    const readings = buttonsOf(asked.body.blocks as View['blocks']).filter((b) =>
      b.action_id?.startsWith('plenary_reading_'),
    );
    expect(readings.map((b) => decodeURIComponent(b.value ?? ''))).toEqual([
      'How did Republic of Korea vote?',
      "How did Democratic People's Republic of Korea vote?",
    ]);
    const clickUrl = h.fake.responseUrl('korea-2');
    const click = buttonClick(readings[1]!.action_id!, readings[1]!.value!, {
      where: { message: { channel: 'C0GENERAL', ephemeral: true } },
      responseUrl: clickUrl,
    });
    expect((await send(h.eventsUrl, click)).status).toBe(200);
    const answered = await h.fake.waitFor((c) => c.path === '/response/korea-2', 10_000);
    expect(answered.body.replace_original).toBe(true);
    expect(String(answered.body.text)).toContain('North Korea (DPRK) voted');
    expect(String(answered.body.text)).not.toContain('could mean more than one country');
  });
});
