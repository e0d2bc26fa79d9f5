/**
 * Bolt's InstallationStore over Plenary's store: one row per workspace (the team, or the enterprise of an
 * org-wide install), the whole installation sealed with SLACK_TOKEN_KEY (AES-256-GCM, secret-box.ts) so that
 * no token is readable in the database. Bolt's `authorize` reads it on every request, the digest publisher
 * before each post.
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import type { SecretBox } from '../../src/store/secret-box.ts';
import type { InstallationStorage } from '../../src/store/subscription-store.ts';

export const SLACK_PLATFORM = 'slack';

/** The key a workspace's installation is kept under. */
export function workspaceKeyOf(q: {
  isEnterpriseInstall?: boolean | undefined;
  enterpriseId?: string | undefined;
  teamId?: string | undefined;
}): string | undefined {
  return q.isEnterpriseInstall ? q.enterpriseId : q.teamId;
}

export class InstallationNotFoundError extends Error {
  override readonly name = 'InstallationNotFoundError';
}

export interface PlenaryInstallationStore extends InstallationStore {
  /** The bot token of a workspace's installation, or null when it has none (not installed, or uninstalled). */
  botToken(workspaceId: string): Promise<string | null>;
  /** Opens one stored installation: throws when SLACK_TOKEN_KEY is not the key it was sealed with. */
  checkKey(): Promise<void>;
}

export function createInstallationStore(
  storage: InstallationStorage,
  box: SecretBox,
  log: Logger,
): PlenaryInstallationStore {
  const load = async (workspaceId: string): Promise<Installation | null> => {
    const row = await storage.getInstallation({ platform: SLACK_PLATFORM, workspaceId });
    return row ? (JSON.parse(box.open(row.sealed)) as Installation) : null;
  };
  return {
    async storeInstallation(installation) {
      const workspaceId = workspaceKeyOf({
        isEnterpriseInstall: installation.isEnterpriseInstall,
        enterpriseId: installation.enterprise?.id,
        teamId: installation.team?.id,
      });
      if (workspaceId === undefined) throw new Error('an installation with neither a team nor an enterprise');
      await storage.saveInstallation({
        platform: SLACK_PLATFORM,
        workspaceId,
        sealed: box.seal(JSON.stringify(installation)),
        installedAt: new Date(),
      });
      log.info(
        { workspaceId, team: installation.team?.name, enterprise: installation.isEnterpriseInstall },
        'Slack: installed in a workspace',
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const workspaceId = workspaceKeyOf(query);
      const found = workspaceId === undefined ? null : await load(workspaceId);
      if (!found) throw new InstallationNotFoundError(`no installation for workspace ${workspaceId ?? '?'}`);
      return found;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      const workspaceId = workspaceKeyOf(query);
      if (workspaceId !== undefined) await storage.removeWorkspace({ platform: SLACK_PLATFORM, workspaceId });
    },
    async botToken(workspaceId) {
      return (await load(workspaceId))?.bot?.token ?? null;
    },
    async checkKey() {
      const row = await storage.anyInstallation(SLACK_PLATFORM);
      if (row) box.open(row.sealed);
    },
  };
}
