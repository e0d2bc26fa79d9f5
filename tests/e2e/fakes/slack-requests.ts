/**
 * Signed requests as Slack sends them to POST /slack/events, built from small fixtures with overrides
 * (after bolt-js test/unit/helpers/events.ts). Signature: v0=HMAC-SHA256(secret, "v0:<ts>:<raw body>").
 */
import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { BOT_USER_ID, TEAM_ID } from './fake-slack.ts';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export interface SlackRequest {
  body: string;
  contentType: 'application/x-www-form-urlencoded' | 'application/json';
  headers?: Record<string, string>;
}

export interface SendOptions {
  secret?: string;
  /** Seconds since the epoch to sign with (stale when more than five minutes old). */
  timestamp?: number;
  retryNum?: number;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** A keep-alive agent per test file keeps loopback round trips cheap; pass one or use the global. */
export function send(
  url: string,
  req: SlackRequest,
  opts: SendOptions = {},
): Promise<{ status: number; body: string }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': req.contentType,
    'content-length': String(Buffer.byteLength(req.body)),
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': sign(opts.secret ?? SIGNING_SECRET, timestamp, req.body),
    ...(opts.retryNum !== undefined
      ? { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': 'http_timeout' }
      : {}),
    ...req.headers,
  };
  return new Promise((resolve, reject) => {
    const r = httpRequest(url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    r.on('error', reject);
    r.end(req.body);
  });
}

export function slashCommand(
  text: string,
  responseUrl: string,
  overrides: Record<string, string> = {},
): SlackRequest {
  const fields = {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'fake',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: 'U0ALICE',
    user_name: 'alice',
    command: '/votes',
    text,
    api_app_id: 'A0PLENARY',
    response_url: responseUrl,
    trigger_id: '1.2.3',
    ...overrides,
  };
  return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
}

let eventSeq = 0;

export function eventCallback(
  event: Record<string, unknown>,
  eventId?: string,
  teamId: string = TEAM_ID,
): SlackRequest {
  eventSeq += 1;
  const body = {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0PLENARY',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId ?? `Ev${String(eventSeq).padStart(8, '0')}`,
    event_time: 1740400000,
    authorizations: [{ team_id: teamId, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
  };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

export function mention(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'app_mention',
    user: 'U0ALICE',
    text: `<@${BOT_USER_ID}> ${text}`,
    ts: '1740400100.000100',
    channel: 'C0GENERAL',
    ...overrides,
  };
}

export function directMessage(
  text: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'message',
    channel_type: 'im',
    user: 'U0ALICE',
    text,
    ts: '1740400200.000200',
    channel: 'D0ALICE',
    ...overrides,
  };
}

export function urlVerification(challenge: string): SlackRequest {
  return {
    body: JSON.stringify({ token: 'legacy-verification-token', challenge, type: 'url_verification' }),
    contentType: 'application/json',
  };
}

export function shareClick(value: string, responseUrl: string): SlackRequest {
  const payload = {
    type: 'block_actions',
    team: { id: TEAM_ID, domain: 'fake' },
    user: { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: TEAM_ID },
    api_app_id: 'A0PLENARY',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: '1740400300.000300',
      channel_id: 'C0GENERAL',
      is_ephemeral: true,
    },
    trigger_id: '4.5.6',
    channel: { id: 'C0GENERAL', name: 'general' },
    response_url: responseUrl,
    actions: [
      {
        action_id: 'plenary_share',
        block_id: 'b1',
        text: { type: 'plain_text', text: 'Share to channel' },
        value,
        type: 'button',
        action_ts: '1740400301.000000',
      },
    ],
  };
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}
