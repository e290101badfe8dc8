import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../src/server/precompress.ts';
import { openTestApp, type TestApp } from './fixtures.ts';

// The editor frames the kiosk at /preview: that page, and no other, may be framed, and only by
// a page of the same origin.
let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'urne-preview-dist-'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><div id="app">kiosk</div>');
  await writeFile(join(dist, 'editor.html'), '<!doctype html><div id="editor"></div>');
  await precompressDir(dist);
  t = await openTestApp({ distDir: dist });
});
afterAll(async () => {
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

describe('the kiosk preview page', () => {
  it('is the kiosk page, framable by its own origin only', async () => {
    const res = await t.app.request('/preview');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('kiosk');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it.each(['/', '/index.html', '/editor', '/preview/other'])(
    'leaves %s unframable',
    async (path) => {
      const res = await t.app.request(path);
      expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    },
  );
});
