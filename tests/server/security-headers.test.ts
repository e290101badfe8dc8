import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../src/server/precompress.ts';
import { openTestApp, type TestApp } from './fixtures.ts';

let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'urne-headers-dist-'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><div id="app"></div>');
  await writeFile(join(dist, 'results.html'), '<!doctype html><div id="results"></div>');
  await writeFile(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await precompressDir(dist);
  t = await openTestApp({ distDir: dist });
});
afterAll(async () => {
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

describe('security headers', () => {
  const paths = [
    '/',
    '/index.html',
    '/sw.js',
    '/results',
    '/results.html',
    '/api/v1/health',
    '/api/v1/results/options', // 401
    '/api/v1/no-such-thing', // 404 from the error handler
  ];
  it.each(paths)(
    '%s carries CSP without inline script, no framing, nosniff, no referrer',
    async (path) => {
      const res = await t.app.request(path);
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(res.headers.get('Permissions-Policy')).toContain('camera=()');
    },
  );
});
