/**
 * The batch intake's thread (started by threadIntake in batch-intake.ts):
 * parses, checks and stores each body the main thread passes on, with a
 * store of its own on the same SQLite file (whose writes go to its batch
 * writer thread), and answers each call when its batch is committed or
 * refused. Calls run concurrently: while one batch waits for its commit,
 * the next is parsed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type IntakeResult, inThreadIntake, intakeResult } from './batch-intake.ts';
import type { BatchRequest } from './prepare-batch.ts';
import { openSqliteStore } from './store/sqlite-store.ts';
import { createSurveyCatalog } from './survey-catalog.ts';
import type { FromThread, ToThread } from './ts-worker.ts';

const port = parentPort;
if (!port) throw new Error('batch-intake-thread.ts runs only as a worker thread.');
const store = openSqliteStore((workerData as { dbPath: string }).dbPath, { startWriter: true });
const intake = inThreadIntake(store, createSurveyCatalog(store));

port.on('message', async (message: ToThread<BatchRequest>) => {
  if (message.kind === 'close') {
    // The main thread sends this only after every call was answered.
    await store.close();
    port.close();
    return;
  }
  const result = await intakeResult(intake, message.request);
  port.postMessage({ results: [[message.id, result]] } satisfies FromThread<IntakeResult>);
});
