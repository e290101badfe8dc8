import { userInfo } from 'node:os';
import type { AuditAction, AuditStore } from '../store/audit-store.ts';

/** The audit trail's time: UTC to the second; staff actions need no finer time. */
export const auditTime = (now = new Date()): string => `${now.toISOString().slice(0, 19)}Z`;

/** Who ran a command on the server: the operating-system user, as IT knows them. */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** Appends one staff action to the audit trail (audit-store.ts), at `now`. */
export function recordAudit(
  store: AuditStore,
  actor: string,
  action: AuditAction,
  detail: Record<string, unknown> = {},
  now = new Date(),
): Promise<void> {
  return store.appendAudit({ at: auditTime(now), actor, action, detail });
}
