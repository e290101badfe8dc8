import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT_BYTES } from '../../src/server/config.ts';
import { type RunningServer, startServer } from '../../src/server/node.ts';
import { KIOSK_CONFIG_PATH } from '../../src/shared/enrollment-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { BATCHES_PATH, BatchAck, ErrorBody, HEALTH_PATH } from '../../src/shared/wire-schema.ts';
import { countAnswerSets, makeBatch, makeTempDir, OFFICE } from './fixtures.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let server: RunningServer;
let dbPath: string;
const logs: string[] = [];

beforeAll(async () => {
  temp = await makeTempDir();
  dbPath = join(temp.dir, 'data', 'urne.db');
  server = await startServer({ dbPath, port: 0, log: (line) => logs.push(line) });
});
afterAll(async () => {
  await server.close();
  await temp.remove();
});

function send(token: string, body: unknown, batchId: string): Promise<Response> {
  return fetch(server.url + BATCHES_PATH, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': batchId,
    },
    body: JSON.stringify(body),
  });
}

/**
 * Announces a body one byte over the limit but sends only its first bytes:
 * the server must answer 413 from the Content-Length alone, without waiting
 * for (or reading) a body that size.
 */
function announceTooLarge(token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(server.url + BATCHES_PATH, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Content-Length': String(DEFAULT_BODY_LIMIT_BYTES + 1),
        'Idempotency-Key': '6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d',
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    // Destroying the half-sent request afterwards is expected; only errors before a reply count.
    req.on('error', (error) => reject(error));
    req.write('{"batchId":"6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d","answerSets":[');
  });
}

describe('over a real socket (startServer + fetch)', () => {
  it('listens on 127.0.0.1 and reports health', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(server.url + HEALTH_PATH);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok', uploads: 'ok' });
  });

  it('stores a batch exactly once when the same batch arrives many times at once', async () => {
    const token = await server.addKiosk(OFFICE);
    const batch = makeBatch(await surveyVersion(buergerbueroSurvey), 50);
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => send(token, batch, batch.batchId)),
    );
    const acks = await Promise.all(
      replies.map(async (r) => [r.status, BatchAck.parse(await r.json())] as const),
    );
    expect(acks.filter(([status]) => status === 201)).toHaveLength(1);
    expect(acks.filter(([status, ack]) => status === 200 && ack.duplicate)).toHaveLength(7);
    expect(acks.every(([, ack]) => ack.accepted === 50)).toBe(true);
    expect(countAnswerSets(dbPath)).toBe(50);
  });

  it('answers 413 from a Content-Length just over the limit, before the body arrives', async () => {
    const token = await server.addKiosk(OFFICE);
    const before = countAnswerSets(dbPath);
    const reply = await announceTooLarge(token);
    expect(reply.status).toBe(413);
    expect(ErrorBody.parse(JSON.parse(reply.body)).error).toMatch(/too large/);
    expect(countAnswerSets(dbPath)).toBe(before);
  });

  it('logs method, path, status and duration only: no token, no answers', async () => {
    const token = await server.addKiosk(OFFICE);
    const batch = makeBatch(await surveyVersion(buergerbueroSurvey), 2);
    logs.length = 0;
    expect((await send(token, batch, batch.batchId)).status).toBe(201);
    expect((await send(token, batch, batch.batchId)).status).toBe(200);
    const config = await fetch(`${server.url}${KIOSK_CONFIG_PATH}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(config.status).toBe(200);
    // A kiosk's round (configuration, then its batch) leaves no line: the log's own time stamps
    // must not tell when a stored batch (an answer) arrived.
    expect(logs).toEqual([]);
    expect((await send(token, batch, 'not-the-batch-id')).status).toBe(400);
    expect(logs).toEqual([expect.stringMatching(/^POST \/api\/v1\/batches 400 \d+ms$/)]);
    expect((await fetch(`${server.url}/?token=${token}`)).status).toBe(404); // no dist served here
    const all = logs.join('\n');
    expect(all).not.toContain(token);
    expect(all).not.toContain(batch.batchId);
    expect(all).not.toContain('127.0.0.1');
    expect(all).not.toMatch(/answers|overall|waiting_time/);
    for (const line of logs) expect(line).toMatch(/^(GET|POST) \/\S* \d{3} \d+ms$/);
  });
});
