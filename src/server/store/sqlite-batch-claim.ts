import type Database from 'better-sqlite3';
import type { Batch } from '../../shared/wire-schema.ts';
import type { BatchClaim } from './batch-claim.ts';
import { batchContentHash } from './batch-hash.ts';

/**
 * Claims batch ids on SQLite (batch-claim.ts); call it inside the saving transaction, first. The
 * primary key makes claim-then-compare race-free, even for a second process on the same file, and
 * a conflict writes nothing. A factory, so the statements are prepared once per store, not per batch.
 */
export function sqliteBatchIdClaim(db: Database.Database): (batch: Batch) => BatchClaim {
  const claim = db.prepare(
    'INSERT INTO batches (batch_id, content_hash) VALUES (?, ?) ON CONFLICT (batch_id) DO NOTHING',
  );
  const prior = db.prepare('SELECT content_hash FROM batches WHERE batch_id = ?');
  return (batch) => {
    const hash = batchContentHash(batch);
    if (claim.run(batch.batchId, hash).changes > 0) return { kind: 'claimed' };
    const row = prior.get(batch.batchId) as { content_hash: string };
    // The same content hash means the same sets, so the count is this batch's own.
    return row.content_hash === hash
      ? { kind: 'duplicate', accepted: batch.answerSets.length }
      : { kind: 'conflict' };
  };
}
