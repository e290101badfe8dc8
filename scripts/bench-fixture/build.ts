import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Builds the bare Preact page into `outDir` with a generated service worker (workbox's
 * generateSW, precaching the page and its chunks, navigations answered from the cache): the
 * same shape of offline start as the kiosk, with nothing of the kiosk in it.
 */
export async function buildBareFixture(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve(import.meta.dirname),
    logLevel: 'warn',
    plugins: [
      preact(),
      VitePWA({
        injectRegister: false,
        manifest: false,
        workbox: { globPatterns: ['**/*.{js,css,html}'], navigateFallback: 'index.html' },
      }),
    ],
    build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  });
}
