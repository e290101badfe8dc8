import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompressDir } from './src/server/precompress.ts';

// The theme blue: also index.html's theme-color and the icons' background (scripts/make-icons.ts).
const THEME_BLUE = '#1d4f91';

// The app version staff see in the status panel (src/staff/app-version.ts).
const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Writes .br and .gz beside the text files of dist/, which the server sends to browsers that
 * accept them (src/server/static-files.ts). It runs last, after vite-plugin-pwa has written
 * sw.js, so the worker is compressed too; the precache globs (*.js, *.css, *.html) never match
 * a .br or .gz, so the worker fetches each file once, by its own name.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'urne:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler(error) {
        if (error) return; // a failed build leaves nothing worth serving
        const { files, identity, br, gzip } = await precompressDir(outDir);
        const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
        this.environment.logger.info(
          `precompressed ${files} files: ${kB(identity)} → br ${kB(br)}, gzip ${kB(gzip)}`,
        );
      },
    },
  };
}

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      // We register the worker ourselves (src/pwa/register.ts) with workbox-window.
      injectRegister: false,
      injectManifest: {
        // A classic registration of an ES-module worker fails ("ServiceWorker script evaluation failed").
        rollupFormat: 'iife',
        // The app shell is the whole build: what Vite emits, plus (below) the public icons and
        // the web manifest, which the plugin adds itself (globbing them here would list them twice).
        globPatterns: ['**/*.{js,css,html}'],
        // The evaluators' results page and the admins' questionnaire editor (results.html,
        // editor.html, assets/results-*, assets/editor-*) are not part of the kiosk.
        globIgnores: ['results.html', 'assets/results-*', 'editor.html', 'assets/editor-*'],
      },
      // The apple-touch icon and favicon are not in the manifest; precache them too.
      includeAssets: ['icons/*.png'],
      manifest: {
        name: 'Urne – Kundenbefragung',
        short_name: 'Urne',
        description:
          'Anonyme Zufriedenheitsbefragung im Bürgerbüro – läuft auf dem Tablet, auch ohne Netz.',
        lang: 'de',
        dir: 'ltr',
        // A fixed id: the installed app stays the same app even if start_url ever changes.
        id: '/',
        start_url: '/',
        scope: '/',
        // Fullscreen where the platform allows it, otherwise standalone (never browser chrome).
        display: 'fullscreen',
        display_override: ['fullscreen', 'standalone'],
        // Tablets stand in portrait or landscape; the kiosk layout handles both.
        orientation: 'any',
        theme_color: THEME_BLUE,
        // Matches the kiosk's light page, so the splash screen does not flash on start.
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
    precompress(),
  ],
  resolve: {
    alias: {
      // workbox-window's package points bundlers at its ES5 build (2.3 kB gzip, regenerator
      // included); the same code as ES2015+ is 1.4 kB. The kiosk targets es2022 anyway.
      'workbox-window': 'workbox-window/build/workbox-window.prod.mjs',
    },
  },
  // manifest: .vite/manifest.json maps index.html to its chunks; tests/build reads it for the size budget.
  build: {
    target: 'es2022',
    modulePreload: {
      polyfill: false,
      // The editor's preview chunk (src/kiosk/preview/) needs nothing preloaded: its one import,
      // the shared runtime, is loaded already, and it brings its styles inline. Listing its files
      // in the entry anyway would cost the kiosk's first load bytes for a page it never shows.
      resolveDependencies: (file, deps) => (file.includes('start-preview') ? [] : deps),
    },
    manifest: true,
    // Three pages: the kiosk (index.html), the evaluators' results page (results.html, served
    // at /results) and the admins' questionnaire editor (editor.html, at /editor). Each entry's
    // name prefixes its files (assets/results-*, assets/editor-*), which the precache leaves out.
    rollupOptions: {
      input: { index: 'index.html', results: 'results.html', editor: 'editor.html' },
    },
  },
});
