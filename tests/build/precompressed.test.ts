import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPRESSIBLE_FILE } from '../../src/server/precompress.ts';
import { DIST, firstLoadFiles, listDist, requireBuild } from './built-app.ts';

const read = (file: string) => readFileSync(join(DIST, file));

describe('compressed copies in the build', () => {
  let files: string[];
  beforeAll(() => {
    requireBuild();
    files = listDist().filter((file) => !file.startsWith('.vite/'));
  });

  it('has a .br and a .gz of the same bytes beside every text file it compresses', () => {
    const text = files.filter((file) => COMPRESSIBLE_FILE.test(file));
    expect(text).toEqual(expect.arrayContaining(['index.html', 'sw.js', 'manifest.webmanifest']));
    for (const file of text) {
      const original = read(file);
      const br = join(DIST, `${file}.br`);
      const gz = join(DIST, `${file}.gz`);
      // Only a file too small to gain from it may go without (a few dozen bytes).
      if (original.length > 200) expect(existsSync(br) && existsSync(gz), file).toBe(true);
      // Buffer.equals: toEqual compares byte by byte through the matcher, seconds for the build.
      if (existsSync(br))
        expect(brotliDecompressSync(read(`${file}.br`)).equals(original), file).toBe(true);
      if (existsSync(gz)) expect(gunzipSync(read(`${file}.gz`)).equals(original), file).toBe(true);
    }
  });

  it('compresses sw.js after the precache list went in, and leaves PNGs alone', () => {
    // A copy made before vite-plugin-pwa wrote sw.js would differ from it (or be missing).
    expect(brotliDecompressSync(read('sw.js.br')).equals(read('sw.js'))).toBe(true);
    const compressed = files.filter((file) => /\.(?:br|gz)$/.test(file));
    expect(compressed.filter((file) => !COMPRESSIBLE_FILE.test(file.slice(0, -3)))).toEqual([]);
  });

  it('sends the kiosk start (index.html, its JS and CSS) as brotli in under a third', () => {
    const start = ['index.html', ...firstLoadFiles()];
    const size = (file: string) => read(file).length;
    const identity = start.reduce((sum, file) => sum + size(file), 0);
    const br = start.reduce((sum, file) => sum + size(`${file}.br`), 0);
    console.log(
      `Kiosk start over the wire: ${(identity / 1000).toFixed(2)} kB uncompressed, ` +
        `${(br / 1000).toFixed(2)} kB brotli (${start.length} files).`,
    );
    expect(br).toBeLessThan(identity / 3);
  });
});
