/**
 * A workspace that uninstalls the app (`app_uninstalled`) or revokes its bot token (`tokens_revoked` naming bot
 * tokens) loses its installation and its channels' digest subscriptions at once, and the log says so. Bolt runs
 * these two events without authorizing them: the workspace's token is already gone.
 */
import type { App } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import type { InstallationStorage } from '../../src/store/subscription-store.ts';
import { SLACK_PLATFORM, workspaceKeyOf } from './installation-store.ts';

interface EnvelopeBody {
  team_id?: string;
  enterprise_id?: string;
  is_enterprise_install?: boolean;
  authorizations?: { is_enterprise_install?: boolean }[];
}

/** The installation an event envelope is about: its team, or its enterprise for an org-wide install. */
export function workspaceOfEnvelope(body: EnvelopeBody): string | undefined {
  const enterprise = body.is_enterprise_install ?? body.authorizations?.[0]?.is_enterprise_install ?? false;
  return workspaceKeyOf({
    isEnterpriseInstall: enterprise,
    enterpriseId: body.enterprise_id,
    teamId: body.team_id,
  });
}

export function wireUninstall(app: App, store: InstallationStorage, log: Logger): void {
  const remove = async (body: EnvelopeBody, reason: string) => {
    const workspaceId = workspaceOfEnvelope(body);
    if (workspaceId === undefined)
      return log.warn({ reason }, 'Slack: an uninstall event without a workspace');
    const removed = await store.removeWorkspace({ platform: SLACK_PLATFORM, workspaceId });
    log.info(
      { workspaceId, reason, installation: removed.installation, subscriptions: removed.subscriptions },
      `Slack: ${reason} in workspace ${workspaceId}; its installation and ${removed.subscriptions} digest subscription(s) deleted`,
    );
  };
  app.event('app_uninstalled', async ({ body }) => remove(body as EnvelopeBody, 'app uninstalled'));
  app.event('tokens_revoked', async ({ event, body }) => {
    // Only the bot token matters: Plenary asks for no user scopes.
    if ((event.tokens.bot?.length ?? 0) > 0) await remove(body as EnvelopeBody, 'bot token revoked');
  });
}
