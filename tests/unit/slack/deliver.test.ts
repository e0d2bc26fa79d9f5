import { describe, expect, it } from 'vitest';
import { errorSummary, explainFailure, slackErrorCode } from '../../../adapters/slack/deliver.ts';
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
