import { describe, expect, it } from 'vitest';
import { slackErrorCode } from '../../../adapters/slack/deliver.ts';
import { mapQuestion } from '../../../adapters/slack/map-command.ts';
import { GONE_CODES, toSlackPublishError } from '../../../adapters/slack/publisher.ts';
import { imageFileName } from '../../../adapters/slack/upload.ts';
import { PublishError } from '../../../src/digest/index.ts';

const platformError = (error: string) => ({
  code: 'slack_webapi_platform_error',
  data: { ok: false, error },
});

describe('Slack failures as digest PublishError kinds', () => {
  it('given a rejected 429, it is rate_limited with Retry-After in milliseconds', () => {
    const err = toSlackPublishError({ code: 'slack_webapi_rate_limited_error', retryAfter: 12 });
    expect(err).toBeInstanceOf(PublishError);
    expect(err).toMatchObject({ kind: 'rate_limited', retryAfterMs: 12_000 });
  });

  it('given a deleted, archived or left channel or an uninstalled app, it is gone', () => {
    for (const code of ['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive']) {
      expect(GONE_CODES.has(code)).toBe(true);
      expect(toSlackPublishError(platformError(code)).kind).toBe('gone');
    }
  });

  it('given a 5xx, a timeout or a network failure, it is transient; a bad payload is permanent', () => {
    expect(toSlackPublishError({ code: 'slack_webapi_http_error', statusCode: 503 }).kind).toBe('transient');
    const timeout = { code: 'slack_webapi_request_error', original: { code: 'ECONNABORTED' } };
    expect(toSlackPublishError(timeout).kind).toBe('transient');
    const reset = { code: 'slack_webapi_request_error', original: { code: 'ECONNRESET' } };
    expect(toSlackPublishError(reset).kind).toBe('transient');
    expect(toSlackPublishError(platformError('internal_error')).kind).toBe('transient');
    expect(toSlackPublishError(platformError('invalid_blocks')).kind).toBe('permanent');
  });
});

describe('Slack error codes for timeouts and rate limits', () => {
  it('names fetch and axios timeouts and exhausted 429 retries in one word each', () => {
    expect(slackErrorCode(Object.assign(new Error('t'), { name: 'TimeoutError' }))).toBe('timeout');
    expect(slackErrorCode({ original: { code: 'ETIMEDOUT' } })).toBe('timeout');
    expect(
      slackErrorCode(new Error('A rate limit was exceeded (url: chat.postMessage, retry-after: 1)')),
    ).toBe('ratelimited');
    expect(slackErrorCode(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))).toBe(
      'ECONNREFUSED',
    );
  });
});

describe('picture file names', () => {
  it('names the file after the vote symbol, safe for any file system', () => {
    expect(imageFileName({ vote: 'A/RES/ES-11/7', path: '/x/map-ga.png', alt: '' })).toBe(
      'A-RES-ES-11-7.png',
    );
    expect(imageFileName({ vote: 'S/RES/2774 (2025)', path: '/x/m.png', alt: '' })).toBe(
      'S-RES-2774-2025.png',
    );
    expect(imageFileName({ vote: '///', path: '/x/map-sc.png', alt: '' })).toBe('map-sc.png');
  });
});

describe('/votes map question', () => {
  it('asks for the map of the vote named, or of every vote with no name', () => {
    expect(mapQuestion('ES-11/7')).toBe('map of ES-11/7');
    expect(mapQuestion(' of the US resolution ')).toBe('map of the US resolution');
    expect(mapQuestion('')).toBe('map');
  });
});
