/** The Postgres side of InstallationStorage (installations.ts), over the store's pool. */
import type pg from 'pg';
import { type InstallationRows, toInstallation } from './installations.ts';
import { type SubscriptionRow, toSubscription } from './rows.ts';
import type { InstallationStorage } from './subscription-store.ts';

export function pgInstallations(pool: pg.Pool): InstallationStorage {
  const one = async (text: string, values: unknown[]) =>
    (await pool.query<InstallationRows>(text, values)).rows[0];
  return {
    async saveInstallation(r) {
      await pool.query(
        `INSERT INTO installations (platform, workspace_id, sealed, installed_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (platform, workspace_id) DO UPDATE SET sealed = excluded.sealed, installed_at = excluded.installed_at`,
        [r.platform, r.workspaceId, r.sealed, r.installedAt.getTime()],
      );
    },
    async getInstallation(key) {
      const row = await one('SELECT * FROM installations WHERE platform = $1 AND workspace_id = $2', [
        key.platform,
        key.workspaceId,
      ]);
      return row ? toInstallation(row) : null;
    },
    async anyInstallation(platform) {
      const row = await one('SELECT * FROM installations WHERE platform = $1 LIMIT 1', [platform]);
      return row ? toInstallation(row) : null;
    },
    async removeWorkspace({ platform, workspaceId }) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const removed = await client.query(
          'DELETE FROM installations WHERE platform = $1 AND workspace_id = $2',
          [platform, workspaceId],
        );
        await client.query(
          `DELETE FROM deliveries WHERE platform = $1 AND channel_id IN
            (SELECT channel_id FROM subscriptions WHERE platform = $1 AND workspace_id = $2)`,
          [platform, workspaceId],
        );
        const subs = await client.query(
          'DELETE FROM subscriptions WHERE platform = $1 AND workspace_id = $2',
          [platform, workspaceId],
        );
        await client.query('COMMIT');
        return { installation: (removed.rowCount ?? 0) > 0, subscriptions: subs.rowCount ?? 0 };
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async listWorkspace(key) {
      const { rows } = await pool.query<SubscriptionRow>(
        'SELECT * FROM subscriptions WHERE platform = $1 AND workspace_id = $2 ORDER BY channel_id',
        [key.platform, key.workspaceId],
      );
      return rows.map(toSubscription);
    },
  };
}
