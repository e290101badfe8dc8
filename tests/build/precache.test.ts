import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  filesReferencedByIndexHtml,
  firstLoadFiles,
  lazyImportsOfEntry,
  listDist,
  type PrecacheEntry,
  pngSize,
  precacheEntries,
  readDist,
  requireBuild,
} from './built-app.ts';

/** The first-load budget from the issue: 38 kB of gzip (kB = 1000 bytes, as Vite prints it). */
const FIRST_LOAD_BUDGET_BYTES = 38_000;

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

describe('built app', () => {
  let sw: string;
  let precached: PrecacheEntry[];
  let urls: string[];
  let webManifest: Record<string, unknown> & { icons: ManifestIcon[] };
  beforeAll(() => {
    requireBuild();
    sw = readDist('sw.js');
    precached = precacheEntries(sw);
    urls = precached.map((entry) => entry.url);
    webManifest = JSON.parse(readDist('manifest.webmanifest'));
  });

  it('sw.js is a classic script (no import/export), as a classic registration needs', () => {
    expect(sw).not.toContain('self.__WB_MANIFEST');
    // Compiling as a Script (not a Module) is a SyntaxError on any top-level import/export.
    expect(() => new Script(sw, { filename: 'sw.js' })).not.toThrow();
    // import() would compile, but service workers refuse it at run time.
    expect(sw).not.toMatch(/\bimport\s*\(/);
  });

  // The evaluators' results page (results.html, assets/results-*) is built by the same config
  // but is no part of the kiosk: it must never be cached on a tablet.
  const isResultsPage = (file: string) =>
    file === 'results.html' || file.startsWith('assets/results-');
  // Nor the admins' questionnaire editor (editor.html, assets/editor-*).
  const isEditorPage = (file: string) =>
    file === 'editor.html' || file.startsWith('assets/editor-');

  it('precaches index.html, the web manifest and every JS and CSS file of the kiosk', () => {
    const assets = listDist().filter(
      (file) =>
        /\.(?:js|css)$/.test(file) &&
        file !== 'sw.js' &&
        !file.startsWith('.vite/') &&
        !isResultsPage(file) &&
        !isEditorPage(file),
    );
    expect(assets.length).toBeGreaterThan(0);
    expect(urls).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', ...assets]));
  });

  it('precaches nothing of the results page', () => {
    expect(listDist().filter(isResultsPage).length).toBeGreaterThan(0);
    expect(urls.filter(isResultsPage)).toEqual([]);
  });

  it('precaches nothing of the questionnaire editor', () => {
    expect(listDist().filter(isEditorPage).length).toBeGreaterThan(0);
    expect(urls.filter(isEditorPage)).toEqual([]);
  });

  it('precaches only files that exist, each once', () => {
    const files = new Set(listDist());
    for (const url of urls) expect(files, `precached ${url} is not in the build`).toContain(url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  // The build writes a .br and .gz beside each text file for the server (precompressed.test.ts);
  // the worker fetches each file by its own name and the browser decodes what the server sends.
  it('precaches no compressed copies (.br, .gz)', () => {
    expect(listDist().some((file) => file.endsWith('.br'))).toBe(true);
    expect(urls.filter((url) => /\.(?:br|gz)$/.test(url))).toEqual([]);
  });

  it('precaches the manifest icons, the apple-touch icon and the favicon', () => {
    const icons = webManifest.icons.map((icon) => icon.src);
    expect(icons.length).toBeGreaterThanOrEqual(3);
    expect(urls).toEqual(
      expect.arrayContaining([...icons, 'icons/apple-touch-icon-180.png', 'icons/favicon-32.png']),
    );
  });

  it('manifest icons are real PNGs of the declared size: 192, 512 and a maskable 512', () => {
    for (const icon of webManifest.icons) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(icon.type).toBe('image/png');
      expect(pngSize(icon.src), icon.src).toEqual({ width, height });
    }
    const sizes = (purpose: string) =>
      webManifest.icons.filter((i) => (i.purpose ?? 'any').split(' ').includes(purpose));
    expect(sizes('any').map((i) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    expect(sizes('maskable').map((i) => i.sizes)).toContain('512x512');
    expect(pngSize('icons/apple-touch-icon-180.png')).toEqual({ width: 180, height: 180 });
  });

  it('web manifest has the fields an installable German kiosk needs', () => {
    expect(webManifest).toMatchObject({
      name: expect.any(String),
      short_name: expect.any(String),
      description: expect.any(String),
      lang: 'de',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'fullscreen',
      display_override: ['fullscreen', 'standalone'],
      orientation: 'any',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    expect(readDist('index.html')).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
  });

  // The budget counts what every start fetches: the entry, its CSS and its static imports. That
  // is only the whole start if nothing is `import()`ed unconditionally at start (lockdown and
  // update-when-idle once were, uncounted). So every lazy chunk must be one of these, each
  // loaded only on demand: another language, the language sheet, read-aloud (and its speech for
  // the thank-you, once a citizen has switched it on), the closed
  // screen, enrollment (a one-time link or staff's setup), the staff mode and the HPKE
  // sealing of a sealed wave (loaded only when the configuration names a key), the survey built
  // into the app (run only until the tablet has a configuration), a provisioning link's
  // `?token=` reader (opened once per tablet), the idle dialog ("Sind Sie noch da?", after a
  // minute untouched) and the survey translator (with the first language other than German).
  const ON_DEMAND = [
    /^src\/survey\/translations\//,
    /^src\/kiosk\/i18n\/[a-z-]+\.ts$/,
    /^src\/kiosk\/components\/(?:LanguageSheet|ReadAloud|IdleDialog)\.tsx$/,
    // The welcome's compact language switch, shown only at a larger text size (a chunk shared
    // with the question screens, hence Vite's name for it).
    /^_LanguageMenu-[\w-]+\.js$/,
    /^src\/survey\/translate-survey\.ts$/,
    // The same, as a chunk shared with staff mode's list of languages falling back to German.
    /^_translate-survey-[\w-]+\.js$/,
    /^src\/kiosk\/speech\.ts$/,
    /^src\/kiosk\/screens\/ClosedScreen\.tsx$/,
    // After a storage failure only: the apology and the restart notice.
    /^src\/kiosk\/screens\/MessageScreenBody\.tsx$/,
    // Only when IT set a brand (like the sealing below, named by the configuration): logo, city
    // and colours, which may appear a moment after the first paint.
    /^src\/kiosk\/components\/OfficeBrandHeader\.tsx$/,
    // Only while the configuration names a test run (a draft on trial, issue 14): the banner.
    /^src\/kiosk\/test-mode\/test-mode\.tsx$/,
    // After the welcome's first answer (or its start button): the question screens.
    /^src\/kiosk\/screens\/after-welcome\.ts$/,
    /^src\/store\/open-answer-set\.ts$/,
    // Staff mode's reads of the store (status, backup, reset).
    /^src\/store\/backup\.ts$/,
    /^_enroll-[\w-]+\.js$/,
    /^src\/sync\/enroll\.ts$/,
    /^src\/staff\/(?:setup-enroll\.ts|StaffMode\.tsx)$/,
    /^src\/shared\/sealed\/envelope\.ts$/,
    /^src\/shared\/survey\/buergerbuero-survey\.ts$/,
    /^src\/sync\/settings-from-url\.ts$/,
    // Only at /preview, the kiosk framed by the questionnaire editor: never on a tablet.
    /^src\/kiosk\/preview\/start-preview\.tsx$/,
  ];

  it('loads lazily only what a start may not need (so the budget below sees the whole start)', () => {
    const lazy = lazyImportsOfEntry();
    expect(lazy.length).toBeGreaterThan(0);
    expect(lazy.filter((key) => !ON_DEMAND.some((pattern) => pattern.test(key)))).toEqual([]);
  });

  it(`first-load JS+CSS stays within ${FIRST_LOAD_BUDGET_BYTES / 1000} kB gzip`, () => {
    const files = firstLoadFiles();
    // index.html and the Vite manifest must agree, or the budget would measure the wrong files.
    expect(files).toEqual(expect.arrayContaining(filesReferencedByIndexHtml()));
    const gzip = (file: string) => gzipSync(Buffer.from(readDist(file)), { level: 9 }).length;
    const sizes = files.map((file) => ({ file, gzip: gzip(file) }));
    const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
    const list = sizes.map((size) => `${size.file} ${(size.gzip / 1000).toFixed(2)} kB`);
    const firstLoad = new Set(files);
    const lazy = listDist().filter(
      (file) =>
        /^assets\/.*\.(?:js|css)$/.test(file) && !firstLoad.has(file) && !isResultsPage(file),
    );
    const lazyTotal = lazy.reduce((sum, file) => sum + gzip(file), 0);
    console.log(
      `First-load JS+CSS (every start): ${(total / 1000).toFixed(2)} kB gzip (budget ` +
        `${FIRST_LOAD_BUDGET_BYTES / 1000} kB): ${list.join(', ')}. On demand only, not ` +
        `counted: ${lazy.length} files, ${(lazyTotal / 1000).toFixed(2)} kB gzip.`,
    );
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });
});
