/**
 * The real Bolt App in HTTP mode on an ephemeral port, talking to a fake Slack Web API on 127.0.0.1.
 * Requests are signed as Slack signs them; nothing leaves the machine.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BLOCKS } from '../../adapters/slack/limits.ts';
import { pingsIn, unescapeMrkdwn } from '../../adapters/slack/mrkdwn.ts';
import { SHARE_ACTION_ID } from '../../adapters/slack/render.ts';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/logger.ts';
import { createRouter } from '../../src/router/router.ts';
import { BOT_USER_ID, type FakeSlack, type RecordedCall, startFakeSlack } from './fakes/fake-slack.ts';
import {
  directMessage,
  eventCallback,
  mention,
  send,
  shareClick,
  slashCommand,
  urlVerification,
} from './fakes/slack-requests.ts';

const router = createRouter(loadKnowledge());
const logLines: Record<string, unknown>[] = [];
const logWaiters = new Set<() => void>();
const logStream = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString('utf8').split('\n'))
      if (line.trim() !== '') logLines.push(JSON.parse(line) as Record<string, unknown>);
    for (const w of logWaiters) w();
    done();
  },
});

function waitForLog(match: (l: Record<string, unknown>) => boolean, timeoutMs = 3000) {
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    const check = () => {
      const l = logLines.find(match);
      if (!l) return;
      logWaiters.delete(check);
      clearTimeout(timer);
      resolve(l);
    };
    const timer = setTimeout(() => {
      logWaiters.delete(check);
      reject(new Error('no matching log line'));
    }, timeoutMs);
    logWaiters.add(check);
    check();
  });
}

let fake: FakeSlack;
let adapter: SlackAdapter;
let eventsUrl: string;

beforeAll(async () => {
  fake = await startFakeSlack();
  adapter = createSlackAdapter({
    router,
    log: createLogger({ level: 'debug', destination: logStream }),
    botToken: 'xoxb-test-token',
    signingSecret: 'test-signing-secret-0123456789abcdef',
    port: 0,
    host: '127.0.0.1',
    apiUrl: fake.apiUrl,
    // Retry-After is honoured by the client itself; no extra back-off keeps the test quick.
    retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 10 },
  });
  const started = await adapter.start();
  eventsUrl = `http://127.0.0.1:${started.port}/slack/events`;
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

const toResponse = (id: string) => (c: RecordedCall) =>
  c.method === 'response_url' && c.path === `/response/${id}`;
const postedTo = (channel: string) => (c: RecordedCall) =>
  c.method === 'chat.postMessage' && c.body.channel === channel && c.status === 200;
const hasShareButton = (c: RecordedCall) => JSON.stringify(c.body.blocks).includes(SHARE_ACTION_ID);

describe('Slack adapter end to end (real Bolt, fake Slack)', () => {
  it('given /votes with a question, it acks at once and answers ephemerally at the response_url with a Share button', async () => {
    const res = await send(eventsUrl, slashCommand('what was the tally on ES-11/7?', fake.responseUrl('q1')));
    expect(res.status).toBe(200);
    const reply = await fake.waitFor(toResponse('q1'));
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.contentType).toContain('application/json');
    expect(typeof reply.body.text).toBe('string');
    expect((reply.body.blocks as unknown[]).length).toBeGreaterThan(0);
    expect((reply.body.blocks as unknown[]).length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(hasShareButton(reply)).toBe(true);
  });

  it('given /votes help or a bare /votes, it shows the router help and the commands ephemerally without a Share button', async () => {
    const help = router.ask('help', { platform: 'slack' });
    await send(eventsUrl, slashCommand('help', fake.responseUrl('help1')));
    await send(eventsUrl, slashCommand('', fake.responseUrl('help2')));
    for (const id of ['help1', 'help2']) {
      const reply = await fake.waitFor(toResponse(id));
      expect(reply.body.response_type).toBe('ephemeral');
      const text = unescapeMrkdwn(String(reply.body.text));
      expect(text).toContain(help.summary);
      for (const s of help.suggestions) expect(text).toContain(s);
      expect(text).toContain('/votes map <vote>');
      expect(text).toContain('/votes digest on [HH:MM] [Area/City]');
      expect(hasShareButton(reply)).toBe(false);
    }
  });

  it('given a click on Share, it posts the answer in the channel and removes the private copy', async () => {
    await send(eventsUrl, slashCommand('how did France vote?', fake.responseUrl('s0')));
    const first = await fake.waitFor(toResponse('s0'));
    const blocks = first.body.blocks as { type: string; elements?: { value?: string }[] }[];
    const value = blocks.find((b) => b.type === 'actions')?.elements?.[0]?.value;
    expect(value).toBeDefined();
    await send(eventsUrl, shareClick(value!, fake.responseUrl('s1')));
    const shared = await fake.waitFor(toResponse('s1'));
    expect(shared.body.response_type).toBe('in_channel');
    expect(shared.body.replace_original).toBe(false);
    expect(hasShareButton(shared)).toBe(false);
    expect(String(shared.body.text)).toContain('alice');
    const removed = await fake.waitFor((c) => toResponse('s1')(c) && c.body.delete_original === true);
    expect(removed).toBeDefined();
  });

  it('given a mention in a channel, it answers in a thread under the mention', async () => {
    const ev = mention('how did the US vote?', { channel: 'C0MENTION', ts: '1740400111.000111' });
    expect((await send(eventsUrl, eventCallback(ev))).status).toBe(200);
    const reply = await fake.waitFor(postedTo('C0MENTION'));
    expect(reply.body.thread_ts).toBe('1740400111.000111');
    expect(reply.contentType).toContain('application/x-www-form-urlencoded');
    expect(Array.isArray(reply.body.blocks)).toBe(true);
  });

  it('given a mention inside a thread, it answers in that same thread', async () => {
    const ev = mention('who voted against?', {
      channel: 'C0THREAD',
      ts: '1740400122.000122',
      thread_ts: '1740400100.000001',
    });
    await send(eventsUrl, eventCallback(ev));
    const reply = await fake.waitFor(postedTo('C0THREAD'));
    expect(reply.body.thread_ts).toBe('1740400100.000001');
  });

  it('given a direct message, it answers in the DM, and ignores its own messages there', async () => {
    await send(eventsUrl, eventCallback(directMessage('echo', { channel: 'D0SELF', user: BOT_USER_ID })));
    await send(eventsUrl, eventCallback(directMessage('how did Germany vote?', { channel: 'D0ALICE' })));
    const reply = await fake.waitFor(postedTo('D0ALICE'));
    expect(reply.body.thread_ts).toBeUndefined();
    expect(fake.calls.filter((c) => c.body.channel === 'D0SELF')).toEqual([]);
  });

  it('given Slack retries an event with the same event_id, it answers once', async () => {
    const req = eventCallback(
      mention('what is 2774?', { channel: 'C0RETRY', ts: '1740400133.000133' }),
      'EvRETRY1',
    );
    expect((await send(eventsUrl, req)).status).toBe(200);
    await fake.waitFor(postedTo('C0RETRY'));
    // Slack's retries: at once (same second, same signature) and later (signed again with a new timestamp).
    expect((await send(eventsUrl, req, { retryNum: 1 })).status).toBe(200);
    const later = Math.floor(Date.now() / 1000) + 60;
    expect((await send(eventsUrl, req, { retryNum: 2, timestamp: later })).status).toBe(200);
    const resent = logLines.filter((l) => l.msg === 'Slack resent a request already handled');
    expect(resent).toHaveLength(2);
    // An event resent with a different body (the same event_id) is dropped by the event-id deduper.
    const changed = { ...req, body: req.body.replace('"event_time":1740400000', '"event_time":1740400001') };
    expect((await send(eventsUrl, changed, { retryNum: 3 })).status).toBe(200);
    await waitForLog((l) => l.msg === 'duplicate event' && l.eventId === 'EvRETRY1');
    expect(fake.calls.filter(postedTo('C0RETRY'))).toHaveLength(1);
  });

  it('given a url_verification request, it returns the challenge', async () => {
    const res = await send(eventsUrl, urlVerification('challenge-xyz'));
    expect(res.status).toBe(200);
    expect(res.body).toContain('challenge-xyz');
  });

  it('given a bad or stale signature, it answers 401 and calls no Slack API', async () => {
    const before = fake.calls.length;
    const bad = await send(eventsUrl, slashCommand('how did France vote?', fake.responseUrl('bad')), {
      secret: 'not-the-secret',
    });
    const stale = await send(eventsUrl, eventCallback(mention('hi', { channel: 'C0STALE' })), {
      timestamp: Math.floor(Date.now() / 1000) - 10 * 60,
    });
    expect(bad.status).toBe(401);
    expect(stale.status).toBe(401);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.calls.length).toBe(before);
  });

  it('given <!everyone> and other mentions in the question, no outgoing payload pings anyone', async () => {
    const hostile = '<!everyone> <!channel> <!here> @here <@U0BOB> <!subteam^S0ADMINS> how did France vote?';
    await send(eventsUrl, slashCommand(hostile, fake.responseUrl('hostile')));
    await send(eventsUrl, eventCallback(mention(hostile, { channel: 'C0HOSTILE' })));
    await send(eventsUrl, eventCallback(directMessage(hostile, { channel: 'D0HOSTILE' })));
    const replies = [
      await fake.waitFor(toResponse('hostile')),
      await fake.waitFor(postedTo('C0HOSTILE')),
      await fake.waitFor(postedTo('D0HOSTILE')),
    ];
    for (const r of replies) expect(pingsIn({ text: r.body.text, blocks: r.body.blocks })).toEqual([]);
  });

  it('given a 5,000-character question, it answers politely and keeps serving the next request', async () => {
    const long = `how did France vote ${'and why '.repeat(700)}`.slice(0, 5000);
    expect(long.length).toBe(5000);
    await send(eventsUrl, slashCommand(long, fake.responseUrl('long')));
    const reply = await fake.waitFor(toResponse('long'));
    expect(String(reply.body.text).length).toBeGreaterThan(0);
    expect((reply.body.blocks as unknown[]).length).toBeLessThanOrEqual(MAX_BLOCKS);
    await send(eventsUrl, eventCallback(mention(long, { channel: 'C0LONG' })));
    await fake.waitFor(postedTo('C0LONG'));
    await send(eventsUrl, slashCommand('help', fake.responseUrl('after-long')));
    expect((await fake.waitFor(toResponse('after-long'))).body.response_type).toBe('ephemeral');
  });

  it('given a 429 from chat.postMessage, it waits Retry-After and posts once it is allowed', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await send(eventsUrl, eventCallback(mention('how did Hungary vote?', { channel: 'C0LIMITED' })));
    const ok = await fake.waitFor(postedTo('C0LIMITED'), 5000);
    const limited = fake.calls.find(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'C0LIMITED' && c.status === 429,
    );
    expect(limited).toBeDefined();
    expect(ok.at - limited!.at).toBeGreaterThanOrEqual(950);
    expect(fake.calls.filter(postedTo('C0LIMITED'))).toHaveLength(1);
  });

  it('given channel_not_found from chat.postMessage, it logs the error with its context', async () => {
    fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await send(eventsUrl, eventCallback(mention('how did Chile vote?', { channel: 'C0GONE' })));
    const line = await waitForLog((l) => l.code === 'channel_not_found' && l.channel === 'C0GONE');
    expect(line.level).toBe(50);
    expect(line.source).toBe('mention');
    expect(String(line.msg)).toContain('chat.postMessage failed');
  });

  it('given the response_url fails, it tells the waiting user ephemerally in plain words', async () => {
    fake.failNext('response_url', { httpStatus: 404 });
    await send(
      eventsUrl,
      slashCommand('how did Peru vote?', fake.responseUrl('dead'), { channel_id: 'C0DEADURL' }),
    );
    const told = await fake.waitFor(
      (c) => c.method === 'chat.postEphemeral' && c.body.channel === 'C0DEADURL',
    );
    expect(told.body.user).toBe('U0ALICE');
    expect(String(told.body.text)).toMatch(/sorry/i);
  });

  it('given Slack rejects the bot token at start, start fails with a message naming the variable', async () => {
    fake.failNext('auth.test', { error: 'invalid_auth' });
    const other = createSlackAdapter({
      router,
      log: createLogger({ level: 'silent' }),
      botToken: 'xoxb-revoked',
      signingSecret: 'x'.repeat(32),
      port: 0,
      host: '127.0.0.1',
      apiUrl: fake.apiUrl,
    });
    await expect(other.start()).rejects.toThrow('Slack rejected SLACK_BOT_TOKEN (invalid_auth)');
  });

  it('given Socket Mode with an app token Slack rejects, start fails naming SLACK_APP_TOKEN', async () => {
    fake.failNext('apps.connections.open', { error: 'invalid_auth' });
    const socket = createSlackAdapter({
      router,
      log: createLogger({ level: 'silent' }),
      botToken: 'xoxb-test-token',
      appToken: 'xapp-revoked',
      port: 0,
      apiUrl: fake.apiUrl,
    });
    await expect(socket.start()).rejects.toThrow(
      'Socket Mode could not connect (invalid_auth); check SLACK_APP_TOKEN',
    );
    expect(fake.calls.some((c) => c.method === 'apps.connections.open')).toBe(true);
  });

  it('never writes the bot token to the log', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(JSON.stringify(logLines)).not.toContain('xoxb-test-token');
  });
});
