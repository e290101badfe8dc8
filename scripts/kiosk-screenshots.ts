// Screenshots of the kiosk's screens for docs/screenshots (German and Arabic, portrait and
// landscape, normal and largest text): `npm run build && node --import tsx scripts/kiosk-screenshots.ts`
// (`SHOTS_LANGS=de,tr,ar` for other languages, `SHOTS_DIR` for another folder).
// Pictures to look at in review, not a test: the browser tests measure what must hold.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import type { Language } from '../src/shared/localized-text.ts';
import { startIn, tapOption } from '../tests/browser/a11y-steps.ts';
import { enterPin, longPressCorner } from '../tests/browser/staff-steps.ts';

const OUT = process.env.SHOTS_DIR ?? 'docs/screenshots';
const VIEWPORTS = { P: { width: 768, height: 1024 }, L: { width: 1280, height: 800 } };
/** A tablet's on-screen keyboard leaves about this much of the screen. */
const KEYBOARD_UP = { P: { width: 768, height: 600 }, L: { width: 1280, height: 400 } };

const server = await preview({
  configFile: false,
  logLevel: 'silent',
  build: { outDir: 'dist' },
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const url = `http://127.0.0.1:${address.port}/?confirmMs=0&idleMs=600000`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
mkdirSync(OUT, { recursive: true });
const only = process.argv[2];

try {
  // SHOTS_LANGS=de,tr,ar for other languages than the README's two.
  const langs = (process.env.SHOTS_LANGS?.split(',') ?? ['de', 'ar']) as Language[];
  for (const lang of only === 'staff' ? [] : langs) {
    for (const [o, viewport] of Object.entries(VIEWPORTS) as ['P' | 'L', typeof VIEWPORTS.P][]) {
      for (const largest of [false, true]) {
        const name = (screen: string) =>
          join(OUT, `kiosk-${lang}-${o}-${largest ? 'xl' : 'normal'}-${screen}.png`);
        const page = await browser.newPage({ viewport, locale: 'de-DE' });
        // tsx keeps function names with a helper the page does not have.
        await page.addInitScript('window.__name = (f) => f');
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(url);
        await page.locator('.welcome').waitFor();
        const shot = async (screen: string) => {
          if (!only || screen.includes(only)) await page.screenshot({ path: name(screen) });
        };
        await page.locator(`.lang-switch__option[lang="${lang}"]`).click();
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        if (largest) await page.locator('.text-size__option--xlarge').click();
        await shot('welcome');
        // The welcome's face, stored at once; then the offer of the other questions.
        await page.locator('.welcome [role="radio"]').nth(1).click();
        await page.locator('.message--more').waitFor();
        await shot('welcome-more');
        await page.locator('.message--more .button--primary').click();
        await page.locator('.question').waitFor();
        await shot('q01-choice');
        await tapOption(page);
        await tapOption(page);
        await shot('q03-scale');
        while ((await page.locator('textarea').count()) === 0) await tapOption(page);
        await typeRemark(page);
        await shot('q13-text');
        await page.setViewportSize(KEYBOARD_UP[o]);
        await page.locator('textarea').focus();
        await shot('q13-keyboard');
        await page.close();
      }
    }
  }
  // The staff panel (German and English, its two languages) with one answer waiting, so the
  // reset dialog shows its exception; the IT details and the set-up opened.
  for (const [o, viewport] of Object.entries(VIEWPORTS)) {
    if (only && !'staff'.includes(only)) break;
    const page = await browser.newPage({ viewport, locale: 'de-DE' });
    await page.addInitScript('window.__name = (f) => f');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${url}&longPressMs=600`);
    await page.locator('.welcome').waitFor();
    await startIn(page, 'de');
    while ((await page.locator('textarea').count()) === 0) await tapOption(page);
    await page.locator('.button--send').click();
    await page.locator('.welcome').waitFor({ timeout: 15_000 });
    await longPressCorner(page, 600);
    await enterPin(page, '2468');
    await enterPin(page, '2468');
    await page.locator('.staff__summary').waitFor();
    await page.screenshot({ path: join(OUT, `staff-de-${o}-panel.png`), fullPage: true });
    for (const summary of await page.locator('.staff__more > summary').all()) await summary.click();
    await page.screenshot({ path: join(OUT, `staff-de-${o}-details.png`), fullPage: true });
    await page.getByRole('button', { name: 'English' }).click();
    await page.screenshot({ path: join(OUT, `staff-en-${o}-details.png`), fullPage: true });
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('button', { name: 'Gerät zurücksetzen' }).click();
    await page.locator('.staff__override').waitFor();
    await page.screenshot({ path: join(OUT, `staff-de-${o}-reset.png`), fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

async function typeRemark(page: Page): Promise<void> {
  await page.locator('textarea').fill('Mehr Sitzplätze im Wartebereich, bitte.');
}
