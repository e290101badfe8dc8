/**
 * The real intake thread, except that a batch with the Idempotency-Key
 * 'crash' ends the thread at once, as a crash in native code would.
 */
import { parentPort } from 'node:worker_threads';

type Listener = (message: { kind: string; request?: { key?: string } }) => void;
const port = parentPort;
if (!port) throw new Error('runs only as a worker thread');
// A listener of our own would start the port before the real thread listens, and the
// first call would reach only ours: wrap the real thread's listener instead.
const on = port.on.bind(port);
port.on = ((event: string, listener: Listener) =>
  on(event, (message: Parameters<Listener>[0]) => {
    if (event === 'message' && message.kind === 'call' && message.request?.key === 'crash') {
      process.exit(70);
    }
    listener(message);
  })) as typeof port.on;
await import('../../../src/server/batch-intake-thread.ts');
