import { MIGRATIONS } from './migrations.ts';
import type { Pg } from './pg-connection.ts';

/**
 * migrate.ts for PostgreSQL: the same list and the same `schema_version` table. DDL is
 * transactional here, so each start runs every missing step in one transaction, and an advisory
 * lock makes a second process that starts at the same moment wait, then find nothing to do.
 */
export async function migratePostgres(sql: Pg): Promise<number> {
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(hashtext('urne schema'))`;
    await tx`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`;
    const [row] = await tx<{ version: number }[]>`SELECT version FROM schema_version`;
    const current = row?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `The database has schema version ${current}, newer than this program knows (${MIGRATIONS.length}). Update Urne.`,
      );
    }
    for (const step of MIGRATIONS.slice(current)) await tx.unsafe(step.postgres);
    if (row) await tx`UPDATE schema_version SET version = ${MIGRATIONS.length}`;
    else await tx`INSERT INTO schema_version (version) VALUES (${MIGRATIONS.length})`;
    return MIGRATIONS.length;
  });
}
