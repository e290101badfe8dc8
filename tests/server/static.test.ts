import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, openTestApp, type TestApp } from './fixtures.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let t: TestApp;

beforeAll(async () => {
  temp = await makeTempDir();
  const dist = join(temp.dir, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Urne</title>');
  await writeFile(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(dist, 'manifest.webmanifest'), '{"name":"Urne"}');
  await writeFile(join(dist, 'assets', 'x-abc123.js'), 'console.log(1);');
  t = await openTestApp({ distDir: dist });
});
afterAll(async () => {
  await t.close();
  await temp.remove();
});

describe('serving the built kiosk', () => {
  it('serves / as index.html, never cached without revalidation', async () => {
    const res = await t.app.request('/?token=abc');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>Urne</title>');
    expect((await t.app.request('/index.html')).headers.get('Cache-Control')).toBe('no-cache');
  });

  it('serves sw.js with no-cache, so a tablet always sees a new service worker', async () => {
    const res = await t.app.request('/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('serves hashed assets as immutable for a year', async () => {
    const res = await t.app.request('/assets/x-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log(1);');
  });

  it('serves the web app manifest with its content type', async () => {
    const res = await t.app.request('/manifest.webmanifest');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/manifest\+json/);
  });

  it('answers 404 for missing files without caching headers, and never leaves dist', async () => {
    const missing = await t.app.request('/assets/gone-000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Cache-Control')).toBeNull();
    expect((await t.app.request('/../urne.db')).status).toBe(404);
    expect((await t.app.request('/%2e%2e/urne.db')).status).toBe(404);
  });

  it('keeps the API apart: health is JSON and not cached', async () => {
    const res = await t.app.request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok', uploads: 'ok' });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const unknown = await t.app.request('/api/v1/nothing');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toHaveProperty('error');
  });
});
