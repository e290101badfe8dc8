import { MessageChannel, type Worker } from 'node:worker_threads';
import type { IntakeResult } from './batch-intake.ts';
import type { IntakeThreadData } from './batch-intake-thread.ts';
import type { BatchRequest } from './prepare-batch.ts';
import { WRITER_THREAD, type WriterThreadData } from './store/batch-writer.ts';
import {
  type CallableThread,
  startCallableThread,
  startTsThread,
  stopThread,
} from './ts-worker.ts';

const INTAKE_THREAD = new URL('./batch-intake-thread.ts', import.meta.url);

/** The threads behind threadIntake (batch-intake.ts). */
export interface IntakePool {
  /** Starts the threads now rather than with the first batch. */
  start(): void;
  /** Hands the batch to the least busy intake thread. */
  call(request: BatchRequest): Promise<IntakeResult>;
  /** Waits for the batches already handed over, then stops every thread. */
  close(): Promise<void>;
}

interface Running {
  writer: Worker;
  intakes: CallableThread<BatchRequest, IntakeResult>[];
}

/**
 * `count` intake threads (batch-intake-thread.ts) that parse and check
 * batches side by side, and the one writer thread (store/batch-writer-thread.ts)
 * they all store through, each intake on a channel of its own. One writer,
 * because SQLite takes one writer at a time, and because batches that reach
 * it while a commit waits for the disk share the next commit: with checks
 * running side by side, more of them arrive during that wait.
 *
 * The threads start and stop together. If one dies, the others lose a link
 * (an intake its writer, the writer a caller), so all of them are stopped,
 * their unanswered batches fail (500; kiosks send them again) and the next
 * batch starts a fresh set. Idle threads do not keep the process alive.
 */
export function intakePool(
  dbPath: string,
  count: number,
  /** The module each intake thread runs; tests substitute one that can be made to crash. */
  intakeThread: URL = INTAKE_THREAD,
): IntakePool {
  let running: Running | undefined;

  const start = (): Running => {
    const channels = Array.from({ length: count }, () => new MessageChannel());
    const writerPorts = channels.map((channel) => channel.port1);
    const writer = startTsThread(
      WRITER_THREAD,
      { path: dbPath, ports: writerPorts } satisfies WriterThreadData,
      writerPorts,
    );
    writer.unref(); // while an intake thread has work, it keeps the process alive
    const intakes = channels.map(({ port2: writerPort }) =>
      startCallableThread<BatchRequest, IntakeResult>(
        intakeThread,
        { dbPath, writerPort } satisfies IntakeThreadData,
        [writerPort],
      ),
    );
    const pool: Running = { writer, intakes };
    const stopped = (why: string) => {
      if (running !== pool) return; // closing, or already stopped
      running = undefined;
      const error = new Error(`A server thread stopped: ${why}`);
      for (const intake of intakes) {
        intake.calls.failAll(error);
        void intake.worker.terminate();
      }
      void writer.terminate();
    };
    for (const worker of [writer, ...intakes.map((intake) => intake.worker)]) {
      worker.on('error', (err) => stopped(err.message));
      worker.on('exit', (code) => stopped(`exit code ${code}`));
    }
    return pool;
  };

  return {
    start() {
      running ??= start();
    },
    call(request) {
      running ??= start();
      let least = running.intakes[0];
      for (const intake of running.intakes) {
        if (least && intake.calls.pending < least.calls.pending) least = intake;
      }
      if (!least) throw new Error('An intake pool needs at least one thread.');
      return least.calls.call(request);
    },
    async close() {
      const pool = running;
      if (!pool) return;
      running = undefined;
      await Promise.all(pool.intakes.map((intake) => intake.calls.settled()));
      await Promise.all(pool.intakes.map((intake) => stopThread(intake.worker)));
      await stopThread(pool.writer);
    },
  };
}
