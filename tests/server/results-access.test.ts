import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../src/server/auth/sessions.ts';
import { precompressDir } from '../../src/server/precompress.ts';
import { ADMIN_NAME } from '../accounts.ts';
import { openTestApp, type TestApp } from './fixtures.ts';
import { login, PASSWORD, prepareEvaluation } from './results-fixtures.ts';

let t: TestApp;
let wave: number;
beforeEach(async () => {
  t = await openTestApp();
  wave = await prepareEvaluation(t);
});
afterEach(() => t.close());

/** A built results page, with the compressed copies the build writes beside it. */
async function fakeDist(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'urne-results-dist-'));
  const head = '<meta name="description" content="Ergebnisse der Kundenbefragung">'.repeat(20);
  await writeFile(join(dir, 'results.html'), `<!doctype html>${head}<div id="results"></div>`);
  await precompressDir(dir);
  return dir;
}

const protectedRoutes = () => [
  '/api/v1/evaluator/session',
  '/api/v1/results/options',
  `/api/v1/results/summary?wave=${wave}`,
  `/api/v1/results/export?wave=${wave}&format=csv`,
  `/api/v1/results/export?wave=${wave}&format=json`,
];

const loginRequest = (password: string, headers: Record<string, string> = {}) =>
  t.app.request('/api/v1/evaluator/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ name: ADMIN_NAME, password }),
  });

describe('evaluator access', () => {
  it('every results and export route answers 401 JSON without a login, also for a kiosk token', async () => {
    for (const path of protectedRoutes()) {
      const attempts: Record<string, string>[] = [
        {},
        { Authorization: `Bearer ${t.token}` },
        { Cookie: 'urne_evaluator=forged' },
      ];
      for (const headers of attempts) {
        const res = await t.app.request(path, { headers });
        expect(res.status, path).toBe(401);
        expect(res.headers.get('Content-Type')).toContain('application/json');
        expect(await res.json()).toEqual({ error: expect.any(String) });
      }
    }
  });

  it('every route the app registers under /api/v1/results answers 401 without a login', async () => {
    const handlers = t.app.routes.filter(
      (r) => r.path.startsWith('/api/v1/results/') && r.method !== 'ALL' && !r.path.includes('*'),
    );
    // The walk must find the routes it is meant to guard (and any added later).
    const paths = handlers.map((r) => r.path);
    for (const known of ['options', 'summary', 'export']) {
      expect(paths).toContain(`/api/v1/results/${known}`);
    }
    for (const route of handlers) {
      const path = route.path.replace(/:[A-Za-z_]+/g, 'x');
      const attempts: Record<string, string>[] = [{}, { Authorization: `Bearer ${t.token}` }];
      for (const headers of attempts) {
        const res = await t.app.request(`${path}?wave=${wave}&format=csv`, {
          method: route.method,
          headers,
        });
        expect(res.status, `${route.method} ${path}`).toBe(401);
      }
    }
    // And a path under it that no route knows: 401 first, not a 404 that confirms the prefix.
    const unknown = await t.app.request('/api/v1/results/whatever');
    expect(unknown.status).toBe(401);
  });

  it('a wrong password is 401; the right one sets an HttpOnly, SameSite=Strict session cookie', async () => {
    expect((await loginRequest('wrong password, sorry')).status).toBe(401);
    const res = await loginRequest(PASSWORD);
    expect(res.status).toBe(204);
    const cookie = res.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^urne_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    const session = cookie.split(';')[0] ?? '';
    for (const path of protectedRoutes()) {
      const r = await t.app.request(path, { headers: { Cookie: session } });
      expect(r.status, path).not.toBe(401);
    }
    // Only a hash of the session id is stored.
    const dump = JSON.stringify(await t.sql('SELECT * FROM sessions'));
    const hash = JSON.stringify((await t.sql('SELECT password_hash FROM accounts'))[0]);
    expect(dump).not.toContain(session.split('=')[1]);
    expect(dump).toMatch(/"session_hash":"[0-9a-f]{64}"/);
    expect(hash).toMatch(/scrypt\$32768\$8\$3\$/);
    expect(hash).not.toContain(PASSWORD);
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    const res = await loginRequest(PASSWORD, { 'X-Forwarded-Proto': 'https' });
    expect(res.headers.get('Set-Cookie')).toContain('Secure');
  });

  it('logout ends the session on the server, not just in the browser', async () => {
    const cookie = await login(t);
    const out = await t.app.request('/api/v1/evaluator/logout', {
      method: 'POST',
      headers: { Cookie: cookie },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('Set-Cookie')).toMatch(/urne_session=;.*Max-Age=0/);
    const res = await t.app.request('/api/v1/results/options', { headers: { Cookie: cookie } });
    expect(res.status).toBe(401);
  });

  it('a session ends after 8 hours', async () => {
    const store = t.store;
    const [admin] = await store.listAccounts();
    const old = await startSession(store, admin?.id ?? 0, Date.now() - 9 * 3600_000);
    const res = await t.app.request('/api/v1/results/options', {
      headers: { Cookie: `urne_session=${old}` },
    });
    expect(res.status).toBe(401);
  });

  it('slows down a client that guesses: after 3 wrong tries, 429 with Retry-After', async () => {
    // All at once: each try counts as wrong from its start, so they cannot slip past scrypt.
    const guesses = Array.from({ length: 10 }, (_, i) => loginRequest(`guess number ${i}`));
    const answers = await Promise.all(guesses);
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    const refused = answers.find((r) => r.status === 429);
    expect(Number(refused?.headers.get('Retry-After'))).toBeGreaterThan(0);
    // A wait, never a lock-out: once it has passed (1 s after the 4th wrong try, here already
    // spent in scrypt), the right password gets in.
    await new Promise((r) => setTimeout(r, 1100));
    expect((await loginRequest(PASSWORD)).status).toBe(204);
  });

  it('without a build, /results says so (404) instead of serving the kiosk', async () => {
    const res = await t.app.request('/results');
    expect(res.status).toBe(404);
  });

  it('serves the built results page to anyone (it holds no data), never cached or framed', async () => {
    const dist = await fakeDist();
    const built = await openTestApp({ distDir: dist });
    try {
      const res = await built.app.request('/results');
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="results">');
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('Content-Encoding')).toBeNull();
      expect(res.headers.get('Vary')).toBe('Accept-Encoding');

      // Compressed like the kiosk's files, with the same protective headers.
      const br = await built.app.request('/results', { headers: { 'Accept-Encoding': 'br' } });
      expect(br.headers.get('Content-Encoding')).toBe('br');
      expect(br.headers.get('X-Frame-Options')).toBe('DENY');
      const html = brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8');
      expect(html).toContain('<div id="results">');
      // One address: the file itself is not served beside it.
      for (const encoding of ['', 'br', 'gzip']) {
        const copy = await built.app.request('/results.html', {
          headers: { 'Accept-Encoding': encoding },
        });
        expect(copy.status).toBe(404);
        expect(await copy.text()).not.toContain('<div id="results">');
      }
    } finally {
      await built.close();
      await rm(dist, { recursive: true, force: true });
    }
  });
});
