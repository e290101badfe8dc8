import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// Threads run TypeScript as the server does, through tsx. Node 20 does not pass loader hooks
// on to worker threads (nor honour --import in their execArgv), so a two-line bootstrap
// registers tsx in the thread first. tsx is resolved from this file, not from the working
// directory (npm start, vitest and a systemd unit each start elsewhere); require.resolve
// would give the CommonJS build of tsx/esm/api, which cannot load in a worker.
const TSX_PACKAGE = createRequire(import.meta.url).resolve('tsx/package.json');
const TSX_API = pathToFileURL(join(dirname(TSX_PACKAGE), 'dist/esm/api/index.mjs')).href;

/** Main thread → a server thread. */
export type ToThread<Request> = { kind: 'call'; id: number; request: Request } | { kind: 'close' };

/** A server thread → main thread: results by call id, several at once if the thread batches. */
export interface FromThread<Result> {
  results: [number, Result][];
}

/** Calls into a server thread; results come back in whatever order the thread finishes them. */
export interface ThreadClient<Request, Result> {
  /** Starts the thread now rather than at the first call, so that call does not wait for it. */
  start(): void;
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
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
  const inFlight = new Set<Promise<Result>>();

  const failAll = (error: Error) => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const bootstrap = `import(${JSON.stringify(TSX_API)})
      .then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
    const w = new Worker(bootstrap, { eval: true, workerData });
    w.on('message', ({ results }: FromThread<Result>) => {
      for (const [id, result] of results) {
        pending.get(id)?.resolve(result);
        pending.delete(id);
      }
      if (pending.size === 0) w.unref();
    });
    w.on('error', (err) => failAll(new Error(`A server thread stopped: ${err.message}`)));
    w.on('exit', (code) => {
      if (worker === w) worker = undefined;
      failAll(new Error(`A server thread stopped (exit code ${code}).`));
    });
    return w;
  };

  return {
    start() {
      worker ??= start();
      if (pending.size === 0) worker.unref();
    },
    call(request) {
      worker ??= start();
      const w = worker;
      w.ref();
      const id = nextId++;
      const result = new Promise<Result>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ kind: 'call', id, request } satisfies ToThread<Request>);
      });
      inFlight.add(result);
      const forget = () => inFlight.delete(result);
      result.then(forget, forget);
      return result;
    },
    async close() {
      const w = worker;
      if (!w) return;
      worker = undefined;
      await Promise.allSettled(inFlight);
      w.ref();
      const exited = once(w, 'exit');
      w.postMessage({ kind: 'close' } satisfies ToThread<Request>);
      await exited;
    },
  };
}
