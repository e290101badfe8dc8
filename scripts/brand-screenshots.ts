// Screenshots of the office's look (the Lünen example of docs/install.md), the document names in
// Turkish and Arabic and the restart notice, for docs/screenshots:
// `npm run build && node --import tsx scripts/brand-screenshots.ts`. Pictures to look at in
// review, not a test: tests/browser/brand-kiosk.test.ts measures what must hold.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { readBrand } from '../src/server/brand-config.ts';
import { dayOf } from '../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../src/shared/survey/load-survey.ts';
import { surveyVersion } from '../src/shared/survey/survey-version.ts';
import { breakDatabase, startIn, tapOption } from '../tests/browser/a11y-steps.ts';
import { putSettings } from '../tests/browser/staff-steps.ts';

const OUT = process.env.SHOTS_DIR ?? 'docs/screenshots';
const VIEWPORTS = { P: { width: 768, height: 1024 }, L: { width: 1280, height: 800 } };

const survey = loadSurvey(buergerbueroSurvey);
const day = (offset: number) => dayOf(new Date(Date.now() + offset * 86_400_000));
const configuration = {
  office: 'Bürgerbüro Lünen',
  survey,
  surveyVersion: await surveyVersion(survey),
  period: { from: day(-1), to: day(30) },
  brand: readBrand({
    URNE_BRAND_CITY: 'Stadt Lünen',
    URNE_BRAND_LOGO: 'docs/example/luenen-logo.svg',
    URNE_BRAND_PRIMARY: '#b1001c',
    URNE_BRAND_ACCENT: '#005a8c',
  }),
};

const server = await preview({
  configFile: false,
  logLevel: 'silent',
  build: { outDir: 'dist' },
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const url = `http://127.0.0.1:${address.port}/?confirmMs=0&idleMs=600000&thankYouMs=600000`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
mkdirSync(OUT, { recursive: true });

async function open(o: keyof typeof VIEWPORTS): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORTS[o], locale: 'de-DE' });
  await page.addInitScript('window.__name = (f) => f');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  await page.locator('.welcome').waitFor();
  await putSettings(page, { configuration });
  await page.reload();
  await page.locator('.welcome .brand__logo').waitFor();
  return page;
}

try {
  for (const o of ['P', 'L'] as const) {
    for (const lang of ['de', 'ar'] as const) {
      const page = await open(o);
      if (lang !== 'de') {
        await page.locator(`.lang-switch__option[lang="${lang}"]`).click();
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      }
      await page.screenshot({ path: join(OUT, `kiosk-brand-${lang}-${o}-welcome.png`) });
      await page.close();
    }
    for (const lang of ['tr', 'ar'] as const) {
      const page = await open(o);
      await startIn(page, lang);
      await page.screenshot({ path: join(OUT, `kiosk-documents-${lang}-${o}.png`) });
      await page.close();
    }
  }
  // The thank-you with the header, and the restart notice (German and Arabic, portrait).
  for (const lang of ['de', 'ar'] as const) {
    const page = await open('P');
    await startIn(page, lang);
    while ((await page.locator('textarea').count()) === 0) await tapOption(page);
    await page.locator('.button--send').click();
    await page.locator('.message--thanks .brand__logo').waitFor();
    await page.screenshot({ path: join(OUT, `kiosk-brand-${lang}-P-thanks.png`) });
    await page.reload();
    await page.locator('.welcome').waitFor();
    await page.evaluate(breakDatabase);
    await startIn(page, lang);
    while ((await page.locator('textarea').count()) === 0) await tapOption(page);
    await page.locator('.button--send').click();
    await page.locator('.message:not(.message--thanks) .message__title').waitFor();
    await page.screenshot({ path: join(OUT, `kiosk-restart-${lang}-P.png`) });
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
