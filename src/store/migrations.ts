import type Database from 'better-sqlite3';

/** Schema changes in order. Each runs once, in a transaction, and sets `PRAGMA user_version` to its number. */
export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE subscriptions (
        platform      TEXT NOT NULL,
        channel_id    TEXT NOT NULL,
        workspace_id  TEXT,
        time          TEXT NOT NULL,
        time_zone     TEXT NOT NULL,
        created_by    TEXT NOT NULL,
        created_at    INTEGER NOT NULL,
        first_date    TEXT NOT NULL,
        status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'gone')),
        gone_reason   TEXT,
        fact_state    TEXT NOT NULL DEFAULT '{"shownFactIds":[]}',
        PRIMARY KEY (platform, channel_id)
      );
      CREATE INDEX subscriptions_due ON subscriptions (status, time_zone, time);
      CREATE TABLE deliveries (
        id          INTEGER PRIMARY KEY,
        platform    TEXT NOT NULL,
        channel_id  TEXT NOT NULL,
        local_date  TEXT NOT NULL,
        state       TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed', 'gone', 'expired')),
        owner       TEXT NOT NULL,
        claimed_at  INTEGER NOT NULL,
        finished_at INTEGER,
        attempts    INTEGER NOT NULL DEFAULT 1,
        error       TEXT,
        UNIQUE (platform, channel_id, local_date)
      );
      CREATE INDEX deliveries_claimed ON deliveries (state, claimed_at);
      CREATE TABLE workers (
        owner        TEXT PRIMARY KEY,
        heartbeat_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 2,
    // Lets the scheduler page through due subscriptions zone by zone without rescanning claimed rows.
    sql: 'CREATE INDEX subscriptions_zone_key ON subscriptions (status, time_zone, platform, channel_id);',
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings the database to SCHEMA_VERSION. Safe when several processes open the same file at once. */
export function migrate(db: Database.Database): number {
  const current = () => db.pragma('user_version', { simple: true }) as number;
  if (current() >= SCHEMA_VERSION) return current();
  db.transaction(() => {
    for (const m of MIGRATIONS) {
      if (m.version <= current()) continue;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return current();
}
