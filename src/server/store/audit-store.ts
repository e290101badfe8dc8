/**
 * The audit trail (issue 13): what staff did, when, and who. Append-only: the store offers no way
 * to change or remove an entry, and the database refuses it too (migrations.ts, triggers).
 * Entries are about staff actions only, never about a citizen or an answer.
 */
export interface AuditEntry {
  id: number;
  /** ISO time in UTC, to the second: when the staff action happened. */
  at: string;
  /** The account's name, or `cli:<user>` for a command run on the server. */
  actor: string;
  action: AuditAction;
  /** What was acted on: wave, filters, kiosk, account … (never answers). */
  detail: Record<string, unknown>;
}

export type AuditAction =
  | 'login'
  | 'login-failed'
  | 'logout'
  | 'export'
  | 'report'
  | 'account-add'
  | 'account-disable'
  | 'account-enable'
  | 'account-password'
  | 'kiosk-add'
  | 'kiosk-revoke'
  | 'enrollment-code'
  | 'period-set'
  | 'survey-set'
  | 'survey-test-start'
  | 'survey-test-end'
  | 'survey-test-delete'
  | 'wave-add'
  | 'wave-remove'
  | 'keys-create'
  | 'urn-open'
  | 'import'
  | 'deletion';

export interface AuditStore {
  appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  /** Oldest first, from `since` (an ISO day or time) on when given. */
  listAudit(options?: { since?: string }): Promise<AuditEntry[]>;
}
