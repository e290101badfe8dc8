import { type AuditRow, toAuditEntry } from './audit-row.ts';
import type { AuditStore } from './audit-store.ts';
import type { Pg } from './pg-connection.ts';

/** sqlite-audit-store.ts on PostgreSQL; a trigger refuses UPDATE, DELETE and TRUNCATE. */
export function createPgAuditStore(sql: Pg): AuditStore {
  return {
    async appendAudit(e) {
      await sql`INSERT INTO audit_log (at, actor, action, detail)
        VALUES (${e.at}, ${e.actor}, ${e.action}, ${JSON.stringify(e.detail)})`;
    },
    async listAudit(options = {}) {
      const rows = await sql<AuditRow[]>`
        SELECT id, at, actor, action, detail FROM audit_log
        WHERE at >= ${options.since ?? ''} ORDER BY id`;
      return rows.map(toAuditEntry);
    },
  };
}
