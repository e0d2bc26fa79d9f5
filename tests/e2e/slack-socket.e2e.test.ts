import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { createLogger } from '../../src/logger.ts';
import {
  BOT_USER_ID,
  type FakeSlack,
  setSocketModeUrl,
  startFakeSlack,
  TEAM_ID,
} from './fakes/fake-slack.ts';
import { routerWithPictures } from './fakes/slack-harness.ts';

/**
 * Socket Mode end to end: the real Bolt app with an app token, apps.connections.open on the fake Web API handing
 * out a WebSocket on 127.0.0.1, and envelopes sent over it as Slack sends them (hello, events_api, slash_commands).
 */
describe('Slack adapter in Socket Mode', () => {
  let fake: FakeSlack;
  let wss: WebSocketServer;
  let adapter: SlackAdapter;
  const acks: { envelope_id: string }[] = [];
  let socket: WebSocket | undefined;

  beforeAll(async () => {
    fake = await startFakeSlack();
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    wss.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => acks.push(JSON.parse(String(data)) as { envelope_id: string }));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FAKE' } }));
    });
    setSocketModeUrl(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`);
    adapter = createSlackAdapter({
      router: routerWithPictures(),
      log: createLogger({ level: 'silent' }),
      botToken: 'xoxb-test-token',
      appToken: 'xapp-test-token',
      port: 0,
      apiUrl: fake.apiUrl,
    });
    expect(await adapter.start()).toEqual({ mode: 'socket' });
  });

  afterAll(async () => {
    await adapter.stop();
    setSocketModeUrl(undefined);
    for (const c of wss.clients) c.terminate();
    await new Promise((resolve) => wss.close(resolve));
    await fake.close();
  });

  const waitForAck = async (id: string) => {
    const deadline = Date.now() + 3000;
    while (!acks.some((a) => a.envelope_id === id) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    return acks.some((a) => a.envelope_id === id);
  };

  it('given a mention over the socket, it acks the envelope and answers in a thread', async () => {
    socket!.send(
      JSON.stringify({
        envelope_id: 'env-mention-1',
        type: 'events_api',
        accepts_response_payload: false,
        payload: {
          type: 'event_callback',
          team_id: TEAM_ID,
          event_id: 'Ev0SOCKET1',
          event: {
            type: 'app_mention',
            user: 'U0ALICE',
            text: `<@${BOT_USER_ID}> how did France vote on 2774?`,
            ts: '1740400300.000300',
            channel: 'C0SOCKET',
          },
          authorizations: [{ user_id: BOT_USER_ID, team_id: TEAM_ID, is_bot: true }],
        },
      }),
    );
    expect(await waitForAck('env-mention-1')).toBe(true);
    const reply = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0SOCKET');
    expect(reply.body.thread_ts).toBe('1740400300.000300');
    expect(String(reply.body.text)).toContain('France abstained');
  });

  it('given /votes over the socket, it acks at once and answers at the response_url', async () => {
    socket!.send(
      JSON.stringify({
        envelope_id: 'env-slash-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          command: '/votes',
          text: 'what was the tally on ES-11/8?',
          user_id: 'U0ALICE',
          user_name: 'alice',
          channel_id: 'C0SOCKET',
          team_id: TEAM_ID,
          response_url: fake.responseUrl('socket-slash-1'),
          trigger_id: 'trig-1',
        },
      }),
    );
    expect(await waitForAck('env-slash-1')).toBe(true);
    const answer = await fake.waitFor(
      (c) => c.method === 'response_url' && c.path === '/response/socket-slash-1',
    );
    expect(answer.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer.body)).toContain('93-8-73');
  });
});
