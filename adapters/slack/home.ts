/**
 * The App Home tab: published with views.publish once per `app_home_opened` (Slack's retries of that event are
 * dropped with the other duplicates), and again when an example question or a reading is pressed there, with
 * its answer in the view.
 */
import type { App, webApi } from '@slack/bolt';
import type { Answer } from '../../src/answer.ts';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import { type Services, safeAsk } from './commands.ts';
import { errorSummary, slackErrorCode } from './deliver.ts';
import { HOME_ASK_ACTION_ID, homeView } from './home-view.ts';
import { SLACK_PLATFORM } from './installation-store.ts';
import { questionFromShareValue } from './to-question.ts';

export interface HomeTarget {
  client: webApi.WebClient;
  userId: string;
  teamId: string | undefined;
}

export interface Home {
  /** Publishes the Home tab for a user, with `answer` under the examples when given. */
  publish(target: HomeTarget, answer?: Answer): Promise<void>;
  /** Answers `question` into the user's Home tab. */
  answerInto(target: HomeTarget, question: string): Promise<void>;
}

export function createHome(services: Services, store: SubscriptionStore | undefined): Home {
  const log = services.log.child({ surface: 'home' });
  const subscriptionsOf = async (teamId: string | undefined) => {
    if (!store || teamId === undefined) return [];
    try {
      return await store.listWorkspace({ platform: SLACK_PLATFORM, workspaceId: teamId });
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'Home tab: subscriptions not readable; shown without them');
      return [];
    }
  };
  const home: Home = {
    async publish(target, answer) {
      const view = homeView({
        subscriptions: await subscriptionsOf(target.teamId),
        sources: [...services.router.knowledge.sources.values()],
        answer,
      });
      try {
        await target.client.views.publish({ user_id: target.userId, view });
      } catch (err) {
        const code = slackErrorCode(err);
        services.onError(code);
        log.error({ error: errorSummary(err), code, user: target.userId }, `views.publish failed: ${code}`);
      }
    },
    async answerInto(target, question) {
      const who = { workspaceId: target.teamId, channelId: `home:${target.userId}`, userId: target.userId };
      const reply = await safeAsk(services, who, question);
      if (reply.type === 'silent') return;
      await home.publish(target, reply.answer);
    },
  };
  return home;
}

export function wireHome(app: App, home: Home): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    await home.publish({ client, userId: event.user, teamId: (body as { team_id?: string }).team_id });
  });
  app.action(HOME_ASK_ACTION_ID, async ({ ack, body, action, client }) => {
    await ack();
    const question = questionFromShareValue((action as { value?: string }).value);
    if (question === null) return;
    const teamId = body.team?.id ?? body.user.team_id;
    await home.answerInto({ client, userId: body.user.id, teamId }, question);
  });
}
