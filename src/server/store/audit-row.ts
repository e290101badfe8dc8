import type { AuditAction, AuditEntry } from './audit-store.ts';

export interface AuditRow {
  id: number | string;
  at: string;
  actor: string;
  action: string;
  detail: string;
}

/** One row of audit_log, as both stores read it. */
export const toAuditEntry = (row: AuditRow): AuditEntry => ({
  id: Number(row.id),
  at: row.at,
  actor: row.actor,
  action: row.action as AuditAction,
  detail: JSON.parse(row.detail) as Record<string, unknown>,
});
