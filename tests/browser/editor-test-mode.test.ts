import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../src/server/enrollment-configuration.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { ADMIN_NAME, addTestAccount } from '../accounts.ts';
import { COMPLETE_ANSWERS } from '../utils.ts';
import { axeViolations } from './a11y-steps.ts';
import { openEditorAs } from './editor-steps.ts';
import {
  describeBrowser,
  type Endpoint,
  type KioskBrowser,
  launchBrowser,
  launchKioskBrowser,
  startEndpoint,
} from './harness.ts';
import { QUICK_ROUNDS } from './kiosk-steps.ts';

// Issue 14, point 5 in a real Chromium against the real endpoint and SQLite: an admin adds a
// question to the draft and starts a test on a kiosk; the kiosk (its own browser, real service
// worker and IndexedDB) takes the draft at rest, shows the test banner on every screen and the
// new question; the tapped set lands in the test store, never in the results; the admin deletes
// it and ends the test, and the kiosk is back on the published survey without the banner.
const SHOTS = process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : tmpdir();
const PASSWORD = 'editor-2026-admin';
const OFFICE = 'Bürgerbüro Lünen';
const NEW_TITLE = 'Hat Ihr Kind die Spielecke genutzt?';
const BANNER = 'Testbetrieb – Antworten werden nicht gezählt';
const REAL_SETS = 5;
const today = dayOf(new Date());

describeBrowser('a draft on trial on a kiosk (real endpoint, two real Chromiums)', () => {
  let server: Endpoint;
  let browser: Browser;
  let kioskBrowser: KioskBrowser;
  let wave = 0;

  beforeAll(async () => {
    server = await startEndpoint(async (dbPath) => {
      const store = openSqliteStore(dbPath);
      try {
        const version = await seedDefaultSurvey(store);
        await addTestAccount(store, PASSWORD);
        wave = (
          await store.addWave({
            surveyId: buergerbueroSurvey.id,
            name: 'Test',
            from: today,
            to: addDays(today, 27),
            sealed: false,
          })
        ).id;
        // Five real answers, so the summary shows its n (fewer are withheld).
        await store.saveBatch({
          batchId: randomUUID(),
          surveyId: buergerbueroSurvey.id,
          surveyVersion: version,
          office: OFFICE,
          answerSets: Array.from({ length: REAL_SETS }, () => ({
            surveyId: buergerbueroSurvey.id,
            surveyVersion: version,
            office: OFFICE,
            day: today,
            answers: COMPLETE_ANSWERS,
          })),
        });
      } finally {
        await store.close();
      }
    });
    browser = await launchBrowser();
    kioskBrowser = await launchKioskBrowser();
  });
  afterAll(async () => {
    await kioskBrowser?.close();
    await browser?.close();
    await server?.close();
  });

  const count = (table: string) => {
    const db = new Database(server.dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  async function openEditor(): Promise<Page> {
    const page = await openEditorAs(browser, server.url, { name: ADMIN_NAME, password: PASSWORD });
    await page.waitForSelector('[data-editor-ready]');
    page.on('dialog', (dialog) => void dialog.accept());
    return page;
  }

  const summaryN = (page: Page) =>
    page.evaluate(async (w) => {
      const res = await fetch(`/api/v1/results/summary?wave=${w}`, { credentials: 'same-origin' });
      return ((await res.json()) as { n?: number }).n;
    }, wave);

  it('runs, counts nothing, deletes and ends', async () => {
    // The kiosk, provisioned by link, syncing every second or so.
    const token = await server.addKiosk(OFFICE);
    const kiosk = await kioskBrowser.context.newPage();
    await kiosk.goto(
      `${server.url}/?${QUICK_ROUNDS}&thankYouMs=800&confirmMs=0&minSurveyMs=0&token=${encodeURIComponent(token)}`,
    );
    await kiosk.locator('.welcome').waitFor();
    await kiosk.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    expect(await kiosk.locator('.test-banner').count()).toBe(0);

    // The admin adds a question (not saved yet: starting the test saves it first).
    const editor = await openEditor();
    await editor.getByLabel('Art der neuen Frage').selectOption('yesno');
    await editor.getByRole('button', { name: 'Frage hinzufügen' }).click();
    const added = editor.locator('li.question').last();
    await added.getByLabel('Frage (Deutsch)').fill(NEW_TITLE);
    const testPart = editor.locator('section.test-run');
    await testPart.getByLabel('Kiosk').selectOption({ label: `Kiosk 1 – ${OFFICE}` });
    await testPart.getByRole('button', { name: 'Auf einem Kiosk testen' }).click();
    await testPart.getByText(`Kiosk 1 (${OFFICE}) testet Fassung`).waitFor();
    await testPart.getByRole('heading', { name: '0 Testantworten' }).waitFor();

    // The kiosk takes the draft at its next round while it rests: the banner shows.
    const banner = kiosk.locator('.test-banner');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toBe(BANNER);
    await kiosk.screenshot({ path: join(SHOTS, 'kiosk-test-mode.png') });
    await kiosk.getByRole('button', { name: 'العربية', exact: true }).click();
    await kiosk.waitForFunction(() => document.documentElement.dir === 'rtl');
    await kiosk.screenshot({ path: join(SHOTS, 'kiosk-test-mode-arabic.png') });
    await kiosk.getByRole('button', { name: 'Deutsch', exact: true }).click();
    await kiosk.waitForFunction(() => document.documentElement.lang === 'de');

    // One survey tapped through: the banner on every screen, the new question among them.
    await kiosk.getByRole('radio', { name: 'zufrieden', exact: true }).click();
    await kiosk.getByRole('button', { name: 'Weiter', exact: true }).click();
    const titles: string[] = [];
    for (let step = 0; step < 20; step++) {
      const title = kiosk.locator('#question-title');
      await title.waitFor();
      const text = (await title.textContent()) ?? '';
      titles.push(text);
      if (text === NEW_TITLE)
        await kiosk.screenshot({ path: join(SHOTS, 'kiosk-test-mode-question.png') });
      expect(await banner.isVisible(), text).toBe(true);
      // The first answer on every screen (the free text left empty); Send on the last.
      const radio = kiosk.locator('.question__body [role="radio"]').first();
      const send = kiosk.getByRole('button', { name: 'Absenden' });
      if ((await radio.count()) > 0) await radio.click({ force: true });
      if ((await send.count()) > 0) {
        await send.click();
        break;
      }
      if ((await radio.count()) === 0) {
        await kiosk.getByRole('button', { name: /^(Weiter|Überspringen)$/ }).click();
      }
      await kiosk.waitForFunction(
        (before) => document.querySelector('#question-title')?.textContent !== before,
        text,
        { timeout: 10_000 },
      );
    }
    expect(titles).toContain(NEW_TITLE);
    await kiosk.getByText('Vielen Dank!').waitFor();
    expect(await banner.isVisible()).toBe(true);

    // On the server: in the test store only; the results still count the five real sets.
    await expect.poll(() => count('test_answer_sets'), { timeout: 30_000 }).toBe(1);
    expect(count('answer_sets')).toBe(REAL_SETS);
    expect(await summaryN(editor)).toBe(REAL_SETS);

    // The admin sees it, and deletes it.
    await testPart.getByRole('button', { name: 'Aktualisieren' }).click();
    await testPart.getByRole('heading', { name: '1 Testantwort' }).waitFor();
    await testPart.scrollIntoViewIfNeeded();
    await testPart.screenshot({ path: join(SHOTS, 'editor-test-run.png') });
    expect(await axeViolations(editor)).toEqual([]);
    await testPart.getByRole('button', { name: 'Testantworten löschen' }).click();
    await testPart.getByRole('heading', { name: '0 Testantworten' }).waitFor();
    expect(count('test_answer_sets')).toBe(0);
    expect(count('answer_sets')).toBe(REAL_SETS);

    // "Test beenden": the kiosk returns to the published survey, banner gone.
    await testPart.getByRole('button', { name: 'Test beenden' }).click();
    await testPart.getByText('testet Fassung').waitFor({ state: 'detached' });
    await kiosk.locator('.welcome').waitFor();
    await banner.waitFor({ state: 'detached', timeout: 30_000 });
    await kiosk.getByRole('radio', { name: 'zufrieden', exact: true }).click();
    await kiosk.getByRole('button', { name: 'Weiter', exact: true }).click();
    const first = (await kiosk.locator('#question-title').textContent()) ?? '';
    expect(first).not.toBe(NEW_TITLE);
    expect(await kiosk.locator('.test-banner').count()).toBe(0);
  });
});
