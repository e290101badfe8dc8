import type { MessagePort } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { callsOver, threadClient } from '../ts-worker.ts';
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

/** The module a writer thread runs, and what it is started with. */
export const WRITER_THREAD = new URL('./batch-writer-thread.ts', import.meta.url);
export interface WriterThreadData {
  path: string;
  /** Further callers besides the thread that started it, each on its own channel. */
  ports?: MessagePort[];
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
export function threadWriter(path: string): BatchWriter {
  const thread = threadClient<PackedRows, WriteResult>(WRITER_THREAD, {
    path,
  } satisfies WriterThreadData);
  return {
    save: async (batch) => settle(await thread.call(pack(batch))),
    close: () => thread.close(),
  };
}

/**
 * Writes batches through `port`, one end of a channel to a writer thread
 * that another thread started (the intake threads share one writer: see
 * batch-intake-pool.ts). Same promises as threadWriter; if the writer is
 * gone, the batches waiting for it fail.
 */
export function portWriter(port: MessagePort): BatchWriter {
  const calls = callsOver<PackedRows, WriteResult>(port);
  port.once('close', () => calls.failAll(new Error('The batch writer thread stopped.')));
  return {
    save: async (batch) => settle(await calls.call(pack(batch))),
    async close() {
      await calls.settled();
      port.close();
    },
  };
}
