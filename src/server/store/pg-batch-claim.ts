import type { Batch } from '../../shared/wire-schema.ts';
import type { BatchClaim } from './batch-claim.ts';
import { batchContentHash } from './batch-hash.ts';
import type { PgQuery } from './pg-connection.ts';

/**
 * Claims a batch id on PostgreSQL (batch-claim.ts); `tx` is the saving transaction, and the claim
 * comes first in it. A second delivery of the same batch, in this process or another, waits here
 * for the first transaction's unique key: after its commit it finds the claim, after its rollback
 * it claims the id itself.
 */
export async function claimBatchId(tx: PgQuery, batch: Batch): Promise<BatchClaim> {
  const hash = batchContentHash(batch);
  const claimed = await tx`INSERT INTO batches (batch_id, content_hash)
    VALUES (${batch.batchId}, ${hash}) ON CONFLICT (batch_id) DO NOTHING`;
  if (claimed.count > 0) return { kind: 'claimed' };
  const [row] = await tx<{ content_hash: string }[]>`
    SELECT content_hash FROM batches WHERE batch_id = ${batch.batchId}`;
  return row?.content_hash === hash
    ? { kind: 'duplicate', accepted: batch.answerSets.length }
    : { kind: 'conflict' };
}
