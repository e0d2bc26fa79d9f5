import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  type DigestInvocation,
  digestAnswer,
  digestCommandOf,
} from '../../../adapters/discord/digest-command.ts';
import {
  DISCORD_ERROR_KINDS,
  discordErrorKind,
  discordMetricKind,
  toDiscordPublishError,
} from '../../../adapters/discord/publisher.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { openSqliteStore } from '../../../src/store/sqlite-store.ts';

const k = loadKnowledge();
const invocation = (
  action: string,
  values: Record<string, string> = {},
  over: Partial<DigestInvocation> = {},
) => ({
  action,
  options: { getString: (n: string) => values[n] ?? null },
  guildId: 'G1',
  channelId: 'C1',
  userId: 'U1',
  canManageChannels: true,
  ...over,
});

describe('/votes digest options -> the core command', () => {
  it('given subscribe with a time and a zone, it passes both on; without them, the defaults apply later', async () => {
    expect(digestCommandOf(invocation('subscribe', { time: '9:05', timezone: 'Europe/Kyiv' }))).toEqual({
      action: 'on',
      time: '9:05',
      timeZone: 'Europe/Kyiv',
      lang: 'en',
    });
    expect(digestCommandOf(invocation('subscribe'))).toEqual({ action: 'on', lang: 'en' });
    expect(digestCommandOf(invocation('unsubscribe'))).toEqual({ action: 'off' });
    expect(digestCommandOf(invocation('preview', { date: '2026-02-24' }))).toEqual({
      action: 'preview',
      date: '2026-02-24',
    });
  });

  it('given a language option, subscribe and preview take it; without one, subscribe takes the user’s locale when Plenary writes in it', async () => {
    expect(digestCommandOf(invocation('subscribe', { language: 'fr' }))).toEqual({
      action: 'on',
      lang: 'fr',
    });
    expect(digestCommandOf({ ...invocation('subscribe'), locale: 'es-ES' })).toEqual({
      action: 'on',
      lang: 'es',
    });
    expect(digestCommandOf({ ...invocation('subscribe'), locale: 'zh-TW' })).toEqual({
      action: 'on',
      lang: 'zh',
    });
    expect(digestCommandOf({ ...invocation('subscribe'), locale: 'it' })).toEqual({
      action: 'on',
      lang: 'en',
    });
    expect(digestCommandOf({ ...invocation('subscribe', { language: 'de' }), locale: 'uk' })).toEqual({
      action: 'on',
      lang: 'de',
    });
    expect(digestCommandOf(invocation('preview', { language: 'ru' }))).toEqual({
      action: 'preview',
      lang: 'ru',
    });
    expect(digestCommandOf({ ...invocation('preview'), locale: 'fr' })).toEqual({ action: 'preview' });
    const bad = digestCommandOf(invocation('subscribe', { language: 'it' }));
    expect('summary' in bad && bad.summary).toContain('"it" is not a language I write digests in');
  });

  it('given a bad time, zone or date, it answers with a Discord example instead of a command', async () => {
    const time = digestCommandOf(invocation('subscribe', { time: '9h' }));
    expect('summary' in time && time.summary).toContain('/votes digest subscribe time:09:00');
    const zone = digestCommandOf(invocation('subscribe', { timezone: 'Europe/Kiev2' }));
    expect('summary' in zone && zone.summary).toContain('not a time zone');
    const date = digestCommandOf(invocation('preview', { date: 'tomorrow' }));
    expect('summary' in date && date.summary).toContain('/votes digest preview date:2026-02-24');
  });
});

describe('/votes digest permissions and wording', () => {
  const setup = () => ({
    store: openSqliteStore(':memory:'),
    defaults: { time: '09:00', tz: 'UTC' },
    now: () => new Date('2026-03-01T12:00:00Z'),
  });

  it('given no Manage Channels, or a DM, it refuses and stores nothing', async () => {
    const s = setup();
    const refused = await digestAnswer(invocation('subscribe', {}, { canManageChannels: false }), s, k);
    expect(refused.intent).toBe('digest_forbidden');
    const dm = await digestAnswer(
      invocation('subscribe', {}, { guildId: null, canManageChannels: false }),
      s,
      k,
    );
    expect(dm.intent).toBe('digest_dm');
    expect(await s.store.get({ platform: 'discord', channelId: 'C1' })).toBeNull();
    s.store.close();
  });

  it('never tells a Discord user to type the Slack command', async () => {
    const s = setup();
    const status = await digestAnswer(invocation('status'), s, k);
    expect(JSON.stringify(status)).not.toMatch(/"digest on/);
    expect(status.summary).toContain('/votes digest subscribe');
    s.store.close();
  });
});

describe('Discord REST failures -> PublishError kinds', () => {
  const apiError = (status: number, code: number) =>
    new DiscordAPIError({ message: 'x', code }, code, status, 'POST', 'https://x/channels/1/messages', {});

  it('maps 429, 5xx, gone codes and the rest', async () => {
    const limited = new RateLimitError({
      timeToReset: 700,
      limit: 5,
      method: 'POST',
      hash: 'h',
      url: 'u',
      route: '/channels/:id/messages',
      majorParameter: '1',
      global: false,
      retryAfter: 700,
      sublimitTimeout: 0,
      scope: 'user',
    });
    expect(toDiscordPublishError(limited)).toMatchObject({ kind: 'rate_limited', retryAfterMs: 700 });
    expect(toDiscordPublishError(apiError(404, 10003)).kind).toBe('gone');
    expect(toDiscordPublishError(apiError(403, 50001)).kind).toBe('gone');
    expect(toDiscordPublishError(apiError(403, 50013)).message).toContain('Missing Permissions');
    expect(toDiscordPublishError(apiError(400, 50035)).kind).toBe('permanent');
    expect(toDiscordPublishError(new HTTPError(502, 'Bad Gateway', 'POST', 'u', {})).kind).toBe('transient');
    expect(toDiscordPublishError(Object.assign(new Error('reset'), { code: 'ECONNRESET' })).kind).toBe(
      'transient',
    );
    expect(discordErrorKind(apiError(403, 50013))).toBe('missing_permissions');
  });

  it('counts each failure under a few metric kinds, whatever its code; the code itself stays for the log', async () => {
    const kindOf = (err: unknown) => discordMetricKind(discordErrorKind(err));
    expect(discordErrorKind(apiError(400, 50035))).toBe('api_50035');
    expect(kindOf(apiError(400, 50035))).toBe('invalid_request');
    expect(kindOf(apiError(404, 10062))).toBe('unknown_interaction');
    expect(kindOf(apiError(400, 40060))).toBe('interaction_acknowledged');
    expect(kindOf(apiError(403, 50007))).toBe('http_4xx');
    expect(kindOf(apiError(404, 10003))).toBe('unknown_channel');
    expect(kindOf(apiError(500, 0))).toBe('http_5xx');
    expect(kindOf(apiError(503, 0))).toBe('http_5xx');
    expect(kindOf(apiError(429, 0))).toBe('rate_limited');
    expect(kindOf(new HTTPError(502, 'Bad Gateway', 'POST', 'u', {}))).toBe('http_5xx');
    expect(kindOf(new HTTPError(413, 'Payload Too Large', 'POST', 'u', {}))).toBe('http_4xx');
    expect(kindOf(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe('network');
    expect(kindOf(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe('timeout');
    expect(kindOf(new Error('odd'))).toBe('other');
    const known = new Set<string>(DISCORD_ERROR_KINDS);
    for (let code = 10_000; code < 100_000; code += 7)
      expect(known.has(discordMetricKind(`api_${code}`))).toBe(true);
    for (let status = 100; status < 1000; status += 1)
      expect(known.has(discordMetricKind(`http_${status}`))).toBe(true);
    expect(discordMetricKind('http_302')).toBe('other');
  });
});
