import { Worker } from 'node:worker_threads';

export interface BenchRequest {
  id: string;
  /** The batch as UTF-8 JSON, encoded once up front so the timed loop only sends bytes. */
  body: Uint8Array;
}

// Plain JS in a worker thread, so the client's own work does not run on the
// server's event loop. Raw keep-alive sockets with each request's bytes
// (head and body) built before the clock starts: on a 2-core machine every
// cycle the load generator burns is taken from the server it measures, and
// node:http's client cost about a tenth of a core at these rates (undici's
// fetch several times more). The server sees ordinary HTTP/1.1 requests.
const WORKER = `
const net = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const { url, token, requests, concurrency } = workerData;
const target = new URL(url);
const wire = requests.map(({ id, body }) => Buffer.concat([
  Buffer.from(
    'POST ' + target.pathname + ' HTTP/1.1\\r\\n' +
    'Host: ' + target.host + '\\r\\n' +
    'Authorization: Bearer ' + token + '\\r\\n' +
    'Content-Type: application/json\\r\\n' +
    'Content-Length: ' + body.byteLength + '\\r\\n' +
    'Idempotency-Key: ' + id + '\\r\\n\\r\\n',
  ),
  body,
]));
// One connection: send a request, collect its whole reply (the server always sends
// Content-Length), hand back the status and body, repeat.
function connection() {
  const socket = net.connect(Number(target.port), target.hostname);
  socket.setNoDelay(true);
  let buffered = Buffer.alloc(0);
  let waiting;
  socket.on('data', (chunk) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    const headEnd = buffered.indexOf('\\r\\n\\r\\n');
    if (headEnd < 0 || !waiting) return;
    const head = buffered.subarray(0, headEnd).toString('latin1');
    const length = /\\r\\ncontent-length: *(\\d+)/i.exec(head);
    if (!length) return waiting.reject(new Error('reply without Content-Length: ' + head));
    const end = headEnd + 4 + Number(length[1]);
    if (buffered.length < end) return;
    const status = Number(head.slice(9, 12));
    const text = buffered.subarray(headEnd + 4, end).toString('utf8');
    buffered = buffered.subarray(end);
    const w = waiting;
    waiting = undefined;
    w.resolve({ status, text });
  });
  socket.on('error', (err) => waiting && waiting.reject(err));
  return {
    send: (bytes) => new Promise((resolve, reject) => {
      waiting = { resolve, reject };
      socket.write(bytes);
    }),
    close: () => socket.destroy(),
  };
}
let next = 0, accepted = 0;
async function lane() {
  const c = connection();
  try {
    while (next < wire.length) {
      const { status, text } = await c.send(wire[next++]);
      if (status !== 201) throw new Error('HTTP ' + status + ': ' + text);
      accepted += JSON.parse(text).accepted;
    }
  } finally {
    c.close();
  }
}
const start = performance.now();
Promise.all(Array.from({ length: concurrency }, lane)).then(
  () => parentPort.postMessage({ accepted, seconds: (performance.now() - start) / 1000 }),
  (err) => parentPort.postMessage({ error: String(err) }),
);
`;

/**
 * Sends every request over `concurrency` keep-alive connections, each waiting
 * for its reply before the next send (as a kiosk does); resolves with what the
 * server accepted and the wall time.
 */
export function runClients(
  url: string,
  token: string,
  requests: BenchRequest[],
  concurrency: number,
): Promise<{ accepted: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { url, token, requests, concurrency },
    });
    worker.once('message', (m: { accepted: number; seconds: number } | { error: string }) => {
      void worker.terminate();
      if ('error' in m) reject(new Error(m.error));
      else resolve(m);
    });
    worker.once('error', reject);
  });
}
