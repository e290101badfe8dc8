import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { readBrand } from '../../src/server/brand-config.ts';
import { startServer } from '../../src/server/node.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { KIOSK_CONFIG_PATH } from '../../src/shared/enrollment-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { axeViolations, chooseLanguage, start, tapOption } from './a11y-steps.ts';
import {
  DIST_DIR,
  describeBrowser,
  launchBrowser,
  launchKioskBrowser,
  serveDist,
  useServerAndBrowser,
} from './harness.ts';
import { putSettings, welcome } from './staff-steps.ts';

/** The Lünen example of docs/install.md, with its placeholder logo. */
const LUENEN = {
  URNE_BRAND_CITY: 'Stadt Lünen',
  URNE_BRAND_LOGO: new URL('../../docs/example/luenen-logo.svg', import.meta.url).pathname,
  URNE_BRAND_PRIMARY: '#b1001c',
  URNE_BRAND_ACCENT: '#005a8c',
};
const OFFICE = 'Bürgerbüro Lünen';

/** The real endpoint with IT's brand set, serving the built kiosk. */
async function startBrandedEndpoint() {
  const dir = await mkdtemp(join(tmpdir(), 'urne-brand-'));
  const server = await startServer({
    dbPath: join(dir, 'urne.db'),
    distDir: DIST_DIR,
    brand: readBrand(LUENEN),
  });
  return {
    ...server,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Logo (decoded, named by the city), office name, and the colours on the root and the city. */
async function expectBrand(page: Page): Promise<void> {
  const logo = page.getByRole('img', { name: 'Stadt Lünen' });
  await logo.waitFor();
  await expect
    .poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  expect(await page.locator('.brand__office').textContent()).toBe(OFFICE);
  const colours = await page.evaluate(() => ({
    primary: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    city: getComputedStyle(document.querySelector('.brand__city') as Element).color,
  }));
  expect(colours).toEqual({ primary: '#b1001c', city: 'rgb(0, 90, 140)' });
}

describeBrowser('the office identity on the kiosk', () => {
  const world = useServerAndBrowser(startBrandedEndpoint, launchKioskBrowser);
  it('shows the city, logo and colours IT set, also after an offline reload', async () => {
    const page = await world.browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${world.server.url}/?confirmMs=0&thankYouMs=1000`);
    await welcome(page);
    // Without a configuration the kiosk keeps its neutral look: no header, no colours set.
    expect(await page.locator('.brand').count()).toBe(0);
    // The configuration exactly as the endpoint hands it to this office's kiosks.
    const token = await world.server.addKiosk(OFFICE);
    const res = await fetch(`${world.server.url}${KIOSK_CONFIG_PATH}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const configuration = await res.json();
    expect(configuration.brand.city).toBe('Stadt Lünen');
    await putSettings(page, { configuration });
    // Offline needs the service worker: ready, and in control of the page after this reload.
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.reload();
    await welcome(page);
    await expectBrand(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await world.browser.context.setOffline(true);
    try {
      const reloaded = await page.reload();
      expect(reloaded?.fromServiceWorker()).toBe(true);
      await welcome(page);
      await expectBrand(page);
    } finally {
      await world.browser.context.setOffline(false);
    }
  });
});

/** A configuration as the endpoint hands it out, with the Lünen brand, open from yesterday on. */
async function brandedConfiguration() {
  const survey = loadSurvey(buergerbueroSurvey);
  const day = (offset: number) => dayOf(new Date(Date.now() + offset * 86_400_000));
  return {
    office: OFFICE,
    survey,
    surveyVersion: await surveyVersion(survey),
    period: { from: day(-1), to: day(30) },
    brand: readBrand(LUENEN),
  };
}

describeBrowser('the office identity and axe', () => {
  const world = useServerAndBrowser(serveDist, launchBrowser);

  it('axe finds nothing on the branded screens, in German and Arabic', async () => {
    const context = await world.browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
      locale: 'de-DE',
    });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${world.server.url}?confirmMs=0&thankYouMs=1000`);
    await welcome(page);
    await putSettings(page, { configuration: await brandedConfiguration() });
    await page.reload();
    await welcome(page);
    const found: Record<string, string[]> = {};
    const check = async (screen: string) => {
      const violations = await axeViolations(page);
      if (violations.length > 0) found[screen] = violations;
    };
    for (const lang of ['de', 'ar'] as const) {
      await chooseLanguage(page, lang);
      await page.locator('.brand__logo').waitFor();
      await check(`${lang} welcome`);
      await start(page);
      await check(`${lang} single choice`);
      await tapOption(page);
      await tapOption(page);
      await check(`${lang} scale`);
      await page.getByRole('radio').first().click();
      await check(`${lang} scale, chosen`);
      while ((await page.locator('textarea').count()) === 0) await tapOption(page);
      await page.locator('.button--send').click();
      await page.locator('.message--thanks .brand__logo').waitFor();
      await check(`${lang} thank-you`);
      await page.locator('.welcome').waitFor();
    }
    await putSettings(page, { paused: true });
    await page.reload();
    await page.locator('.closed .brand__logo').waitFor();
    await check('closed');
    expect(found).toEqual({});
  });
});
