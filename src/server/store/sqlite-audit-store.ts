import type Database from 'better-sqlite3';
import { type AuditRow, toAuditEntry } from './audit-row.ts';
import type { AuditStore } from './audit-store.ts';

/** The audit trail on SQLite (audit-store.ts); the triggers of migration 8 keep it append-only. */
export function createSqliteAuditStore(db: Database.Database): AuditStore {
  return {
    async appendAudit(e) {
      db.prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)').run(
        e.at,
        e.actor,
        e.action,
        JSON.stringify(e.detail),
      );
    },
    async listAudit(options = {}) {
      const rows = db
        .prepare('SELECT id, at, actor, action, detail FROM audit_log WHERE at >= ? ORDER BY id')
        .all(options.since ?? '') as AuditRow[];
      return rows.map(toAuditEntry);
    },
  };
}
