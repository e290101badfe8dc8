import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP proxy on 127.0.0.1 between the browser and the endpoint that
 * misbehaves the way networks and load balancers do. Only API requests
 * (/api/…) suffer; the page itself is passed through untouched.
 */
export type Fault =
  /** Forward and return the reply unchanged. */
  | 'pass'
  /** Destroy the connection before anything reaches the server. */
  | 'drop'
  /** Wait (possibly past the client's timeout), then forward anyway. */
  | 'delay'
  /** Answer 502 / 503 / 429 (Retry-After: 1) without asking the server. */
  | '502'
  | '503'
  | '429'
  /** Forward, let the server commit, then cut the reply halfway through its body. */
  | 'cut-reply'
  /** Forward, let the server commit, then close the connection without a byte of reply. */
  | 'cut-silent'
  /** Deliver the request twice, one after the other; return the second reply. */
  | 'twice'
  /** Deliver the request twice at the same moment; return the second reply. */
  | 'twice-parallel';

export interface FaultChoice {
  fault: Fault;
  delayMs?: number;
}

export interface ChaosProxy {
  url: string;
  /** How often each fault was applied. */
  counts: Record<Fault, number>;
  /** Replaces the fault chooser (e.g. a scripted sequence for one test). */
  choose: (path: string) => FaultChoice;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const FAULTS: Fault[] = [
  'pass',
  'drop',
  'delay',
  '502',
  '503',
  '429',
  'cut-reply',
  'cut-silent',
  'twice',
  'twice-parallel',
];

export async function startChaosProxy(
  target: string,
  choose: (path: string) => FaultChoice = () => ({ fault: 'pass' }),
): Promise<ChaosProxy> {
  const counts = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>;
  const proxy: ChaosProxy = { url: '', counts, choose, close: async () => {} };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readAll(req);
    const path = req.url ?? '/';
    const { fault, delayMs = 0 } = path.startsWith('/api/')
      ? proxy.choose(path)
      : { fault: 'pass' as const };
    counts[fault] += 1;
    const send = () => forward(target, req, body);
    switch (fault) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'delay':
        await sleep(delayMs);
        return write(res, await send());
      case '502':
      case '503':
      case '429':
        return write(res, refusal(Number(fault)));
      case 'cut-reply': {
        const reply = await send();
        res.writeHead(reply.status, {
          ...reply.headers,
          'content-length': String(reply.body.length),
        });
        res.write(reply.body.subarray(0, Math.floor(reply.body.length / 2)));
        // Give the half a moment to leave, then cut: the client has headers but no full body.
        await sleep(20);
        res.socket?.destroy();
        return;
      }
      case 'cut-silent':
        await send();
        req.socket.destroy();
        return;
      case 'twice':
        await send();
        return write(res, await send());
      case 'twice-parallel': {
        const [, second] = await Promise.all([send(), send()]);
        return write(res, second);
      }
      case 'pass':
        return write(res, await send());
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  proxy.url = `http://127.0.0.1:${port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}

function refusal(status: number): Reply {
  const headers: Record<string, string> = { 'content-type': 'text/html' };
  if (status === 429) headers['retry-after'] = '1';
  return { status, headers, body: Buffer.from(`<h1>${status}</h1>`) };
}

function forward(target: string, req: IncomingMessage, body: Buffer): Promise<Reply> {
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'idempotency-key', 'content-type', 'accept']) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${target}${req.url ?? '/'}`,
      { method: req.method ?? 'GET', headers, agent: false },
      (incoming) => {
        readAll(incoming).then((replyBody) => {
          const replyHeaders: Record<string, string> = {};
          for (const name of ['content-type', 'retry-after', 'cache-control']) {
            const value = incoming.headers[name];
            if (typeof value === 'string') replyHeaders[name] = value;
          }
          resolve({ status: incoming.statusCode ?? 502, headers: replyHeaders, body: replyBody });
        }, reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function write(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(reply.body.length) });
  res.end(reply.body);
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
