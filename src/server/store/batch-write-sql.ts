import type Database from 'better-sqlite3';
import { type BatchRows, ROW_WIDTH, type WriteResult } from './batch-rows.ts';
import type { SaveOutcome } from './server-store.ts';

const ROWS_PER_INSERT = 50;

/**
 * Writes a group of batches in ONE transaction (one commit, one fsync) with
 * a savepoint per batch: each batch is still all or nothing — a failing
 * batch rolls back only itself — and the idempotency claim and the inserts
 * of a batch stay together, as ServerStore.saveBatch promises.
 *
 * Why a group: with synchronous = FULL every commit waits for the disk
 * (about 1.5–2 ms here), which cost more per 200-set batch than all its
 * inserts. Batches that arrive while one commit waits share the next.
 */
export function createGroupWrite(db: Database.Database): (group: BatchRows[]) => WriteResult[] {
  const claimBatch = db.prepare(
    'INSERT INTO batches (batch_id, content_hash, answer_count) VALUES (?, ?, ?) ON CONFLICT (batch_id) DO NOTHING',
  );
  const findBatch = db.prepare('SELECT content_hash, answer_count FROM batches WHERE batch_id = ?');
  const insertRows = (n: number) =>
    db.prepare(
      `INSERT INTO answer_sets (survey_id, survey_version, office, day, answers, flagged) VALUES ${Array(n).fill('(?, ?, ?, ?, ?, ?)').join(', ')}`,
    );
  // Many rows per statement: each run() crosses from JavaScript into SQLite and back, which
  // cost more than the insert of one row itself.
  const insertMany = insertRows(ROWS_PER_INSERT);
  const insertOne = insertRows(1);
  const savepoint = db.prepare('SAVEPOINT batch');
  const release = db.prepare('RELEASE batch');
  const rollbackTo = db.prepare('ROLLBACK TO batch');

  // Claim the batch id first: the primary key makes the check-then-insert
  // race-free, and a conflict rolls nothing in because nothing was written.
  const writeOne = ({ batchId, contentHash, rows }: BatchRows): SaveOutcome => {
    const count = rows.length / ROW_WIDTH;
    if (claimBatch.run(batchId, contentHash, count).changes === 0) {
      const prior = findBatch.get(batchId) as { content_hash: string; answer_count: number };
      return prior.content_hash === contentHash
        ? { kind: 'duplicate', accepted: prior.answer_count }
        : { kind: 'conflict' };
    }
    const many = ROWS_PER_INSERT * ROW_WIDTH;
    let i = 0;
    for (; i + many <= rows.length; i += many) insertMany.run(rows.slice(i, i + many));
    for (; i < rows.length; i += ROW_WIDTH) insertOne.run(rows.slice(i, i + ROW_WIDTH));
    return { kind: 'stored', accepted: count };
  };

  const writeGroup = db.transaction((group: BatchRows[]): WriteResult[] =>
    group.map((batch) => {
      savepoint.run();
      try {
        const outcome = writeOne(batch);
        release.run();
        return { ok: true, outcome };
      } catch (err) {
        // Some errors (a full disk, I/O) make SQLite roll back the whole transaction: then
        // the group as a whole failed, and the outer catch reports that for every batch.
        if (!db.inTransaction) throw err;
        rollbackTo.run();
        release.run();
        return failure(err);
      }
    }),
  );

  return (group) => {
    try {
      return writeGroup.immediate(group);
    } catch (err) {
      // The commit itself failed (or BEGIN found the database locked): nothing of the group stayed.
      const result = failure(err);
      return group.map(() => result);
    }
  };
}

function failure(err: unknown): WriteResult {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { ok: false, message: err.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { ok: false, message: String(err) };
}
