import { Backup } from '../shared/backup-schema.ts';
import '../shared/zod-locale.ts';
import { describeIssues } from '../shared/zod-messages.ts';
import { type AcceptBatchDeps, acceptBatch } from './accept-batch.ts';
import { limitDetails } from './error-handler.ts';
import { ApiError } from './http-error.ts';
import { parseUploadJson } from './parse-upload.ts';

/** A backup file that cannot be imported at all; nothing was stored. */
export class BackupFileError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n- ${problems.join('\n- ')}` : message);
    this.name = 'BackupFileError';
  }
}

export type BatchImportResult =
  | { batchId: string; status: 'stored' | 'duplicate'; answerSets: number }
  | { batchId: string; status: 'refused'; answerSets: number; problem: string };

export interface ImportSummary {
  office: string;
  exportedDay: string;
  results: BatchImportResult[];
  /** Answer sets stored by this import (not counting those already there). */
  storedAnswerSets: number;
}

/** What the audit trail says of an import: whose backup and how many batches went where. */
export function importAuditDetail(summary: ImportSummary): Record<string, unknown> {
  const count = (status: BatchImportResult['status']) =>
    summary.results.filter((r) => r.status === status).length;
  return {
    office: summary.office,
    exportedDay: summary.exportedDay,
    stored: count('stored'),
    duplicate: count('duplicate'),
    refused: count('refused'),
  };
}

/** Parses and checks a backup file's text as a whole; throws BackupFileError naming what is wrong. */
export function parseBackup(text: string): Backup {
  const raw = parseUploadJson(text);
  if (!raw.ok) {
    throw new BackupFileError(
      raw.problem === 'proto'
        ? 'The file is not a valid Urne backup: it uses the key "__proto__", which is never a question or field. Nothing was stored.'
        : 'The file is not a backup: it is not valid JSON. Nothing was stored.',
    );
  }
  const parsed = Backup.safeParse(raw.value);
  if (!parsed.success) {
    throw new BackupFileError(
      'The file is not a valid Urne backup. Nothing was stored.',
      limitDetails(describeIssues(parsed.error)),
    );
  }
  return parsed.data;
}

/**
 * Runs every batch of a backup through the same checks and the same
 * idempotent save as POST /batches: a batch already received (by an earlier
 * import or by sync) is a duplicate and stores nothing, so importing a file
 * twice adds its answers once. One refused batch does not stop the others.
 */
export async function importBackup(
  deps: AcceptBatchDeps,
  backup: Backup,
  /** The kiosk that uploaded the file (POST /import), whose daily tally counts its sets. */
  kioskId?: number,
): Promise<ImportSummary> {
  const results: BatchImportResult[] = [];
  let storedAnswerSets = 0;
  for (const batch of backup.batches) {
    const base = { batchId: batch.batchId, answerSets: batch.answerSets.length };
    try {
      const ack = await acceptBatch(deps, batch, backup.office, kioskId);
      results.push({ ...base, status: ack.duplicate ? 'duplicate' : 'stored' });
      if (!ack.duplicate) storedAnswerSets += ack.accepted;
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const problem = [err.message, ...(err.details ?? [])].join(' ');
      results.push({ ...base, status: 'refused', problem });
    }
  }
  return { office: backup.office, exportedDay: backup.exportedDay, results, storedAnswerSets };
}
