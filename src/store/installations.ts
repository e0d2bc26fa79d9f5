/**
 * Installations of the app in a workspace (Slack's OAuth flow), kept beside the subscriptions in the same
 * store. The store holds what it is given: `sealed` is already encrypted by the caller (secret-box.ts), so no
 * token reaches the database in the clear. Platform-neutral: `platform` is 'slack' today.
 */
export interface InstallationKey {
  platform: string;
  /** Slack team id, or the enterprise id of an org-wide install. */
  workspaceId: string;
}

export interface InstallationRecord extends InstallationKey {
  /** The whole installation (tokens included), sealed. */
  sealed: string;
  installedAt: Date;
}

export interface WorkspaceRemoval {
  installation: boolean;
  /** Digest subscriptions of the workspace's channels that were deleted. */
  subscriptions: number;
}

export interface InstallationRows {
  platform: string;
  workspace_id: string;
  sealed: string;
  installed_at: number | string;
}

export const toInstallation = (r: InstallationRows): InstallationRecord => ({
  platform: r.platform,
  workspaceId: r.workspace_id,
  sealed: r.sealed,
  installedAt: new Date(Number(r.installed_at)),
});
