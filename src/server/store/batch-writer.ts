import type Database from 'better-sqlite3';
import { threadClient } from '../ts-worker.ts';
import { type PackedRows, pack, toBatchRows, type WriteResult } from './batch-rows.ts';
import { createGroupWrite } from './batch-write-sql.ts';
import type { IncomingBatch, SaveOutcome } from './server-store.ts';

/** Stores batches; `save` resolves only after the batch's transaction has committed. */
export interface BatchWriter {
  save(batch: IncomingBatch): Promise<SaveOutcome>;
  /** Waits for the writes already sent, then stops. */
  close(): Promise<void>;
}

function settle(result: WriteResult): SaveOutcome {
  if (result.ok) return result.outcome;
  throw Object.assign(new Error(result.message), result.code ? { code: result.code } : {});
}

/** Writes on the caller's own connection, one transaction per batch: for ':memory:' databases. */
export function inThreadWriter(db: Database.Database): BatchWriter {
  const writeGroup = createGroupWrite(db);
  return {
    async save(batch) {
      return settle(writeGroup([toBatchRows(batch)])[0] as WriteResult);
    },
    async close() {},
  };
}

/**
 * Writes batches on a second connection in a worker thread
 * (batch-writer-thread.ts), so the threads that parse and check the next
 * batches go on while a commit waits for the disk, and batches that arrive
 * during that wait share one commit. Durability is unchanged: `save`
 * resolves after the commit of the group its batch was in, and only then
 * does the kiosk hear 201. If the thread dies, its unacknowledged batches
 * fail (500; the kiosk sends them again).
 */
export function threadWriter(path: string, startNow: boolean): BatchWriter {
  const thread = threadClient<PackedRows, WriteResult>(
    new URL('./batch-writer-thread.ts', import.meta.url),
    { path },
  );
  if (startNow) thread.start();
  return {
    save: async (batch) => settle(await thread.call(pack(batch))),
    close: () => thread.close(),
  };
}
