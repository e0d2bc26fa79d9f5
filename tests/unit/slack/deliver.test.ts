import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  errorSummary,
  explainFailure,
  SLACK_ERROR_KINDS,
  slackErrorCode,
  slackMetricKind,
} from '../../../adapters/slack/deliver.ts';
import { MESSAGES } from '../../../adapters/slack/messages.ts';

describe('Slack failures in plain words', () => {
  it('reads the code from Web API, HTTP, axios and network errors', () => {
    expect(slackErrorCode({ code: 'slack_webapi_platform_error', data: { error: 'not_in_channel' } })).toBe(
      'not_in_channel',
    );
    expect(slackErrorCode({ code: 'slack_webapi_http_error', statusCode: 502 })).toBe('http_502');
    expect(slackErrorCode({ response: { status: 404 } })).toBe('http_404');
    expect(slackErrorCode({ code: 'slack_webapi_request_error', original: { code: 'ECONNRESET' } })).toBe(
      'ECONNRESET',
    );
    expect(slackErrorCode('boom')).toBe('unknown_error');
  });

  it('counts the codes of real failures under a few kinds: statuses by class, sockets as network', () => {
    const kindOf = (err: unknown) => slackMetricKind(slackErrorCode(err));
    expect(kindOf({ code: 'slack_webapi_platform_error', data: { error: 'not_in_channel' } })).toBe(
      'not_in_channel',
    );
    expect(kindOf({ data: { error: 'channel_not_found' } })).toBe('channel_not_found');
    expect(kindOf({ data: { error: 'token_revoked' } })).toBe('invalid_auth');
    expect(kindOf({ data: { error: 'missing_scope' } })).toBe('no_permission');
    expect(kindOf({ data: { error: 'invalid_blocks' } })).toBe('invalid_request');
    expect(kindOf({ data: { error: 'internal_error' } })).toBe('server_error');
    expect(kindOf({ data: { error: 'some_code_slack_adds_next_year' } })).toBe('other');
    expect(kindOf({ code: 'slack_webapi_http_error', statusCode: 502 })).toBe('http_5xx');
    expect(kindOf({ code: 'slack_webapi_http_error', statusCode: 503 })).toBe('http_5xx');
    expect(kindOf({ response: { status: 404 } })).toBe('http_4xx');
    expect(kindOf({ response: { status: 429 } })).toBe('ratelimited');
    expect(kindOf({ code: 'slack_webapi_rate_limited_error' })).toBe('ratelimited');
    expect(kindOf({ name: 'TimeoutError' })).toBe('timeout');
    expect(kindOf({ cause: { code: 'UND_ERR_HEADERS_TIMEOUT' } })).toBe('timeout');
    expect(kindOf({ code: 'slack_webapi_request_error', original: { code: 'ECONNRESET' } })).toBe('network');
    expect(kindOf({ cause: { code: 'UND_ERR_SOCKET' } })).toBe('network');
    expect(kindOf({ code: 'slack_webapi_request_error' })).toBe('network');
    expect(kindOf('boom')).toBe('other');
  });

  it('given any code at all, the metric kind is one of the fixed set (property)', () => {
    const known = new Set<string>(SLACK_ERROR_KINDS);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.integer({ min: 0, max: 999 }).map((n) => `http_${n}`),
        ),
        (code) => known.has(slackMetricKind(code)),
      ),
      { numRuns: 500, seed: 20250224 },
    );
  });

  it('explains channel problems to a waiting user and falls back to a polite apology', () => {
    expect(explainFailure('not_in_channel')).toMatch(/invite me/);
    expect(explainFailure('channel_not_found')).toBe(MESSAGES.deliveryFailed);
    expect(explainFailure('something_new')).toBe(MESSAGES.somethingBroke);
  });

  it('summarises an error without the request it carries (which holds the token)', () => {
    const err = Object.assign(new Error('An API error occurred: invalid_auth'), {
      code: 'slack_webapi_platform_error',
      data: { error: 'invalid_auth' },
      original: { config: { headers: { Authorization: 'Bearer xoxb-secret' } } },
    });
    const summary = errorSummary(err);
    expect(summary).toEqual({ code: 'invalid_auth', message: 'An API error occurred: invalid_auth' });
    expect(JSON.stringify(summary)).not.toContain('xoxb-secret');
  });
});
