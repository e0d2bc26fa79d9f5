import type { Pool } from 'pg';
import { MIGRATIONS } from './migrations.ts';

/** Any constant works: it only has to be the same in every instance (pg_advisory_xact_lock takes a bigint). */
const MIGRATION_LOCK = 0x706c656e; // 'plen'

/**
 * Brings a Postgres database to SCHEMA_VERSION with the same migrations as SQLite, in order, in one transaction.
 * Instances starting together queue on a transaction-scoped advisory lock, so each migration runs once.
 */
export async function migratePostgres(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
    let current = rows[0]?.version ?? 0;
    if (rows.length === 0) await client.query('INSERT INTO schema_version (version) VALUES (0)');
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query(m.postgres);
      current = m.version;
    }
    await client.query('UPDATE schema_version SET version = $1', [current]);
    await client.query('COMMIT');
    return current;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
