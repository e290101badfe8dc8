import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { LANGUAGES } from '../../src/shared/localized-text.ts';
import {
  breakDatabase,
  breakOffice,
  chooseLanguage,
  closeSheetWithEscape,
  fitProblems,
  installSpeechStandIn,
  start,
  startIn,
  tapOption,
  WELCOME_FACE,
} from './a11y-steps.ts';
import {
  describeBrowser,
  launchBrowser,
  launchKioskBrowser,
  serveDist,
  useServerAndBrowser,
} from './harness.ts';
import { putSettings } from './staff-steps.ts';

/** Where the README's screenshots go when URNE_UPDATE_SCREENSHOTS=1; otherwise a temporary folder. */
const SHOTS = process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : tmpdir();
const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1280, height: 800 };

describeBrowser('languages, text size and read aloud', () => {
  const world = useServerAndBrowser(serveDist, launchBrowser);

  async function open(query: string, init?: () => void): Promise<Page> {
    const context = await world.browser.newContext({ viewport: PORTRAIT, hasTouch: true });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${world.server.url}?confirmMs=0&${query}`);
    await page.locator('.welcome').waitFor();
    return page;
  }

  const root = (page: Page) =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      size: document.documentElement.dataset.textSize,
    }));

  it('language and text size reset to German and normal for the next citizen', async () => {
    const page = await open('thankYouMs=1000&idleMs=3000');
    await chooseLanguage(page, 'ar');
    await page.getByRole('button', { name: 'خط كبير جدًا' }).click();
    expect(await root(page)).toEqual({ lang: 'ar', dir: 'rtl', size: 'xlarge' });
    await start(page);
    expect(await page.locator('h1').textContent()).toBe('ما سبب زيارتك لنا اليوم؟');
    for (let i = 0; i < 10; i++) await tapOption(page, 1);
    await page.getByRole('button', { name: 'إرسال' }).click();
    await page.getByRole('heading', { name: 'شكرًا جزيلًا!' }).waitFor();
    await page
      .getByRole('heading', { name: 'Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?' })
      .waitFor();
    expect(await root(page)).toEqual({ lang: 'de', dir: 'ltr', size: 'normal' });
    expect(
      await page.getByRole('button', { name: 'Deutsch', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      await page.getByRole('button', { name: 'Normale Schrift' }).getAttribute('aria-pressed'),
    ).toBe('true');

    // Left on the welcome screen in Turkish at a large size: back to German and normal, quietly.
    await chooseLanguage(page, 'tr');
    await page.getByRole('button', { name: 'A Büyük yazı', exact: true }).click();
    expect(await root(page)).toEqual({ lang: 'tr', dir: 'ltr', size: 'large' });
    await page.waitForFunction(() => document.documentElement.lang === 'de', null, {
      timeout: 10_000,
    });
    expect(await root(page)).toEqual({ lang: 'de', dir: 'ltr', size: 'normal' });
  });

  it('every language fits 768×1024 and 1280×800 at the largest text size', async () => {
    const page = await open('');
    const problems: string[] = [];
    const check = async (where: string) => {
      for (const problem of await fitProblems(page)) problems.push(`${where}: ${problem}`);
    };
    for (const viewport of [PORTRAIT, LANDSCAPE]) {
      await page.setViewportSize(viewport);
      for (const lang of LANGUAGES) {
        const where = `${lang} ${viewport.width}×${viewport.height}`;
        await chooseLanguage(page, lang);
        await page.locator('.text-size__option--xlarge').click();
        await check(`${where} welcome`);
        // The compact language menu's sheet, opened from the welcome screen.
        await page.locator('.lang-toggle').click();
        await page.getByRole('dialog').waitFor();
        await check(`${where} language sheet`);
        await closeSheetWithEscape(page);
        await start(page);
        for (let i = 0; i < 11; i++) {
          await check(`${where} question ${i + 1}`);
          if (i < 10) await tapOption(page, 1);
        }
        await page.locator('.button--send').click();
        await page.locator('.message--thanks').waitFor();
        await check(`${where} thank-you`);
        // The next language starts from a fresh kiosk.
        await page.reload();
        await page.locator('.welcome').waitFor();
      }
    }
    expect(problems).toEqual([]);

    // The README's pictures: Arabic right to left, and German at the largest size.
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize(PORTRAIT);
    await chooseLanguage(page, 'ar');
    await start(page);
    await tapOption(page);
    await tapOption(page);
    await page.screenshot({ path: join(SHOTS, 'kiosk-arabic.png') });
    await page.locator('.text-size__option--xlarge').click();
    await chooseFromSheet(page, 'Deutsch');
    await page.screenshot({ path: join(SHOTS, 'kiosk-large-text.png') });
  });

  it('the idle warning, apology, restart and closed screens fit both screens at the largest text size', async () => {
    const problems: string[] = [];
    const check = async (page: Page, where: string) => {
      for (const viewport of [PORTRAIT, LANDSCAPE]) {
        await page.setViewportSize(viewport);
        for (const problem of await fitProblems(page)) {
          problems.push(`${where} ${viewport.width}×${viewport.height}: ${problem}`);
        }
      }
    };
    const idle = await open('idleMs=2000&countdownMs=60000');
    await startIn(idle, 'uk', true);
    await idle.getByRole('alertdialog').waitFor();
    await check(idle, 'idle warning');

    const page = await open('');
    await page.evaluate(breakOffice);
    await page.reload();
    await chooseLanguage(page, 'uk');
    await page.locator('.text-size__option--xlarge').click();
    // Refused at the first write: the welcome's face.
    await page.locator(WELCOME_FACE).first().click();
    await page.getByRole('alert').waitFor();
    await check(page, 'apology');
    // A database upgraded past the app: the restart screen comes while a citizen is here.
    await page.locator('.message .button--huge').click();
    await page.locator('.welcome').waitFor();
    await page.evaluate(breakDatabase);
    await page.locator(WELCOME_FACE).first().click();
    await page.locator('.message').waitFor();
    await check(page, 'restart');

    const closed = await open('');
    await putSettings(closed, { paused: true });
    await closed.reload();
    await chooseLanguage(closed, 'uk');
    await closed.locator('.text-size__option--xlarge').click();
    await check(closed, 'closed');
    expect(problems).toEqual([]);
  });

  it('"Vorlesen": absent without voices, reads the question where a voice exists, never in the way', async () => {
    // Headless Chromium has no voices: no button, answering as usual.
    const silent = await open('');
    await start(silent);
    expect(await silent.locator('.read-aloud').count()).toBe(0);
    await tapOption(silent);
    expect(await silent.locator('.read-aloud').count()).toBe(0);

    // A stand-in speech engine with a German voice only (Chromium here cannot speak at all).
    const page = await open('', installSpeechStandIn);
    await start(page);
    const button = page.getByRole('button', { name: 'Vorlesen', exact: true });
    await button.click();
    expect(await spoken(page)).toEqual([
      {
        text:
          'Weshalb waren Sie heute bei uns? Personalausweis. Reisepass. An- oder Ummeldung der ' +
          'Wohnung. Führungszeugnis. Beglaubigung von Kopien. Etwas anderes.',
        lang: 'de-DE',
      },
    ]);
    await page.getByRole('button', { name: 'Vorlesen beenden' }).waitFor();
    // Answering while it speaks: speech stops, and read-aloud stays on: the next question is
    // read by itself, "teils/teils" as words.
    const cancelsBefore = await page.evaluate(() => window.__speech.cancels);
    await tapOption(page);
    await expect
      .poll(() => page.evaluate(() => window.__speech.cancels))
      .toBeGreaterThan(cancelsBefore);
    await expect.poll(async () => (await spoken(page)).length).toBe(2);
    await tapOption(page);
    await expect
      .poll(async () => (await spoken(page)).at(-1)?.text)
      .toBe(
        'Wie zufrieden waren Sie mit der Wartezeit? sehr zufrieden. zufrieden. teils, teils. ' +
          'unzufrieden. sehr unzufrieden.',
      );
    expect(await spoken(page)).toHaveLength(3);
    // Off again with one tap: the next question stays silent.
    await page.getByRole('button', { name: 'Vorlesen beenden' }).click();
    await page.getByRole('button', { name: 'Vorlesen', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Zurück' }).click();
    await page.getByRole('heading', { name: 'Wie kam Ihr Besuch zustande?' }).waitFor();
    expect(await spoken(page)).toHaveLength(3);

    // Leichte Sprache is German: the German voice reads it. Turkish has no voice here.
    await chooseFromSheet(page, 'Leichte Sprache');
    expect(await page.getByRole('button', { name: 'Vorlesen', exact: true }).isEnabled()).toBe(
      true,
    );
    await chooseFromSheet(page, 'Türkçe');
    const disabled = page.getByRole('button', { name: 'Sesli oku' });
    expect(await disabled.isDisabled()).toBe(true);
    expect(await page.getByText('Bu cihaz bu dilde sesli okuma yapamıyor.').isVisible()).toBe(true);
    await tapOption(page);
    expect(await page.locator('h1').textContent()).toBe(
      'Bekleme süresinden ne kadar memnun kaldınız?',
    );

    // At the largest size "Vorlesen" is a speaker button in the toolbar, so it does not push the
    // answers down; a language without a voice shows none. The longest question's last option
    // is reached by scrolling the question, never the page.
    await page.locator('.text-size__option--xlarge').click();
    expect(await page.locator('.toolbar .read-aloud__button').count()).toBe(0);
    await chooseFromSheet(page, 'Deutsch');
    for (const title of ['Wie kam Ihr Besuch zustande?', 'Weshalb waren Sie heute bei uns?']) {
      await page.getByRole('button', { name: 'Zurück' }).click();
      await page.getByRole('heading', { name: title }).waitFor();
    }
    await page.locator('.toolbar').getByRole('button', { name: 'Vorlesen', exact: true }).waitFor();
    expect(await page.locator('.question__body .read-aloud').count()).toBe(0);
    const hidden = await page.evaluate(() => {
      const area = document.querySelector('.question__body') as HTMLElement;
      area.scrollTop = area.scrollHeight;
      const body = area.getBoundingClientRect();
      const last = [...document.querySelectorAll('[role="radio"]')].at(-1);
      const page = document.documentElement.scrollHeight > window.innerHeight;
      return { page, lastHidden: !last || last.getBoundingClientRect().bottom > body.bottom + 0.5 };
    });
    expect(hidden).toEqual({ page: false, lastHidden: false });
  });

  it('offline: a language never chosen before loads from the service worker cache', async () => {
    const kiosk = await launchKioskBrowser();
    try {
      const page = await kiosk.context.newPage();
      await page.goto(world.server.url);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await kiosk.context.setOffline(true);
      await page.reload();
      await chooseLanguage(page, 'tr');
      await page
        .getByRole('heading', { name: 'Genel olarak ziyaretinizden ne kadar memnunsunuz?' })
        .waitFor();
      await start(page);
      expect(await page.locator('h1').textContent()).toBe('Bugün bize hangi işiniz için geldiniz?');
      await chooseFromSheet(page, 'العربية');
      // The sheet closes at once; the language follows when its texts are read from the cache.
      await page.getByRole('heading', { name: 'ما سبب زيارتك لنا اليوم؟' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    } finally {
      await kiosk.close();
    }
  });
});

function spoken(page: Page): Promise<{ text: string; lang: string }[]> {
  return page.evaluate(() => window.__speech.spoken);
}

async function chooseFromSheet(page: Page, name: string): Promise<void> {
  await page.locator('.lang-toggle').click();
  await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}
