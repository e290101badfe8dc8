import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import * as z from 'zod/mini';
import { ApiError } from './http-error.ts';
import { type BatchRequest, prepareBatch } from './prepare-batch.ts';
import type { IncomingBatch } from './store/server-store.ts';
import type { SurveyCatalog } from './survey-catalog.ts';
import type { FromWorker, ToWorker, WorkerError } from './validation-protocol.ts';

/**
 * Runs prepareBatch (JSON, schema, survey checks, hash) on worker threads, so
 * the main thread only does HTTP and the SQLite writes: validating a 200-set
 * batch costs more CPU than storing it, and with one thread the two queue
 * behind each other. The result and every error are the same as inline.
 *
 * Until a worker is ready (a second or so after start), and if workers
 * cannot start or all stopped, batches are prepared inline: the pool only
 * ever makes things faster, never unavailable.
 */
export interface ValidationPool {
  /**
   * Starts the workers (once). They cost about a second of CPU each to start
   * (tsx compiles the sources again per thread) and pay off only when batches
   * overlap, so the route calls this when they do: a server, or a test, that
   * sees one batch at a time never starts them.
   */
  start(): void;
  /** How many workers are ready (0 = batches are prepared inline). */
  readyWorkers(): number;
  prepare(
    body: ArrayBuffer,
    request: Omit<BatchRequest, 'body'>,
    catalog: SurveyCatalog,
  ): Promise<IncomingBatch>;
}

interface Task {
  catalog: SurveyCatalog;
  resolve: (batch: IncomingBatch) => void;
  reject: (err: unknown) => void;
}

interface Lane {
  worker: Worker;
  ready: boolean;
  tasks: Map<number, Task>;
}

let shared: ValidationPool | undefined;

/** One pool per process (tests open many apps), created on first use. */
export function sharedValidationPool(): ValidationPool {
  shared ??= createValidationPool(availableParallelism());
  return shared;
}

export function createValidationPool(size: number): ValidationPool {
  const lanes: Lane[] = [];
  const catalogIds = new WeakMap<SurveyCatalog, number>();
  let nextTask = 0;
  let nextCatalog = 0;
  const decoder = new TextDecoder();
  let started = false;

  function start(): void {
    if (started) return;
    started = true;
    for (let i = 0; i < size; i++) {
      const lane = startLane();
      if (lane) lanes.push(lane);
    }
  }

  function startLane(): Lane | undefined {
    let worker: Worker;
    try {
      worker = new Worker(workerUrl);
    } catch {
      return undefined;
    }
    const lane: Lane = { worker, ready: false, tasks: new Map() };
    worker.on('message', (message: FromWorker) => onMessage(lane, message));
    const stop = (err: unknown) => {
      const at = lanes.indexOf(lane);
      if (at >= 0) lanes.splice(at, 1); // 'error' is followed by 'exit'
      for (const task of lane.tasks.values()) task.reject(err); // → 500; the kiosk retries
      lane.tasks.clear();
    };
    worker.on('error', stop);
    worker.on('exit', (code) => stop(new Error(`a validation worker stopped (exit ${code})`)));
    // Idle workers must not keep a CLI or a test process alive. After the
    // listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    return lane;
  }

  function onMessage(lane: Lane, message: FromWorker): void {
    if (message.type === 'ready') {
      lane.ready = true;
      return;
    }
    const task = lane.tasks.get(message.task);
    if (!task) return;
    if (message.type === 'find') {
      task.catalog.find(message.surveyId, message.version).then(
        (definition) => send(lane, { type: 'found', task: message.task, definition }),
        (err: unknown) => {
          lane.tasks.delete(message.task);
          task.reject(err);
        },
      );
      return;
    }
    lane.tasks.delete(message.task);
    if (message.error) task.reject(toError(message.error));
    else task.resolve(message.batch);
  }

  function send(lane: Lane, message: ToWorker, transfer: ArrayBuffer[] = []): void {
    lane.worker.postMessage(message, transfer);
  }

  return {
    start,
    readyWorkers: () => lanes.filter((lane) => lane.ready).length,
    prepare(body, request, catalog) {
      // The least busy started worker; none yet (or none left): inline.
      let lane: Lane | undefined;
      for (const l of lanes) {
        if (l.ready && (!lane || l.tasks.size < lane.tasks.size)) lane = l;
      }
      if (!lane) return prepareBatch({ ...request, body: decoder.decode(body) }, catalog);
      const catalogId = catalogIds.get(catalog) ?? nextCatalog++;
      catalogIds.set(catalog, catalogId);
      const task = nextTask++;
      const chosen = lane;
      return new Promise((resolve, reject) => {
        chosen.tasks.set(task, { catalog, resolve, reject });
        send(chosen, { type: 'prepare', task, catalog: catalogId, body, ...request }, [body]);
      });
    },
  };
}

/**
 * Workers run the same source as the main thread: from TypeScript through a
 * small JS entry that loads tsx (npm start, tests), or the built .js file.
 */
const workerUrl = import.meta.url.endsWith('.ts')
  ? new URL('./validation-worker-entry.mjs', import.meta.url)
  : new URL('./validation-worker.js', import.meta.url);

function toError(error: WorkerError): Error {
  switch (error.kind) {
    case 'api':
      return new ApiError(error.status, error.message, error.details);
    case 'schema':
      // The error handler turns a schema error into the 400 with its list of problems.
      return new z.core.$ZodRealError(error.issues as z.core.$ZodIssue[]);
    case 'other':
      return new Error(error.message);
  }
}
