import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/survey/survey-version.ts';
import type { Batch } from '../../shared/wire-schema.ts';

/**
 * The content hash that tells a re-sent batch (200, duplicate) from a
 * different batch under a used id (422): SHA-256 (hex) of the batch's
 * canonical JSON (keys sorted, undefined left out). It must stay so: stored
 * batches keep their hash, and a kiosk re-sending one after a server update
 * must still hear "duplicate".
 */
export function batchContentHash(batch: Batch): string {
  return createHash('sha256').update(canonicalJson(batch)).digest('hex');
}
