import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './fixtures.ts';

// /editor is served like /results: one address, never cached or framed, and without a build a
// plain 404 rather than the kiosk's page under the editor's name.
let dist: string;
let built: TestApp;
beforeEach(async () => {
  dist = await mkdtemp(join(tmpdir(), 'urne-editor-dist-'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><div id="app"></div>');
  await writeFile(join(dist, 'editor.html'), '<!doctype html><div id="editor"></div>');
  built = await openTestApp({ distDir: dist });
});
afterEach(async () => {
  await built.close();
  await rm(dist, { recursive: true, force: true });
});

describe('the editor page', () => {
  it('is served at /editor to anyone (it holds no data), never cached or framed', async () => {
    const res = await built.app.request('/editor');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="editor">');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  });

  it('has one address: /editor.html is 404', async () => {
    const copy = await built.app.request('/editor.html');
    expect(copy.status).toBe(404);
    expect(await copy.text()).not.toContain('<div id="editor">');
  });

  it('without a build, /editor says so (404)', async () => {
    const bare = await openTestApp();
    try {
      const res = await bare.app.request('/editor');
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('nicht gebaut');
    } finally {
      await bare.close();
    }
  });
});
