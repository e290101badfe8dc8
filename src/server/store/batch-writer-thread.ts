/**
 * The batch writer's thread (started by batch-writer.ts): its own connection
 * to the store's file, writing the batches the main thread sends, in groups.
 *
 * Messages that arrive while a group is being written (mostly while its
 * commit waits for the disk) queue up; the next turn of this thread's loop
 * writes all of them as the next group. Replies go back once per group,
 * after its commit.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FromThread, ToThread } from '../ts-worker.ts';
import { type BatchRows, type PackedRows, unpack, type WriteResult } from './batch-rows.ts';
import { createGroupWrite } from './batch-write-sql.ts';
import { connect } from './sqlite-connection.ts';

/** At most this many batches per transaction, so one reply never waits behind a huge group. */
const MAX_GROUP = 50;

const port = parentPort;
if (!port) throw new Error('batch-writer-thread.ts runs only as a worker thread.');
const db = connect((workerData as { path: string }).path);
const writeGroup = createGroupWrite(db);
const queue: { id: number; batch: BatchRows }[] = [];
let scheduled = false;

function flush(): void {
  scheduled = false;
  while (queue.length > 0) {
    const group = queue.splice(0, MAX_GROUP);
    const results: WriteResult[] = writeGroup(group.map((job) => job.batch));
    const reply: FromThread<WriteResult> = {
      results: group.map((job, i) => [job.id, results[i] as WriteResult]),
    };
    port?.postMessage(reply);
  }
}

port.on('message', (message: ToThread<PackedRows>) => {
  if (message.kind === 'close') {
    flush();
    db.close();
    port.close();
    return;
  }
  queue.push({ id: message.id, batch: unpack(message.request) });
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
});
