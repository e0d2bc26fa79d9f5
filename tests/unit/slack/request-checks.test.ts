/**
 * The checks the HTTP receiver runs before Bolt sees a request (signature and timestamp, body shape, replays)
 * and where a response_url may point. The same behaviour is exercised through the real process in
 * tests/e2e/slack-attacks.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isSslCheck, parseSlackBody } from '../../../adapters/slack/parse-body.ts';
import { createReplayGuard } from '../../../adapters/slack/replay-guard.ts';
import { allowedResponseOrigins, checkResponseUrl } from '../../../adapters/slack/response-url.ts';
import { checkHeaders, signatureMatches } from '../../../adapters/slack/signature.ts';
import { questionFromMention, type SlackMessageEvent } from '../../../adapters/slack/to-question.ts';
import { sign } from '../../e2e/fakes/slack-requests.ts';

const NOW = 1_800_000_000_000;
const ts = NOW / 1000;
const headers = (t: number, sig = sign('s', t, 'body')) => ({
  'x-slack-request-timestamp': String(t),
  'x-slack-signature': sig,
});

describe('Slack request signature and timestamp', () => {
  it('given a timestamp within five minutes either way, the headers pass; beyond, in the past or the future, they do not', () => {
    expect(checkHeaders(headers(ts - 299), NOW).ok).toBe(true);
    expect(checkHeaders(headers(ts + 299), NOW).ok).toBe(true);
    expect(checkHeaders(headers(ts - 301), NOW)).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(checkHeaders(headers(ts + 3600), NOW)).toEqual({ ok: false, reason: 'future_timestamp' });
  });

  it('given missing, repeated or malformed headers, they fail before any body is read', () => {
    expect(checkHeaders({}, NOW)).toEqual({ ok: false, reason: 'missing_headers' });
    expect(checkHeaders({ ...headers(ts), 'x-slack-signature': 'v1=abc' }, NOW).ok).toBe(false);
    expect(checkHeaders({ ...headers(ts), 'x-slack-signature': ['a', 'b'] }, NOW).ok).toBe(false);
    expect(checkHeaders({ ...headers(ts), 'x-slack-request-timestamp': '12e3' }, NOW).ok).toBe(false);
  });

  it('given the raw bytes, the signature matches only those bytes under that secret and timestamp', () => {
    const raw = Buffer.from('body');
    expect(signatureMatches('s', ts, raw, sign('s', ts, 'body'))).toBe(true);
    expect(signatureMatches('s', ts, Buffer.from('body '), sign('s', ts, 'body'))).toBe(false);
    expect(signatureMatches('s', ts + 1, raw, sign('s', ts, 'body'))).toBe(false);
    expect(signatureMatches('t', ts, raw, sign('s', ts, 'body'))).toBe(false);
  });
});

describe('Slack body parsing', () => {
  const json = (s: string) => parseSlackBody(Buffer.from(s), 'application/json');
  const form = (s: string) => parseSlackBody(Buffer.from(s), 'application/x-www-form-urlencoded');

  it('given JSON that is not an object, or a payload that is not one, it returns null instead of throwing', () => {
    for (const s of ['null', '1', '[]', '"x"', '{', '']) expect(json(s)).toBeNull();
    for (const s of ['payload=null', 'payload=1', 'payload=%7B']) expect(form(s)).toBeNull();
    expect(parseSlackBody(Buffer.from('{}'), 'text/plain')).toBeNull();
  });

  it('given a form with a repeated field, empty values and escapes, the fields in order with the last value kept', () => {
    const body = 'a=1&b=x+y&a=2&c=&d&e=%E2%9C%93%zz&=v';
    const parsed = form(body);
    expect(parsed).toEqual(Object.fromEntries(new URLSearchParams(body)));
    expect(Object.keys(parsed ?? {})).toEqual(['a', 'b', 'c', 'd', 'e', '']);
    expect(parsed).toMatchObject({ a: '2', b: 'x y', c: '', d: '', e: '✓%zz', '': 'v' });
  });

  it('given a slash command form, an interaction payload or an event, it returns the object', () => {
    expect(form('command=%2Fvotes&text=hi')).toEqual({ command: '/votes', text: 'hi' });
    expect(form('payload=%7B%22type%22%3A%22block_actions%22%7D')).toEqual({ type: 'block_actions' });
    expect(
      parseSlackBody(Buffer.from('{"type":"event_callback"}'), 'application/json; charset=utf-8'),
    ).toEqual({
      type: 'event_callback',
    });
    expect(isSslCheck(Buffer.from('ssl_check=1&token=x'), 'application/x-www-form-urlencoded')).toBe(true);
  });

  it('given an app_mention whose text is null or a number, the question is empty, not a crash', () => {
    const event = (text: unknown) =>
      ({ type: 'app_mention', channel: 'C1', user: 'U1', ts: '1.1', text }) as unknown as SlackMessageEvent;
    expect(questionFromMention(event(null), {})?.question).toBe('');
    expect(questionFromMention(event(42), {})?.question).toBe('');
  });
});

describe('replays', () => {
  it('given the same signature again it is a replay, unless it says it is a retry; the same body re-signed is a retry', () => {
    let now = 0;
    const guard = createReplayGuard({ now: () => now });
    const body = Buffer.from('command=/votes&trigger_id=1');
    expect(guard.check('v0=a', body, false)).toBe('new');
    expect(guard.check('v0=a', body, false)).toBe('replay');
    expect(guard.check('v0=a', body, true)).toBe('retry');
    expect(guard.check('v0=b', body, true)).toBe('retry');
    expect(guard.check('v0=c', Buffer.from('other'), false)).toBe('new');
    now += 11 * 60_000; // past the ten-minute window, a timestamp check refuses it anyway
    expect(guard.check('v0=a', body, false)).toBe('new');
  });
});

describe('response_url destinations', () => {
  const slackOnly = allowedResponseOrigins(undefined);
  const withApi = allowedResponseOrigins('http://127.0.0.1:4000/api/');

  it("given Slack's hooks host over https, it is allowed; lookalikes, http, other ports and credentials are not", () => {
    expect(checkResponseUrl('https://hooks.slack.com/commands/T1/2/abc', slackOnly)).not.toBeNull();
    for (const url of [
      'http://hooks.slack.com/commands/T1/2/abc',
      'https://hooks.slack.com.evil.example/x',
      'https://hooks.slack.com:8443/x',
      'https://user:pw@hooks.slack.com/x',
      'http://169.254.169.254/latest/meta-data/',
      'not a url',
      42,
    ])
      expect(checkResponseUrl(url, slackOnly)).toBeNull();
  });

  it('given SLACK_API_URL, its origin is allowed too, and no other port or address', () => {
    expect(checkResponseUrl('http://127.0.0.1:4000/response/x', withApi)).not.toBeNull();
    expect(checkResponseUrl('http://127.0.0.1:4001/response/x', withApi)).toBeNull();
    expect(checkResponseUrl('http://127.0.0.2:4000/response/x', withApi)).toBeNull();
    // On loopback, localhost and 127.0.0.1 name the same server: the same port only.
    expect(checkResponseUrl('http://localhost:4000/response/x', withApi)).not.toBeNull();
    expect(checkResponseUrl('http://[::1]:4000/response/x', withApi)).not.toBeNull();
    expect(checkResponseUrl('http://localhost:4001/response/x', withApi)).toBeNull();
    expect(checkResponseUrl('https://localhost:4000/response/x', withApi)).toBeNull();
  });
});
