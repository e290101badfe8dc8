import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/server/store/pg-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { registerKiosk } from '../../src/server/tokens.ts';
import { KIOSK_CONFIG_PATH } from '../../src/shared/enrollment-schema.ts';
import { BATCHES_PATH } from '../../src/shared/wire-schema.ts';
import { type ChaosProxy, type Fault, startChaosProxy } from '../browser/chaos-proxy.ts';
import { batchRequest, makeBatch, OFFICE } from './fixtures.ts';
import { createTestDatabase, queryPg } from './pg-fixtures.ts';
import { startServerProcess, stopServerProcess } from './server-process.ts';

// Issue 13.3: two server processes (each `npm start`'s main.ts, with its own pool) on one
// PostgreSQL database, each behind a chaos proxy that drops, cuts, repeats and refuses requests.
// A Node client sends 2,000 answer sets, each batch to either process and, once acknowledged,
// often again to the other one, or to both at the same moment: every set must be stored exactly
// once. Then a kiosk revoked and a period changed (through a third connection, as the CLI would)
// take effect in both processes without a restart.
const SETS = 2_000;
const PER_BATCH = 8;
const FAULTS: Fault[] = [
  'pass',
  'pass',
  'pass',
  'drop',
  '503',
  'cut-reply',
  'cut-silent',
  'twice',
  'twice-parallel',
];

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let token: string;
let version: string;
const servers: ChildProcess[] = [];
const proxies: ChaosProxy[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const store = await openPostgresStore(db.url);
  version = await seedDefaultSurvey(store);
  token = (await registerKiosk(store, OFFICE)).token;
  await store.close();
  const started = await Promise.all([startServerProcess(db.url), startServerProcess(db.url)]);
  servers.push(...started.map((s) => s.child));
  for (const { url } of started) {
    proxies.push(
      await startChaosProxy(url, () => ({
        fault: FAULTS[Math.floor(Math.random() * FAULTS.length)] ?? 'pass',
      })),
    );
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  for (const child of servers) await stopServerProcess(child);
  await db?.drop();
});

const pick = () => proxies[Math.floor(Math.random() * proxies.length)] as ChaosProxy;

/** Sends until one process acknowledges (201 or 200), as the kiosk's sync would. */
async function deliver(batch: ReturnType<typeof makeBatch>, via = pick): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const res = await fetch(`${via().url}${BATCHES_PATH}`, batchRequest(token, batch));
      await res.text();
      if (res.status === 200 || res.status === 201) return res.status;
      if (![502, 503, 429].includes(res.status)) throw new Error(`status ${res.status}`);
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('status')) throw err;
    }
  }
  throw new Error('never acknowledged');
}

describe('two server processes on one PostgreSQL database', () => {
  it('store 2,000 answer sets sent through both, duplicates across processes included, exactly once', async () => {
    const batches = Array.from({ length: SETS / PER_BATCH }, () => makeBatch(version, PER_BATCH));
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        if (!batch) return;
        const [one, other] = Math.random() < 0.5 ? proxies : [...proxies].reverse();
        if (!one || !other) throw new Error('two proxies');
        const roll = Math.random();
        if (roll < 0.2) {
          // The same batch at both processes at the same moment: at most one stores it.
          const statuses = await Promise.all([
            deliver(batch, () => one),
            deliver(batch, () => other),
          ]);
          expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(1);
        } else {
          await deliver(batch, () => one);
          // Acknowledged by one process; the other hears it again (a kiosk that missed the reply).
          if (roll < 0.5) expect(await deliver(batch, () => other)).toBe(200);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    const [row] = await queryPg<{ n: number; distinct: number }>(
      db.url,
      'SELECT COUNT(*) AS n, COUNT(DISTINCT answers) AS distinct FROM answer_sets',
    );
    expect(row).toEqual({ n: SETS, distinct: SETS });
    const [claims] = await queryPg<{ n: number }>(db.url, 'SELECT COUNT(*) AS n FROM batches');
    expect(claims?.n).toBe(batches.length);
    const faults = proxies.map((p) => p.counts);
    expect(faults.every((c) => c.drop > 0 && c['twice-parallel'] > 0)).toBe(true);
  }, 600_000);

  it('see a new period and a revoked kiosk at once, without a restart', async () => {
    const direct = proxies.map((p) => p.url);
    for (const p of proxies) p.choose = () => ({ fault: 'pass' });
    const store = await openPostgresStore(db.url);
    try {
      // The office's survey and period are set when its kiosk first asks for them.
      const first = await fetch(`${direct[0]}${KIOSK_CONFIG_PATH}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(first.status).toBe(200);
      const current = await store.findOfficeSurvey(OFFICE);
      if (!current) throw new Error('the kiosk has fetched its configuration');
      await store.setOfficeSurvey({ ...current, from: '2026-01-05', to: '2026-12-18' });
      for (const url of direct) {
        const res = await fetch(`${url}${KIOSK_CONFIG_PATH}`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        expect(await res.json()).toMatchObject({
          period: { from: '2026-01-05', to: '2026-12-18' },
        });
      }
      const [kiosk] = await store.listKiosks();
      await store.revokeKiosk(kiosk?.id ?? 0);
      for (const url of direct) {
        const res = await fetch(
          `${url}${BATCHES_PATH}`,
          batchRequest(token, makeBatch(version, 1)),
        );
        expect(res.status).toBe(401);
      }
    } finally {
      await store.close();
    }
  });
});
