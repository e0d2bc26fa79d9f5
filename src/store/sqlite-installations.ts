/** The SQLite side of InstallationStorage (installations.ts), over the store's own connection. */
import type Database from 'better-sqlite3';
import { type InstallationRows, toInstallation } from './installations.ts';
import { type SubscriptionRow, toSubscription } from './rows.ts';
import type { InstallationStorage } from './subscription-store.ts';

export function sqliteInstallations(db: Database.Database): InstallationStorage {
  const q = {
    save: db.prepare(`INSERT INTO installations (platform, workspace_id, sealed, installed_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (platform, workspace_id) DO UPDATE SET sealed = excluded.sealed, installed_at = excluded.installed_at`),
    get: db.prepare<[string, string], InstallationRows>(
      'SELECT * FROM installations WHERE platform = ? AND workspace_id = ?',
    ),
    any: db.prepare<[string], InstallationRows>('SELECT * FROM installations WHERE platform = ? LIMIT 1'),
    remove: db.prepare('DELETE FROM installations WHERE platform = ? AND workspace_id = ?'),
    deliveries: db.prepare(`DELETE FROM deliveries WHERE platform = ? AND channel_id IN
      (SELECT channel_id FROM subscriptions WHERE platform = ? AND workspace_id = ?)`),
    subscriptions: db.prepare('DELETE FROM subscriptions WHERE platform = ? AND workspace_id = ?'),
    list: db.prepare<[string, string], SubscriptionRow>(
      'SELECT * FROM subscriptions WHERE platform = ? AND workspace_id = ? ORDER BY channel_id',
    ),
  };
  return {
    async saveInstallation(r) {
      q.save.run(r.platform, r.workspaceId, r.sealed, r.installedAt.getTime());
    },
    async getInstallation(key) {
      const row = q.get.get(key.platform, key.workspaceId);
      return row ? toInstallation(row) : null;
    },
    async anyInstallation(platform) {
      const row = q.any.get(platform);
      return row ? toInstallation(row) : null;
    },
    async removeWorkspace({ platform, workspaceId }) {
      return db
        .transaction(() => {
          const installation = q.remove.run(platform, workspaceId).changes > 0;
          q.deliveries.run(platform, platform, workspaceId);
          const subscriptions = q.subscriptions.run(platform, workspaceId).changes;
          return { installation, subscriptions };
        })
        .immediate();
    },
    async listWorkspace(key) {
      return q.list.all(key.platform, key.workspaceId).map(toSubscription);
    },
  };
}
