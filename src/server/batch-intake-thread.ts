/**
 * An intake thread (started by the pool in batch-intake-pool.ts): parses,
 * checks and stores each body the main thread passes on, with a store of
 * its own on the same SQLite file whose writes go to the writer thread the
 * pool shares (workerData.writerPort), and answers each call when its batch
 * is committed or refused. Calls run concurrently: while one batch waits for
 * its commit, the next is parsed.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { type IntakeResult, inThreadIntake, intakeResult } from './batch-intake.ts';
import type { BatchRequest } from './prepare-batch.ts';
import { openSqliteStore } from './store/sqlite-store.ts';
import { createSurveyCatalog } from './survey-catalog.ts';
import type { FromThread, ToThread } from './ts-worker.ts';

export interface IntakeThreadData {
  dbPath: string;
  writerPort: MessagePort;
}

const port = parentPort;
if (!port) throw new Error('batch-intake-thread.ts runs only as a worker thread.');
const { dbPath, writerPort } = workerData as IntakeThreadData;
const store = openSqliteStore(dbPath, { writerPort });
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
