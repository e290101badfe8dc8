/**
 * The batch writer's thread (started by batch-writer.ts, or by the intake
 * pool in batch-intake-pool.ts): its own connection to the store's file,
 * writing the batches its callers send, in groups. The callers are the
 * thread that started it and, for the pool, every intake thread on a
 * channel of its own.
 *
 * Messages that arrive while a group is being written (mostly while its
 * commit waits for the disk) queue up; the next turn of this thread's loop
 * writes all of them as the next group, whichever caller sent them. Each
 * caller gets its replies once per group, after the commit.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { FromThread, ToThread } from '../ts-worker.ts';
import { type BatchRows, type PackedRows, unpack, type WriteResult } from './batch-rows.ts';
import { createGroupWrite } from './batch-write-sql.ts';
import type { WriterThreadData } from './batch-writer.ts';
import { connect } from './sqlite-connection.ts';

/** At most this many batches per transaction, so one reply never waits behind a huge group. */
const MAX_GROUP = 50;

const parent = parentPort;
if (!parent) throw new Error('batch-writer-thread.ts runs only as a worker thread.');
const { path, ports = [] } = workerData as WriterThreadData;
const db = connect(path);
// The savepoint each batch gets (batch-write-sql.ts) keeps a journal of the pages it changes;
// on disk that was half the thread's system time.
db.pragma('temp_store = MEMORY');
const writeGroup = createGroupWrite(db);
type Caller = MessagePort | NonNullable<typeof parentPort>;
const queue: { caller: Caller; id: number; batch: BatchRows }[] = [];
let scheduled = false;

function flush(): void {
  scheduled = false;
  while (queue.length > 0) {
    const group = queue.splice(0, MAX_GROUP);
    const results: WriteResult[] = writeGroup(group.map((job) => job.batch));
    const replies = new Map<Caller, FromThread<WriteResult>>();
    group.forEach((job, i) => {
      const reply = replies.get(job.caller) ?? { results: [] };
      reply.results.push([job.id, results[i] as WriteResult]);
      replies.set(job.caller, reply);
    });
    for (const [caller, reply] of replies) caller.postMessage(reply);
  }
}

function shutDown(): void {
  flush();
  db.close();
  for (const port of ports) port.close();
  parent?.close();
}

function serve(caller: Caller): void {
  caller.on('message', (message: ToThread<PackedRows>) => {
    if (message.kind === 'close') {
      // The starting thread sends this after every caller's calls were answered.
      if (caller === parent) shutDown();
      return;
    }
    queue.push({ caller, id: message.id, batch: unpack(message.request) });
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
}

serve(parent);
for (const port of ports) serve(port);
