import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/node.ts';
import { BATCHES_PATH, BatchAck, HEALTH_PATH } from '../../src/shared/wire-schema.ts';
import { buergerbueroSurvey } from '../../src/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../../src/survey/survey-version.ts';
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

describe('over a real socket (startServer + fetch)', () => {
  it('listens on 127.0.0.1 and reports health', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(server.url + HEALTH_PATH);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
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

  it('logs method, path, status and duration only: no token, no answers', async () => {
    const token = await server.addKiosk(OFFICE);
    const batch = makeBatch(await surveyVersion(buergerbueroSurvey), 2);
    expect((await send(token, batch, batch.batchId)).status).toBe(201);
    expect((await fetch(`${server.url}/?token=${token}`)).status).toBe(404); // no dist served here
    const all = logs.join('\n');
    expect(all).not.toContain(token);
    expect(all).not.toContain(batch.batchId);
    expect(all).not.toContain('127.0.0.1');
    expect(all).not.toMatch(/answers|overall|waiting_time/);
    for (const line of logs) expect(line).toMatch(/^(GET|POST) \/\S* \d{3} \d+ms$/);
  });
});
