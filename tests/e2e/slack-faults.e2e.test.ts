/**
 * Faults (issues 7 and 13): the fake Slack answers chat.postMessage and the response_url with 500, 429 or nothing
 * at all. A response_url fault is retried (RESPONSE_URL_ATTEMPTS tries in all). A failure that outlasts the
 * retries is logged once, at error level, with its context, counted in the metrics, the waiting user (if any) is
 * told in plain words, and the bot answers the next request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_EXPLANATIONS, MESSAGES } from '../../adapters/slack/messages.ts';
import { RESPONSE_URL_ATTEMPTS } from '../../adapters/slack/response-url.ts';
import { createAnswerService } from '../../src/ops/answer-service.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import type { RecordedCall, ScriptedReply } from './fakes/fake-slack.ts';
import {
  type LogLine,
  routerWithPictures,
  type SlackHarness,
  startSlackHarness,
} from './fakes/slack-harness.ts';
import { eventCallback, mention, send, slashCommand } from './fakes/slack-requests.ts';

const TIMEOUT_MS = 150;
const metrics = createMetrics();
let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness({
    service: createAnswerService({ router: routerWithPictures(), metrics }),
    metrics,
    retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 10 },
    apiTimeoutMs: TIMEOUT_MS,
    responseTimeoutMs: TIMEOUT_MS,
    responseBackoffMs: 10,
  });
});
afterAll(async () => {
  await h?.close();
});

const errorsAbout = (channel: string) =>
  h.logLines.filter((l: LogLine) => l.level === 50 && l.channel === channel);
const postedOk = (channel: string) => (c: RecordedCall) =>
  c.method === 'chat.postMessage' && c.body.channel === channel && c.status === 200;
const answeredAt = (id: string) => (c: RecordedCall) =>
  c.method === 'response_url' && c.path === `/response/${id}` && c.status === 200;

async function errorCount(kind: string): Promise<number> {
  const metric = await metrics.registry.getSingleMetric('plenary_platform_errors_total')?.get();
  return metric?.values.find((v) => v.labels.kind === kind)?.value ?? 0;
}

/** Every attempt the client makes (one try plus one retry) gets the fault. */
const ATTEMPTS = 2;
/**
 * name, fault, logged code, counted kind, errors counted (each 429 is counted as Slack sends it; others once per
 * failure). The log keeps the code; the metric counts its bounded kind.
 */
const FAULTS: [string, ScriptedReply, string, string, number][] = [
  ['500', { httpStatus: 500 }, 'http_500', 'http_5xx', 1],
  ['429', { status: 429, retryAfter: 0 }, 'ratelimited', 'ratelimited', ATTEMPTS],
  ['timeout', { hang: true }, 'timeout', 'timeout', 1],
];

describe('chat.postMessage faults (mentions)', () => {
  for (const [name, reply, code, kind, counted] of FAULTS)
    it(`given ${name} on every attempt, it logs once with context and answers the next mention`, async () => {
      const channel = `C0FAULT${name.replace(/\W/g, '').toUpperCase()}`;
      const before = await errorCount(kind);
      h.fake.failNext('chat.postMessage', reply, ATTEMPTS);
      await send(
        h.eventsUrl,
        eventCallback(mention('how did Brazil vote?', { channel, ts: '1740400700.000001' })),
      );
      const line = await h.waitForLog((l) => l.level === 50 && l.channel === channel, 3000);
      expect(line).toMatchObject({ code, source: 'mention', threadTs: '1740400700.000001', user: 'U0ALICE' });
      expect(String(line.msg)).toBe(`chat.postMessage failed: ${code}`);
      expect(await errorCount(kind)).toBe(before + counted);
      expect(await errorCount(code)).toBe(kind === code ? before + counted : 0);

      await send(
        h.eventsUrl,
        eventCallback(mention('how did India vote?', { channel, ts: '1740400700.000002' })),
      );
      const next = await h.fake.waitFor(postedOk(channel));
      expect(next.body.thread_ts).toBe('1740400700.000002');
      expect(errorsAbout(channel)).toHaveLength(1);
    });
});

describe('Web API error codes and the metrics', () => {
  it('given an error code we have never seen, the log keeps it and the metric counts it as other', async () => {
    const channel = 'C0FAULTNEWCODE';
    const before = await errorCount('other');
    h.fake.failNext('chat.postMessage', { error: 'brand_new_error' });
    await send(
      h.eventsUrl,
      eventCallback(mention('how did Brazil vote?', { channel, ts: '1740400800.000001' })),
    );
    const line = await h.waitForLog((l) => l.level === 50 && l.channel === channel, 3000);
    expect(line).toMatchObject({ code: 'brand_new_error', source: 'mention' });
    expect(await errorCount('other')).toBe(before + 1);
    expect(await errorCount('brand_new_error')).toBe(0);
  });
});

describe('response_url faults (/votes)', () => {
  // Every try fails: the answer is lost, and the user is told.
  const all = RESPONSE_URL_ATTEMPTS;
  const cases: [string, ScriptedReply, number, string, string, string][] = [
    ['500 on every try', { httpStatus: 500 }, all, 'http_500', 'http_5xx', MESSAGES.somethingBroke],
    [
      '429 on every try',
      { status: 429, retryAfter: 0 },
      all,
      'http_429',
      'ratelimited',
      ERROR_EXPLANATIONS.http_429!,
    ],
    ['a hang on every try', { hang: true }, all, 'timeout', 'timeout', ERROR_EXPLANATIONS.timeout!],
  ];
  for (const [name, reply, times, code, kind, told] of cases)
    it(`given ${name}, it logs once, tells the user ephemerally, and answers the next /votes`, async () => {
      const channel = `C0URL${name.replace(/\W/g, '').toUpperCase()}`;
      const before = await errorCount(kind);
      h.fake.failNext('response_url', reply, times);
      const id = `fault-${channel}`;
      await send(
        h.eventsUrl,
        slashCommand('how did Kenya vote?', h.fake.responseUrl(id), { channel_id: channel }),
      );
      const ephemeral = await h.fake.waitFor(
        (c) => c.method === 'chat.postEphemeral' && c.body.channel === channel,
        3000,
      );
      expect(ephemeral.body).toMatchObject({ user: 'U0ALICE', text: told });
      const line = await h.waitForLog((l) => l.level === 50 && l.channel === channel);
      expect(line).toMatchObject({ code, command: '/votes', user: 'U0ALICE' });
      expect(await errorCount(kind)).toBe(before + 1);

      await send(
        h.eventsUrl,
        slashCommand('help', h.fake.responseUrl(`${id}-next`), { channel_id: channel }),
      );
      await h.fake.waitFor(answeredAt(`${id}-next`));
      expect(errorsAbout(channel)).toHaveLength(1);
    });

  const transient: [string, ScriptedReply][] = [
    ['one 500', { httpStatus: 500 }],
    ['one hang', { hang: true }],
    ['two 503s', { httpStatus: 503 }],
  ];
  for (const [name, reply] of transient)
    it(`given ${name} from the response_url, it retries and delivers the answer once`, async () => {
      const channel = `C0RETRY${name.replace(/\W/g, '').toUpperCase()}`;
      const id = `retry-${channel}`;
      h.fake.failNext('response_url', reply, name.startsWith('two') ? 2 : 1);
      await send(
        h.eventsUrl,
        slashCommand('how did Kenya vote?', h.fake.responseUrl(id), { channel_id: channel }),
      );
      await h.fake.waitFor(answeredAt(id), 5_000);
      expect(h.fake.calls.filter(answeredAt(id))).toHaveLength(1);
      expect(errorsAbout(channel)).toEqual([]);
    });

  it('given a single 429 with a short Retry-After, it waits and delivers the answer', async () => {
    h.fake.failNext('response_url', { status: 429, retryAfter: 0 });
    await send(
      h.eventsUrl,
      slashCommand('how did Japan vote?', h.fake.responseUrl('once429'), { channel_id: 'C0ONCE' }),
    );
    await h.fake.waitFor(answeredAt('once429'));
    expect(errorsAbout('C0ONCE')).toEqual([]);
  });
});

describe('after the faults', () => {
  it('logged no bot token and no unhandled listener error', () => {
    expect(JSON.stringify(h.logLines)).not.toContain('xoxb-test-token');
    expect(h.logLines.filter((l) => String(l.msg).includes('unhandled error'))).toEqual([]);
  });
});
