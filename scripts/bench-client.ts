import { Worker } from 'node:worker_threads';

export interface BenchRequest {
  id: string;
  /** The batch as UTF-8 JSON, encoded once up front so the timed loop only sends bytes. */
  body: Uint8Array;
}

// Plain JS in a worker thread, so the client's own work does not run on the
// server's event loop. node:http with a keep-alive agent rather than fetch:
// undici's fetch costs several times more CPU per request, and on a 2-core
// machine every cycle the client burns is taken from the server it measures.
const WORKER = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { url, token, requests, concurrency } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const target = new URL(url);
function post({ id, body }) {
  return new Promise((resolve, reject) => {
    const req = http.request({
      agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST',
      headers: {
        Authorization: 'Bearer ' + token,
        'Content-Type': 'application/json',
        'Content-Length': body.byteLength,
        'Idempotency-Key': id,
      },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => {
        if (res.statusCode !== 201) reject(new Error('HTTP ' + res.statusCode + ': ' + text));
        else resolve(JSON.parse(text).accepted);
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
let next = 0, accepted = 0;
async function lane() {
  while (next < requests.length) {
    const n = await post(requests[next++]);
    accepted += n; // not "accepted += await post()", which reads accepted before waiting
  }
}
const start = performance.now();
Promise.all(Array.from({ length: concurrency }, lane)).then(
  () => {
    agent.destroy();
    parentPort.postMessage({ accepted, seconds: (performance.now() - start) / 1000 });
  },
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
