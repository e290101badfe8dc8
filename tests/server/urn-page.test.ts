import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../src/server/node.ts';
import type { ServerStore } from '../../src/server/store/server-store.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { ADMIN_NAME, addTestAccount } from '../accounts.ts';
import { countAnswerSets, makeTempDir, OFFICE } from './fixtures.ts';
import { PASSWORD } from './results-fixtures.ts';
import { distinctSets, putEnvelopes, type SealedTestWave, sealedWave } from './urn-fixtures.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dbPath: string;
let store: ServerStore;
let server: RunningServer;
let wave: SealedTestWave;
let running: SealedTestWave;
let cookie: string;

beforeAll(async () => {
  temp = await makeTempDir();
  dbPath = join(temp.dir, 'urne.db');
  store = openSqliteStore(dbPath);
  const version = await seedDefaultSurvey(store);
  await addTestAccount(store, PASSWORD);
  wave = await sealedWave(store); // ended in July 2026
  running = await sealedWave(store, { name: 'laufend', from: '2026-01-01', to: '2099-12-31' });
  await putEnvelopes(dbPath, wave, distinctSets(version, 9, [OFFICE]));
  server = await listen(store, { dbPath, port: 0 });
  const res = await fetch(`${server.url}/api/v1/evaluator/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: ADMIN_NAME, password: PASSWORD }),
  });
  cookie = (res.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
});
afterAll(async () => {
  await server.close();
  await temp.remove();
});

const form = (shares: string[]) => {
  const body = new URLSearchParams();
  for (const s of shares) body.append('share', s);
  return body;
};
const post = (path: string, shares: string[], headers: Record<string, string> = {}) =>
  fetch(server.url + path, {
    method: 'POST',
    headers: { Origin: server.url, ...headers },
    body: form(shares),
  });
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(server.url + path, { headers });

describe('the opening page', () => {
  it('answers every page and the POST with 401 and a sentence without a login', async () => {
    for (const res of [
      await get('/results/urn'),
      await get(`/results/urn/${wave.id}`),
      await post(`/results/urn/${wave.id}`, wave.shares.slice(0, 2)),
      await get('/results/urn', { Cookie: 'urne_evaluator=forged' }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('Bitte melden Sie sich zuerst');
    }
    expect(countAnswerSets(dbPath)).toBe(0);
  });

  it('refuses a POST from another site even with the session cookie (CSRF)', async () => {
    for (const headers of [
      { Origin: 'https://evil.example' } as Record<string, string>,
      { 'Sec-Fetch-Site': 'cross-site' },
      { Origin: '' },
    ]) {
      const res = await post(`/results/urn/${wave.id}`, wave.shares.slice(0, 2), {
        Cookie: cookie,
        ...headers,
      });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('nichts wurde verändert');
    }
    expect(await store.findUrnOpening(wave.id)).toBeUndefined();
  });

  it('lists the sealed waves with their envelopes and state', async () => {
    const res = await get('/results/urn', { Cookie: cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).toMatch(new RegExp(`${wave.id} · 2026.*<td class="n">9</td><td>Beendet`));
    expect(html).toContain(`href="/results/urn/${wave.id}">Öffnen</a>`);
    expect(html).toContain('Läuft bis 31.12.2099');
    const early = await get(`/results/urn/${running.id}`, { Cookie: cookie });
    expect(early.status).toBe(409);
    expect(await early.text()).toContain('erst ab dem Tag danach');
  });

  it('shows the form, refuses one share with a German sentence, opens with two', async () => {
    const formPage = await (await get(`/results/urn/${wave.id}`, { Cookie: cookie })).text();
    expect(formPage.match(/<textarea/g)).toHaveLength(2);
    const one = await post(`/results/urn/${wave.id}`, [wave.shares[1] ?? '', ''], {
      Cookie: cookie,
    });
    expect(one.status).toBe(400);
    const refusal = await one.text();
    expect(refusal).toContain('Zum Öffnen braucht es 2 verschiedene Anteile, eingegeben wurde 1.');
    expect(refusal).not.toContain((wave.shares[1] ?? '').slice(0, 20)); // never echoed back
    expect(countAnswerSets(dbPath)).toBe(0);

    const res = await post(
      `/results/urn/${wave.id}`,
      [wave.shares[1] ?? '', wave.shares[2] ?? ''],
      {
        Cookie: cookie,
      },
    );
    expect(res.status).toBe(200);
    const record = await res.text();
    expect(record).toContain('Niederschrift über die Öffnung der Urne');
    expect(record).toContain('Die Urne ist geöffnet.');
    expect(record).toContain('id="print">Drucken</button>');
    expect(record).toMatch(/Umschläge eingegangen.*?<td class="n">9<\/td>/s);
    expect(record).toContain('Datenschutz');
    expect(countAnswerSets(dbPath)).toBe(9);

    // Later: the overview links the record, the wave's page shows it, a second POST is refused.
    const overview = await (await get('/results/urn', { Cookie: cookie })).text();
    expect(overview).toContain(`href="/results/urn/${wave.id}">Niederschrift</a>`);
    const later = await (await get(`/results/urn/${wave.id}`, { Cookie: cookie })).text();
    expect(later).toContain('Niederschrift über die Öffnung der Urne');
    const again = await post(`/results/urn/${wave.id}`, wave.shares.slice(0, 2), {
      Cookie: cookie,
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('wurde bereits geöffnet');
    expect(countAnswerSets(dbPath)).toBe(9);
  });

  it('answers an unknown wave with a sentence', async () => {
    const res = await get('/results/urn/999', { Cookie: cookie });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('keine verschlossene Urne');
  });
});
