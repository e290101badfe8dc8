import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/node.ts';
import { precompressDir } from '../../src/server/precompress.ts';
import { makeTempDir, openTestApp, type TestApp } from './fixtures.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dist: string;
let t: TestApp;

// Big enough to compress well, like the real bundle (x-abc123.js is too small to gain from it).
const APP_JS = "export const greet = (name) => 'Guten Tag, ' + name + '!';\n".repeat(200);
const INDEX_HTML = `<!doctype html><title>Urne</title>${'<p>Bitte bewerten Sie uns.</p>'.repeat(50)}`;
const SW_JS = `self.addEventListener("fetch", () => {});${'/* precache */'.repeat(100)}`;
const IMMUTABLE = 'public, max-age=31536000, immutable';

beforeAll(async () => {
  temp = await makeTempDir();
  dist = join(temp.dir, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await mkdir(join(dist, 'icons'), { recursive: true });
  await writeFile(join(dist, 'index.html'), INDEX_HTML);
  await writeFile(join(dist, 'sw.js'), SW_JS);
  await writeFile(join(dist, 'manifest.webmanifest'), '{"name":"Urne"}');
  await writeFile(join(dist, 'assets', 'x-abc123.js'), 'console.log(1);');
  await writeFile(join(dist, 'assets', 'app-def456.js'), APP_JS);
  // Not a real PNG, but compressible: only the file name may keep it from being compressed.
  await writeFile(join(dist, 'icons', 'icon-192.png'), 'PNG'.repeat(500));
  // Left from an earlier build, beside a file now too small to compress: must go, not be served.
  await writeFile(join(dist, 'assets', 'x-abc123.js.br'), 'stale');
  await precompressDir(dist);
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
    expect(await res.text()).toBe(INDEX_HTML);
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

const get = (path: string, acceptEncoding?: string, init: RequestInit = {}) =>
  t.app.request(path, {
    ...init,
    headers: { ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}), ...init.headers },
  });

describe('compressed files from the build', () => {
  it('writes .br and .gz beside text files only where smaller, never beside PNGs', async () => {
    for (const file of ['index.html', 'sw.js', 'assets/app-def456.js']) {
      const original = await readFile(join(dist, file), 'utf8');
      const br = brotliDecompressSync(await readFile(join(dist, `${file}.br`)));
      expect(br.toString()).toBe(original);
      expect(gunzipSync(await readFile(join(dist, `${file}.gz`))).toString()).toBe(original);
    }
    // 'console.log(1);' compresses to more than its 15 bytes.
    expect(existsSync(join(dist, 'assets', 'x-abc123.js.br'))).toBe(false);
    expect(existsSync(join(dist, 'icons', 'icon-192.png.br'))).toBe(false);
  });

  it('sends br when accepted, else gzip, else the file itself, and always says Vary', async () => {
    const cases = [
      ['br, gzip', 'br'],
      ['gzip, deflate, br, zstd', 'br'], // what Chrome sends
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'], // br refused: never sent
      ['deflate', null],
      [undefined, null],
    ] as const;
    for (const [accept, encoding] of cases) {
      const res = await get('/assets/app-def456.js', accept);
      expect(res.status, String(accept)).toBe(200);
      expect(res.headers.get('Content-Encoding'), String(accept)).toBe(encoding);
      expect(res.headers.get('Vary'), String(accept)).toBe('Accept-Encoding');
      expect(res.headers.get('Content-Type')).toMatch(/javascript/);
      expect(res.headers.get('Cache-Control')).toBe(IMMUTABLE);
      const body = Buffer.from(await res.arrayBuffer());
      expect(res.headers.get('Content-Length')).toBe(String(body.length));
      const decoded =
        encoding === 'br'
          ? brotliDecompressSync(body)
          : encoding === 'gzip'
            ? gunzipSync(body)
            : body;
      expect(decoded.toString()).toBe(APP_JS);
      if (encoding) expect(body.length).toBeLessThan(APP_JS.length / 5);
    }
  });

  it('compresses index.html, also as /, and sw.js, both still revalidated', async () => {
    for (const path of ['/', '/index.html', '/sw.js']) {
      const res = await get(path, 'br, gzip');
      expect(res.headers.get('Content-Encoding'), path).toBe('br');
      expect(res.headers.get('Vary'), path).toBe('Accept-Encoding');
      expect(res.headers.get('Cache-Control'), path).toBe('no-cache');
      const text = brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString();
      expect(text, path).toBe(path === '/sw.js' ? SW_JS : INDEX_HTML);
    }
  });

  it('sends files without a smaller variant as they are: tiny scripts, PNGs', async () => {
    const tiny = await get('/assets/x-abc123.js', 'br, gzip');
    expect(tiny.headers.get('Content-Encoding')).toBeNull();
    expect(await tiny.text()).toBe('console.log(1);');
    const png = await get('/icons/icon-192.png', 'br, gzip');
    expect(png.headers.get('Content-Type')).toBe('image/png');
    expect(png.headers.get('Content-Encoding')).toBeNull();
    expect(png.headers.get('Vary')).toBeNull();
    expect(await png.text()).toBe('PNG'.repeat(500));
  });

  it('answers HEAD with the headers of the GET it stands for', async () => {
    const br = (await readFile(join(dist, 'assets', 'app-def456.js.br'))).length;
    const head = await get('/assets/app-def456.js', 'br, gzip', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Encoding')).toBe('br');
    expect(head.headers.get('Content-Length')).toBe(String(br));
    expect(head.headers.get('Cache-Control')).toBe(IMMUTABLE);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const plain = await get('/assets/app-def456.js', undefined, { method: 'HEAD' });
    expect(plain.headers.get('Content-Length')).toBe(String(APP_JS.length));
  });

  it('answers a range of the bytes it sends: the compressed file, or the file itself', async () => {
    const brBytes = await readFile(join(dist, 'assets', 'app-def456.js.br'));
    const range = { headers: { Range: 'bytes=0-9' } };
    const br = await get('/assets/app-def456.js', 'br', range);
    expect(br.status).toBe(206);
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Content-Range')).toBe(`bytes 0-9/${brBytes.length}`);
    expect(br.headers.get('Cache-Control')).toBe(IMMUTABLE);
    expect(Buffer.from(await br.arrayBuffer())).toEqual(brBytes.subarray(0, 10));
    // Chrome asks for media ranges with this header: identity only.
    const plain = await get('/assets/app-def456.js', 'identity;q=1, *;q=0', range);
    expect(plain.status).toBe(206);
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(plain.headers.get('Content-Range')).toBe(`bytes 0-9/${APP_JS.length}`);
    expect(await plain.text()).toBe(APP_JS.slice(0, 10));
  });

  it('serves a .br asked for by name as plain bytes, not as a second encoding', async () => {
    const res = await get('/assets/app-def456.js.br', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer())).toEqual(
      await readFile(join(dist, 'assets', 'app-def456.js.br')),
    );
  });

  it('sends the same bytes and lengths over a real socket', async () => {
    const server: RunningServer = await startServer({ dbPath: ':memory:', distDir: dist });
    try {
      const brBytes = await readFile(join(dist, 'assets', 'app-def456.js.br'));
      const get = await rawRequest(`${server.url}/assets/app-def456.js`, 'GET', 'br, gzip');
      expect(get.headers['content-encoding']).toBe('br');
      expect(get.headers['content-length']).toBe(String(brBytes.length));
      expect(get.headers.vary).toBe('Accept-Encoding');
      expect(get.body).toEqual(brBytes);
      const head = await rawRequest(`${server.url}/`, 'HEAD', 'gzip');
      expect(head.headers['content-encoding']).toBe('gzip');
      expect(head.headers['content-length']).toBe(
        String((await readFile(join(dist, 'index.html.gz'))).length),
      );
      expect(head.body.length).toBe(0);
      const plain = await rawRequest(`${server.url}/sw.js`, 'GET');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(SW_JS);
    } finally {
      await server.close();
    }
  });
});

/**
 * node:http, because fetch would decode the body and hide what went over the wire. One connection
 * per request (no agent): a kept-alive socket can still look busy to the server when the client
 * has read the last byte of a file, and then holds server.close() open for seconds.
 */
function rawRequest(
  url: string,
  method: string,
  acceptEncoding?: string,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
