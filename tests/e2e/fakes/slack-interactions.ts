/**
 * Interactive payloads as Slack posts them to /slack/events (form field `payload`): a button click in a message
 * or in the Home tab (block_actions) and a message shortcut (message_action); and the app_home_opened event.
 */
import { BOT_USER_ID, TEAM_ID } from './fake-slack.ts';
import { eventCallback, type SlackRequest } from './slack-requests.ts';

const ALICE = { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: TEAM_ID };

const form = (payload: object): SlackRequest => ({
  body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
  contentType: 'application/x-www-form-urlencoded',
});

export function homeOpened(user = 'U0ALICE', eventId?: string): SlackRequest {
  return eventCallback(
    { type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: '1740400400.000400' },
    eventId,
  );
}

export interface ClickOptions {
  /** Where the button was: a message (ephemeral or not) in a channel, or the Home tab. */
  where: { message: { channel: string; ephemeral: boolean } } | { home: true };
  responseUrl?: string;
}

export function buttonClick(actionId: string, value: string, opts: ClickOptions): SlackRequest {
  const where = opts.where;
  const inMessage = 'message' in where;
  return form({
    type: 'block_actions',
    team: { id: TEAM_ID, domain: 'fake' },
    user: ALICE,
    api_app_id: 'A0PLENARY',
    token: 'legacy-verification-token',
    trigger_id: '7.8.9',
    ...(inMessage
      ? {
          container: {
            type: 'message',
            message_ts: '1740400500.000500',
            channel_id: where.message.channel,
            is_ephemeral: where.message.ephemeral,
          },
          channel: { id: where.message.channel, name: 'general' },
          response_url: opts.responseUrl,
        }
      : {
          container: { type: 'view', view_id: 'V0HOME' },
          view: { id: 'V0HOME', type: 'home', hash: '1740400600.abc', blocks: [] },
        }),
    actions: [
      {
        action_id: actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'button' },
        value,
        type: 'button',
        action_ts: '1740400501.000000',
      },
    ],
  });
}

export function messageShortcut(
  text: string,
  responseUrl: string,
  callbackId = 'plenary_fact_check',
): SlackRequest {
  return form({
    type: 'message_action',
    callback_id: callbackId,
    trigger_id: '10.11.12',
    message_ts: '1740400700.000700',
    response_url: responseUrl,
    team: { id: TEAM_ID, domain: 'fake' },
    channel: { id: 'C0GENERAL', name: 'general' },
    user: ALICE,
    message: { type: 'message', user: 'U0BOB', ts: '1740400700.000700', text },
    token: 'legacy-verification-token',
    action_ts: '1740400701.000000',
    bot_user_id: BOT_USER_ID,
  });
}
