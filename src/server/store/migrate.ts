import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.ts';

/**
 * Brings the database up to the latest schema. The version lives in a plain
 * `schema_version` table rather than SQLite's `user_version` pragma, so the
 * same bookkeeping works on PostgreSQL. Runs in one immediate transaction: two
 * processes starting at once cannot both migrate.
 */
export function migrate(db: Database.Database): number {
  const run = db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = db.prepare('SELECT version FROM schema_version').get() as
      | { version: number }
      | undefined;
    const current = row?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `The database has schema version ${current}, newer than this program knows (${MIGRATIONS.length}). Update Urne.`,
      );
    }
    for (const step of MIGRATIONS.slice(current)) db.exec(step.sqlite);
    if (row) db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length);
    else db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(MIGRATIONS.length);
    return MIGRATIONS.length;
  });
  return run.immediate();
}
