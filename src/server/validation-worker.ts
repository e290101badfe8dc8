/**
 * A validation worker (see validation-pool.ts): decodes, parses and checks
 * batches with exactly the code the main thread would run (prepareBatch),
 * and sends back what the store needs, or the error to answer with.
 */
import { parentPort } from 'node:worker_threads';
import type { SurveyDefinition } from '../shared/survey-schema.ts';
import { isSchemaError } from '../shared/zod-messages.ts'; // also sets zod's English messages
import { ApiError } from './http-error.ts';
import { prepareBatch } from './prepare-batch.ts';
import type { SurveyCatalog } from './survey-catalog.ts';
import type { FromWorker, ToWorker, WorkerError } from './validation-protocol.ts';

const port = parentPort;
if (!port) throw new Error('validation-worker.ts runs as a worker thread only');
const post = (message: FromWorker) => port.postMessage(message);

// Definitions by catalog (one per app in this process) and id@version. A
// version is a content hash, so a cached definition never goes stale; a miss
// asks the main thread every time, so a survey added later is found.
const cached = new Map<string, SurveyDefinition>();
const waiting = new Map<number, (definition: SurveyDefinition | undefined) => void>();

function catalogFor(task: number, catalog: number): SurveyCatalog {
  return {
    find(surveyId, version) {
      const key = `${catalog}|${surveyId}@${version}`;
      const hit = cached.get(key);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve) => {
        waiting.set(task, (definition) => {
          if (definition) cached.set(key, definition);
          resolve(definition);
        });
        post({ type: 'find', task, surveyId, version });
      });
    },
  };
}

function toWorkerError(err: unknown): WorkerError {
  if (err instanceof ApiError) {
    return { kind: 'api', status: err.status, message: err.message, details: err.details };
  }
  if (isSchemaError(err)) {
    // Only what a person reads travels; the error handler formats path and message.
    const issues = err.issues.map(({ code, path, message }) => ({ code, path, message }));
    return { kind: 'schema', issues };
  }
  return {
    kind: 'other',
    message: err instanceof Error ? (err.stack ?? err.message) : String(err),
  };
}

const decoder = new TextDecoder(); // UTF-8, BOM stripped, bad bytes replaced: as Request.text()

port.on('message', (message: ToWorker) => {
  if (message.type === 'found') {
    const resolve = waiting.get(message.task);
    waiting.delete(message.task);
    resolve?.(message.definition);
    return;
  }
  const { task, catalog, body, key, office } = message;
  prepareBatch({ body: decoder.decode(body), key, office }, catalogFor(task, catalog)).then(
    (batch) => post({ type: 'done', task, batch }),
    (err: unknown) => post({ type: 'done', task, error: toWorkerError(err) }),
  );
});
post({ type: 'ready' });
