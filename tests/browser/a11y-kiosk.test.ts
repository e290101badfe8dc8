import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/shared/localized-text.ts';
import { axeViolations, breakOffice, chooseLanguage, start, tapOption } from './a11y-steps.ts';
import { describeBrowser, launchBrowser, serveDist } from './harness.ts';

/**
 * axe-core (WCAG 2.2 A and AA) on every kiosk screen in every shipped language: welcome, each
 * question type the survey has (single choice, scale, yes/partly/no, free text), the language
 * sheet, the idle warning, thank-you and apology (and the German-only restart screen). One page
 * per pass; languages and screens change inside it.
 */
describeBrowser('accessibility: axe on every screen in every language', () => {
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(query: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
      locale: 'de-DE',
    });
    const page = await context.newPage();
    // No fades to wait for before each check (axeViolations would wait for them anyway).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}?confirmMs=0&${query}`);
    await page.locator('.welcome').waitFor();
    return page;
  }

  it('welcome, questions, language sheet and thank-you', async () => {
    const page = await open('thankYouMs=1000');
    const found: Record<string, string[]> = {};
    const check = async (screen: string) => {
      const violations = await axeViolations(page);
      if (violations.length > 0) found[screen] = violations;
    };
    for (const lang of LANGUAGES) {
      await chooseLanguage(page, lang);
      await check(`${lang} welcome`);
      await start(page);
      await check(`${lang} single choice`);
      await page.locator('.lang-toggle').click();
      await page.getByRole('dialog').waitFor();
      await check(`${lang} language sheet`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await tapOption(page); // reason
      await tapOption(page); // arrangement
      await check(`${lang} scale`);
      for (let i = 0; i < 4; i++) await tapOption(page); // four scales
      await check(`${lang} yes/partly/no`);
      // resolved, rooms, with children: yes, play corner, opening hours, overall
      for (let i = 0; i < 6; i++) await tapOption(page);
      await page.getByRole('textbox').fill('Mehr Sitzplätze');
      await check(`${lang} free text`);
      await page.locator('.button--send').click();
      await page.locator('.message--thanks').waitFor();
      await check(`${lang} thank-you`);
      await page.locator('.welcome').waitFor();
    }
    expect(found).toEqual({});
  });

  it('the idle warning', async () => {
    const page = await open('idleMs=500&countdownMs=60000');
    const found: Record<string, string[]> = {};
    for (const lang of LANGUAGES) {
      await chooseLanguage(page, lang);
      await start(page);
      await page.getByRole('alertdialog').waitFor();
      const violations = await axeViolations(page);
      if (violations.length > 0) found[lang] = violations;
      // One tap dismisses it; then back to the welcome screen for the next language.
      await page.getByRole('alertdialog').getByRole('button').click();
      await page.locator('.navbar .button--secondary').click();
      await page.locator('.welcome').waitFor();
    }
    expect(found).toEqual({});
  });

  it('the apology after a failed write, and the restart screen', async () => {
    const page = await open('');
    await page.evaluate(breakOffice);
    await page.reload();
    const found: Record<string, string[]> = {};
    for (const lang of LANGUAGES) {
      await chooseLanguage(page, lang);
      await start(page);
      for (let i = 0; i < 11; i++) await tapOption(page, 1);
      await page.locator('.button--send').click();
      await page.getByRole('alert').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const violations = await axeViolations(page);
      if (violations.length > 0) found[lang] = violations;
      await page.locator('.message .button--huge').click();
      await page.locator('.welcome').waitFor();
    }
    // The database upgraded past the app: only a restart helps (shown in German).
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('urne', 99);
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
        }),
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Bitte starten Sie die App neu' }).waitFor();
    const restart = await axeViolations(page);
    if (restart.length > 0) found.restart = restart;
    expect(found).toEqual({});
  });
});
