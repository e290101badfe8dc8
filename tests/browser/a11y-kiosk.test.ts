import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { loadUiTexts } from '../../src/kiosk/i18n/index.ts';
import { LANGUAGES, type Language } from '../../src/shared/localized-text.ts';
import {
  axeViolations,
  breakDatabase,
  breakOffice,
  chooseLanguage,
  closeSheetWithEscape,
  installSpeechStandIn,
  startIn,
  tapOption,
  WELCOME_FACE,
} from './a11y-steps.ts';
import { describeBrowser, launchBrowser, serveDist, useServerAndBrowser } from './harness.ts';
import { putSettings } from './staff-steps.ts';

/**
 * axe-core (WCAG 2.2 A and AA) on every kiosk screen in every shipped language: welcome (with
 * every language as a button, and with the compact menu at a larger size), each question type
 * the survey has (single choice, scale, yes/partly/no, an optional question with "Skip", free
 * text), "Vorlesen" (a stand-in voice: headless Chromium has none), the language sheet, the idle
 * warning, thank-you, apology, restart and the closed screen. One page per pass; languages and
 * screens change inside it.
 */
describeBrowser('accessibility: axe on every screen in every language', () => {
  const world = useServerAndBrowser(serveDist, launchBrowser);

  async function open(query: string): Promise<Page> {
    const context = await world.browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
      locale: 'de-DE',
    });
    // A German voice only: German shows "Vorlesen", the others its disabled form and the note.
    await context.addInitScript(installSpeechStandIn);
    const page = await context.newPage();
    // No fades to wait for before each check (axeViolations would wait for them anyway).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${world.server.url}?confirmMs=0&${query}`);
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
      await page.locator('.text-size__option--large').click();
      await check(`${lang} welcome, large text, language menu`);
      await page.locator(WELCOME_FACE).first().click();
      await page.locator('.message--more').waitFor();
      await check(`${lang} offer of more questions`);
      await page.locator('.message--more .button--primary').click();
      await page.locator('.question').waitFor();
      await check(`${lang} single choice`);
      await page.locator('.lang-toggle').click();
      await page.getByRole('dialog').waitFor();
      await check(`${lang} language sheet`);
      await closeSheetWithEscape(page);
      for (let i = 0; i < 6; i++) await tapOption(page); // reason, arrangement, four scales
      await check(`${lang} yes/partly/no`);
      for (let i = 0; i < 3; i++) await tapOption(page); // resolved, rooms, with children: yes
      // The play corner: a scale, and optional, so it has "Skip".
      await check(`${lang} optional scale, with Skip`);
      for (let i = 0; i < 2; i++) await tapOption(page); // play corner, opening hours
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
    const page = await open('idleMs=2000&countdownMs=60000');
    const found: Record<string, string[]> = {};
    for (const lang of LANGUAGES) {
      await startIn(page, lang);
      await page.getByRole('alertdialog').waitFor();
      const violations = await axeViolations(page);
      if (violations.length > 0) found[lang] = violations;
      // One tap dismisses it; then back to the welcome screen for the next language.
      await page.getByRole('alertdialog').getByRole('button').click();
      // Back from the first question is the offer of more; a reload starts afresh.
      await page.locator('.navbar .button--secondary').click();
      await page.locator('.message--more').waitFor();
      await page.reload();
      await page.locator('.welcome').waitFor();
    }
    expect(found).toEqual({});
  });

  it('the apology after a failed write, and the restart screen', async () => {
    const page = await open('');
    const found: Record<string, string[]> = {};
    const check = async (lang: string, screen: string) => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const violations = await axeViolations(page);
      if (violations.length > 0) found[`${lang} ${screen}`] = violations;
    };
    // The welcome's face is the first write: a refused or failed one meets the citizen there.
    const answerAll = async (lang: Language) => {
      await chooseLanguage(page, lang);
      await page.locator(WELCOME_FACE).first().click();
    };
    const reload = async () => {
      await page.reload();
      await page.locator('.welcome').waitFor();
    };
    // An answer set the schema refuses: the apology, and back to the start.
    await page.evaluate(breakOffice);
    await reload();
    for (const lang of LANGUAGES) {
      await answerAll(lang);
      await page.getByRole('alert').waitFor();
      await check(lang, 'apology');
      await page.locator('.message .button--huge').click();
      await page.locator('.welcome').waitFor();
    }
    // The database upgraded past the app while a citizen answers: only a restart helps, said
    // in the citizen's language. A fresh database for each.
    for (const lang of LANGUAGES) {
      await page.evaluate(() => void indexedDB.deleteDatabase('urne'));
      await reload();
      await page.evaluate(breakDatabase);
      await answerAll(lang);
      const { restartTitle } = await loadUiTexts(lang);
      await page.getByRole('heading', { name: restartTitle }).waitFor();
      await check(lang, 'restart');
    }
    expect(found).toEqual({});
  });

  it('the closed screen, with its language and text size controls', async () => {
    const page = await open('');
    await putSettings(page, { paused: true });
    await page.reload();
    await page.locator('.closed .message__title').waitFor();
    const found: Record<string, string[]> = {};
    for (const lang of LANGUAGES) {
      await page.locator('.text-size__option--normal').click();
      await chooseLanguage(page, lang);
      let violations = await axeViolations(page);
      if (violations.length > 0) found[lang] = violations;
      await page.locator('.text-size__option--xlarge').click();
      await page.locator('.closed .lang-toggle').waitFor();
      violations = await axeViolations(page);
      if (violations.length > 0) found[`${lang} largest text`] = violations;
    }
    expect(found).toEqual({});
  });
});
