import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type MessagePort, type Transferable, Worker } from 'node:worker_threads';

// Threads run TypeScript as the server does, through tsx. Node 20 does not pass loader hooks
// on to worker threads (nor honour --import in their execArgv), so a two-line bootstrap
// registers tsx in the thread first. tsx is resolved from this file, not from the working
// directory (npm start, vitest and a systemd unit each start elsewhere); require.resolve
// would give the CommonJS build of tsx/esm/api, which cannot load in a worker.
const TSX_PACKAGE = createRequire(import.meta.url).resolve('tsx/package.json');
const TSX_API = pathToFileURL(join(dirname(TSX_PACKAGE), 'dist/esm/api/index.mjs')).href;

/** Caller → a server thread. */
export type ToThread<Request> = { kind: 'call'; id: number; request: Request } | { kind: 'close' };

/** A server thread → caller: results by call id, several at once if the thread batches. */
export interface FromThread<Result> {
  results: [number, Result][];
}

/** Starts the TypeScript module at `url` as a worker thread. */
export function startTsThread(
  url: URL,
  workerData: unknown,
  transferList: readonly Transferable[] = [],
): Worker {
  const bootstrap = `import(${JSON.stringify(TSX_API)})
    .then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData, transferList: [...transferList] });
}

/** The calling side of ToThread / FromThread over a thread or one end of a MessageChannel. */
export interface Calls<Request, Result> {
  call(request: Request): Promise<Result>;
  /** Calls not answered yet. */
  readonly pending: number;
  /** Rejects every unanswered call (the other side is gone). */
  failAll(error: Error): void;
  /** Resolves once every call made so far has been answered or has failed. */
  settled(): Promise<void>;
}

/**
 * Sends calls over `port` and matches the answers to them by id. `onBusy`
 * and `onIdle` run when the first call is waiting and when none is left, so
 * the owner can let an idle thread stop keeping the process alive.
 */
export function callsOver<Request, Result>(
  port: Worker | MessagePort,
  hooks: { onBusy?: () => void; onIdle?: () => void } = {},
): Calls<Request, Result> {
  let nextId = 0;
  const waiting = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
  const inFlight = new Set<Promise<unknown>>();
  port.on('message', ({ results }: FromThread<Result>) => {
    for (const [id, result] of results) {
      waiting.get(id)?.resolve(result);
      waiting.delete(id);
    }
    if (waiting.size === 0) hooks.onIdle?.();
  });
  return {
    call(request) {
      if (waiting.size === 0) hooks.onBusy?.();
      const id = nextId++;
      const result = new Promise<Result>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        port.postMessage({ kind: 'call', id, request } satisfies ToThread<Request>);
      });
      const settled: Promise<unknown> = result.then(
        () => inFlight.delete(settled),
        () => inFlight.delete(settled),
      );
      inFlight.add(settled);
      return result;
    },
    get pending() {
      return waiting.size;
    },
    failAll(error) {
      for (const call of waiting.values()) call.reject(error);
      waiting.clear();
      hooks.onIdle?.();
    },
    async settled() {
      await Promise.all(inFlight);
    },
  };
}

/** Asks a thread to finish (ToThread 'close') and waits until it has stopped. */
export async function stopThread(worker: Worker): Promise<void> {
  worker.ref(); // an unreferenced thread would let the process exit before it stopped
  const exited = once(worker, 'exit');
  worker.postMessage({ kind: 'close' } satisfies ToThread<never>);
  await exited;
}

/** A server thread and the calls into it. */
export interface CallableThread<Request, Result> {
  worker: Worker;
  calls: Calls<Request, Result>;
}

/**
 * Starts the TypeScript module at `url` as a thread that answers calls. It
 * keeps the process alive only while a call waits for it.
 */
export function startCallableThread<Request, Result>(
  url: URL,
  workerData: unknown,
  transferList: readonly Transferable[] = [],
): CallableThread<Request, Result> {
  const worker = startTsThread(url, workerData, transferList);
  worker.unref();
  const calls = callsOver<Request, Result>(worker, {
    onBusy: () => worker.ref(),
    onIdle: () => worker.unref(),
  });
  return { worker, calls };
}

/** Calls into a server thread; results come back in whatever order the thread finishes them. */
export interface ThreadClient<Request, Result> {
  call(request: Request): Promise<Result>;
  /** Waits for the calls already made, then lets the thread finish and stop. */
  close(): Promise<void>;
}

/**
 * Runs the TypeScript module at `url` as a worker thread that answers calls
 * (ToThread / FromThread). The thread starts with the first call. If it dies,
 * the calls it had not answered fail and the next call starts a new thread.
 * An idle thread does not keep the process alive; one with work does.
 */
export function threadClient<Request, Result>(
  url: URL,
  workerData: unknown,
): ThreadClient<Request, Result> {
  let thread: CallableThread<Request, Result> | undefined;

  const start = () => {
    const started = startCallableThread<Request, Result>(url, workerData);
    const stopped = (why: string) => {
      if (thread === started) thread = undefined;
      started.calls.failAll(new Error(`A server thread stopped: ${why}`));
    };
    started.worker.on('error', (err) => stopped(err.message));
    started.worker.on('exit', (code) => stopped(`exit code ${code}`));
    return started;
  };

  return {
    call(request) {
      thread ??= start();
      return thread.calls.call(request);
    },
    async close() {
      const current = thread;
      if (!current) return;
      thread = undefined;
      await current.calls.settled();
      await stopThread(current.worker);
    },
  };
}
