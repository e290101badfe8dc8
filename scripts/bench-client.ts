import { Worker } from 'node:worker_threads';

export interface BenchRequest {
  id: string;
  body: string;
}

// Plain JS in a worker thread, so the client's own work (fetch, JSON) does not
// run on the server's event loop and count against the server.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, token, requests, concurrency } = workerData;
let next = 0, accepted = 0;
async function lane() {
  while (next < requests.length) {
    const { id, body } = requests[next++];
    const res = await fetch(url, {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json', 'Idempotency-Key': id },
      body,
    });
    const reply = await res.json();
    if (res.status !== 201) throw new Error('HTTP ' + res.status + ': ' + JSON.stringify(reply));
    accepted += reply.accepted;
  }
}
const start = performance.now();
Promise.all(Array.from({ length: concurrency }, lane)).then(
  () => parentPort.postMessage({ accepted, seconds: (performance.now() - start) / 1000 }),
  (err) => parentPort.postMessage({ error: String(err) }),
);
`;

/** Sends every request with `concurrency` parallel connections; resolves with what the server accepted. */
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
