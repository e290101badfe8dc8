import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleAnswerSet, seededRandom } from '../../scripts/sample-answers.ts';
import { addDays } from '../../src/server/enrollment-configuration.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { ADMIN_NAME, addTestAccount } from '../accounts.ts';
import { batchOf } from '../server/fixtures.ts';
import { openEditorAs } from './editor-steps.ts';
import {
  describeBrowser,
  type Endpoint,
  type KioskBrowser,
  launchBrowser,
  launchKioskBrowser,
  startEndpoint,
} from './harness.ts';
import { QUICK_ROUNDS, readSetting, tapWelcomeFace } from './kiosk-steps.ts';

// Issue 14's whole journey in one run, everything real (endpoint, SQLite, two Chromiums, the
// kiosk with its service worker and IndexedDB): an admin starts from the template, adds a
// question shown only after "Nein" or "Teilweise", writes it in German and Arabic, looks at it
// in the preview in Arabic at the largest size, tries it on a kiosk in test mode (the test
// answer counts nowhere), rewords a question and publishes; the kiosk takes the new version
// while it rests, a citizen's set is stored under it, and the wave comparison marks the
// reworded question as not compared with last year's. On the way, the overall question gets
// its own scale labels (issue 14, point 1): editor, preview, kiosk in German and Arabic, results.
const PASSWORD = 'journey-2026-admin';
const OFFICE = 'Bürgerbüro Lünen';
const NEW_TITLE = 'Wissen Sie, wie es weitergeht?';
const NEW_ID = 'wissen_sie_wie_es_weitergeht';
const ARABIC = 'هل تعرف ما هي الخطوة التالية في طلبك؟';
const ROOMS = 'Wie gefallen Ihnen unsere Wartebereiche?';
const RESOLVED = 'Wurde Ihr Anliegen vollständig erledigt?';
const BANNER = 'Testbetrieb – Antworten werden nicht gezählt';
const today = dayOf(new Date());
const lastYear = addDays(today, -365);
const SHOTS = tmpdir();
/** Where the README's screenshots go when URNE_UPDATE_SCREENSHOTS=1; otherwise a temporary folder. */
const DOCS = process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : tmpdir();
// The overall question (the welcome's faces) in its own words, German and Arabic, 5 first.
const LEVELS = [
  ['Stufe 5 – beste', 'sehr gut', 'جيد جدًا'],
  ['Stufe 4', 'gut', 'جيد'],
  ['Stufe 3', 'es geht', 'مقبول'],
  ['Stufe 2', 'schlecht', 'سيئ'],
  ['Stufe 1 – schlechteste', 'sehr schlecht', 'سيئ جدًا'],
] as const;
const faceNames = (page: Page) =>
  page
    .locator('.welcome__faces [role="radio"]')
    .evaluateAll((faces) => faces.map((f) => f.textContent?.trim()));

describeBrowser('the questionnaire editor, from template to the wave comparison', () => {
  let server: Endpoint;
  let browser: Browser;
  let kioskBrowser: KioskBrowser;
  let thisWave = 0;

  beforeAll(async () => {
    server = await startEndpoint(async (dbPath) => {
      const store = openSqliteStore(dbPath);
      try {
        const version = await seedDefaultSurvey(store);
        await addTestAccount(store, PASSWORD);
        // Last year's wave, answered with the template, to compare with.
        await store.addWave({
          surveyId: buergerbueroSurvey.id,
          name: 'Vorjahr',
          from: lastYear,
          to: addDays(lastYear, 27),
          sealed: false,
        });
        const random = seededRandom(2026);
        await store.saveBatch(
          batchOf(
            Array.from({ length: 12 }, () => {
              const set = sampleAnswerSet(buergerbueroSurvey, version, OFFICE, lastYear, random);
              delete set.flagged;
              return set;
            }),
          ),
        );
        thisWave = (
          await store.addWave({
            surveyId: buergerbueroSurvey.id,
            name: 'Dieses Jahr',
            from: today,
            to: addDays(today, 27),
            sealed: false,
          })
        ).id;
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

  const rows = <T>(sql: string, ...params: unknown[]): T[] => {
    const db = new Database(server.dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  };
  const count = (table: string) => rows<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)[0]?.n;

  async function openEditor(): Promise<Page> {
    const page = await openEditorAs(
      browser,
      server.url,
      { name: ADMIN_NAME, password: PASSWORD },
      { width: 1440, height: 900 },
    );
    await page.waitForSelector('[data-editor-ready]');
    page.on('dialog', (dialog) => void dialog.accept());
    return page;
  }

  /**
   * A citizen after the face and "Weiter": "Nein" where asked whether the matter was settled
   * (so the new question follows), "Ja" on the new question, the first answer elsewhere, the
   * free text left empty, then Send. Returns the titles seen.
   */
  async function answerAll(kiosk: Page): Promise<string[]> {
    const titles: string[] = [];
    for (let step = 0; step < 20; step++) {
      const title = kiosk.locator('#question-title');
      await title.waitFor();
      const text = (await title.textContent()) ?? '';
      titles.push(text);
      const wanted = text === RESOLVED ? 'Nein' : text === NEW_TITLE ? 'Ja' : undefined;
      const radio = wanted
        ? kiosk.getByRole('radio', { name: wanted, exact: true })
        : kiosk.locator('.question__body [role="radio"]').first();
      const choice = (await radio.count()) > 0;
      if (choice) await radio.click({ force: true });
      // The last screen stays after its answer and offers Send.
      const send = kiosk.getByRole('button', { name: 'Absenden' });
      if ((await send.count()) > 0 && (await title.textContent()) === text) {
        await send.click();
        return titles;
      }
      if (!choice) await kiosk.getByRole('button', { name: /^(Weiter|Überspringen)$/ }).click();
      await kiosk.waitForFunction(
        (before) => document.querySelector('#question-title')?.textContent !== before,
        text,
        { timeout: 10_000 },
      );
    }
    throw new Error(`never reached Send: ${titles.join(' | ')}`);
  }

  it('template → conditional question in German and Arabic → preview → test run → publish → kiosk → comparison', async () => {
    // The kiosk, provisioned by link, resting on its welcome screen.
    const token = await server.addKiosk(OFFICE);
    const kiosk = await kioskBrowser.context.newPage();
    await kiosk.goto(
      `${server.url}/?${QUICK_ROUNDS}&thankYouMs=800&confirmMs=0&minSurveyMs=0&token=${encodeURIComponent(token)}`,
    );
    await kiosk.locator('.welcome').waitFor();
    await kiosk.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const published = (await readSetting(kiosk, 'configuration')) as { surveyVersion: string };

    // 1. From the template: a yes/partly/no question, shown only after "Nein" or "Teilweise"
    // to "Wurde Ihr Anliegen vollständig erledigt?", both chosen from lists.
    const editor = await openEditor();
    const questions = editor.locator('li.question');
    expect(await questions.count()).toBe(buergerbueroSurvey.questions.length);
    await editor.getByLabel('Art der neuen Frage').selectOption('yesno');
    await editor.getByRole('button', { name: 'Frage hinzufügen' }).click();
    const added = questions.last();
    const germanTitle = added.getByLabel('Frage (Deutsch)');
    await germanTitle.fill('');
    await germanTitle.pressSequentially(NEW_TITLE);
    expect(await added.getByLabel('Kennung (für Auswertung und Export)').inputValue()).toBe(NEW_ID);
    await editor.getByRole('checkbox', { name: /^Arabisch/ }).check();
    await added.getByLabel('Frage (Arabisch)').fill(ARABIC);
    await added
      .getByLabel('Nur zeigen, wenn die Antwort auf diese Frage passt')
      .selectOption('resolved');
    await added.getByRole('checkbox', { name: 'Nein' }).check();
    await added.getByRole('checkbox', { name: 'Teilweise' }).check();
    await added.getByRole('checkbox', { name: 'Ja' }).uncheck();
    // And a reworded question, which publishing will ask about.
    const rooms = questions.nth(buergerbueroSurvey.questions.findIndex((q) => q.id === 'rooms'));
    await rooms.getByLabel('Frage (Deutsch)').fill(ROOMS);
    // And the overall question in its own words: the kiosk's own, shown until the box is ticked.
    const overall = questions.nth(
      buergerbueroSurvey.questions.findIndex((q) => q.id === 'overall'),
    );
    expect(await overall.locator('.scale-labels__standard li').allTextContents()).toContain(
      'Stufe 1 sehr unzufrieden',
    );
    await overall.getByRole('checkbox', { name: 'Eigene Beschriftung der Stufen' }).check();
    for (const [level, german, arabic] of LEVELS) {
      await overall.getByLabel(`${level} (Deutsch)`).fill(german);
      await overall.getByLabel(`${level} (Arabisch)`).fill(arabic);
    }

    // 2. The preview: the new question in Arabic at the largest size, right to left.
    const preview = editor.frameLocator('iframe[title^="Kiosk-Vorschau"]');
    await preview.locator('h1.welcome__title').waitFor();
    await editor.getByLabel('Sprache', { exact: true }).selectOption('ar');
    await editor.getByLabel('Textgröße').selectOption('xlarge');
    await editor.getByLabel('Frage anzeigen').selectOption(NEW_ID);
    await editor.getByRole('button', { name: 'Anzeigen' }).click();
    await preview.getByRole('heading', { name: ARABIC }).waitFor();
    const frame = editor.frames().find((f) => new URL(f.url()).pathname === '/preview');
    expect(await frame?.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await frame?.evaluate(() => document.documentElement.dataset.textSize)).toBe('xlarge');
    await editor.screenshot({ path: join(SHOTS, 'editor-journey-preview.png') });
    // The welcome in the preview: the overall question's own words, in Arabic.
    await editor.getByRole('button', { name: 'Von vorn' }).click();
    await expect
      .poll(() => frame?.evaluate(() => document.querySelector('.welcome__faces')?.textContent))
      .toContain('جيد جدًا');
    await overall.locator('.scale-labels').scrollIntoViewIfNeeded();
    await editor.screenshot({ path: join(DOCS, 'editor-scale-labels.png') });

    // 3. A test run on the kiosk (starting it saves the draft): the banner, the new version,
    // and the one tap of the test counted nowhere.
    const setsBefore = count('answer_sets');
    const testPart = editor.locator('section.test-run');
    await testPart.getByLabel('Kiosk').selectOption({ label: `Kiosk 1 – ${OFFICE}` });
    await testPart.getByRole('button', { name: 'Auf einem Kiosk testen' }).click();
    await testPart.getByText(`Kiosk 1 (${OFFICE}) testet Fassung`).waitFor();
    const banner = kiosk.locator('.test-banner');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toBe(BANNER);
    await tapWelcomeFace(kiosk, 'gut');
    await kiosk.getByRole('button', { name: 'Weiter', exact: true }).click();
    expect(await answerAll(kiosk)).toContain(NEW_TITLE);
    await kiosk.getByText('Vielen Dank!').waitFor();
    await expect.poll(() => count('test_answer_sets'), { timeout: 30_000 }).toBe(1);
    expect(count('answer_sets')).toBe(setsBefore);
    const summaryN = () =>
      editor.evaluate(async (w) => {
        const res = await fetch(`/api/v1/results/summary?wave=${w}`);
        return ((await res.json()) as { n?: number }).n ?? 0;
      }, thisWave);
    expect(await summaryN()).toBe(0);
    // The admin sees the test answer, and deletes it.
    await testPart.getByRole('button', { name: 'Aktualisieren' }).click();
    await testPart.getByRole('heading', { name: '1 Testantwort' }).waitFor();
    await testPart.getByRole('button', { name: 'Testantworten löschen' }).click();
    await testPart.getByRole('heading', { name: '0 Testantworten' }).waitFor();
    await testPart.getByRole('button', { name: 'Test beenden' }).click();
    await banner.waitFor({ state: 'detached', timeout: 30_000 });

    // 4. Publish for this wave's days: the reworded question is a new one (a new id).
    await editor.getByRole('button', { name: 'Veröffentlichen …' }).click();
    const dialog = editor.getByRole('dialog', { name: 'Entwurf veröffentlichen' });
    await dialog.getByLabel('Standorte (einer je Zeile)').fill(OFFICE);
    await dialog.getByLabel('Erster Tag').fill(today);
    await dialog.getByLabel('Letzter Tag').fill(addDays(today, 27));
    await dialog.getByText('Stufe 5: „sehr zufrieden“ → „sehr gut“', { exact: false }).waitFor();
    await dialog
      .getByRole('group', { name: 'Ist „overall“ noch dieselbe Frage?' })
      .getByLabel('dieselbe Frage (vergleichbar)')
      .check();
    await dialog
      .getByRole('group', { name: 'Ist „rooms“ noch dieselbe Frage?' })
      .getByLabel('neue Frage (neue Kennung)')
      .check();
    await dialog.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
    const notice = editor.locator('.published');
    await notice.waitFor();
    const version = /Fassung (\S+) gilt/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
    expect(version).not.toBe(published.surveyVersion);

    // 5. The kiosk takes it at its next round while it rests, and a citizen answers it.
    await expect
      .poll(
        async () => ((await readSetting(kiosk, 'configuration')) as typeof published).surveyVersion,
        { timeout: 30_000 },
      )
      .toBe(version);
    await kiosk.locator('.welcome').waitFor();
    // Its own words under the faces, in Arabic and in German.
    await kiosk.getByRole('button', { name: 'العربية', exact: true }).click();
    await expect.poll(() => faceNames(kiosk)).toEqual(LEVELS.map(([, , arabic]) => arabic));
    await kiosk.screenshot({ path: join(DOCS, 'kiosk-ar-scale-labels.png') });
    await kiosk.getByRole('button', { name: 'Deutsch', exact: true }).click();
    await expect.poll(() => faceNames(kiosk)).toEqual(LEVELS.map(([, german]) => german));
    await kiosk.screenshot({ path: join(DOCS, 'kiosk-de-scale-labels.png') });
    await tapWelcomeFace(kiosk, 'sehr gut');
    await kiosk.getByRole('button', { name: 'Weiter', exact: true }).click();
    const titles = await answerAll(kiosk);
    expect(titles).toContain(NEW_TITLE);
    expect(titles).toContain(ROOMS);
    expect(await kiosk.locator('.test-banner').count()).toBe(0);
    await kiosk.getByText('Vielen Dank!').waitFor();
    const stored = () =>
      rows<{ answers: string }>(
        'SELECT answers FROM answer_sets WHERE survey_version = ? AND day = ?',
        version,
        today,
      );
    await expect.poll(() => stored().length, { timeout: 30_000 }).toBe(1);
    const answers = JSON.parse(stored()[0]?.answers ?? '{}') as Record<string, unknown>;
    expect(answers).toMatchObject({ resolved: 'no', [NEW_ID]: 'yes', rooms_2: expect.anything() });
    expect(answers).not.toHaveProperty('rooms');
    expect(count('test_answer_sets')).toBe(0);

    // Four more visitors of this wave, so its figures are shown (groups under 5 are withheld).
    const store = openSqliteStore(server.dbPath);
    try {
      const survey = await store.findSurvey(buergerbueroSurvey.id, version);
      if (!survey) throw new Error('the published version is not stored');
      const random = seededRandom(14);
      await store.saveBatch(
        batchOf(
          Array.from({ length: 4 }, () => {
            const set = sampleAnswerSet(survey, version, OFFICE, today, random);
            delete set.flagged;
            return set;
          }),
        ),
      );
    } finally {
      await store.close();
    }

    // 6. The wave comparison: the reworded question is not compared with last year's.
    await editor.goto(`${server.url}/results`);
    await editor.getByLabel('Welle').selectOption(String(thisWave));
    const table = editor.locator('table.comparison');
    const row = table.locator('tbody tr').filter({ hasText: ROOMS });
    await row.locator('.change-none').waitFor();
    expect(await row.locator('.change-none').textContent()).toBe(
      'nur in einer der beiden Wellen gefragt',
    );
    await editor
      .getByText(/^Nur in Vorjahr gefragt, daher nicht verglichen: „Wie gefallen Ihnen die Räume/)
      .waitFor();
    // The overall question's own words in its chart, and its share named by them.
    const overallResult = editor.locator('section.question[data-question="overall"]');
    await overallResult.getByText('Anteil „gut“ oder „sehr gut“').waitFor();
    expect(await overallResult.textContent()).toContain('sehr schlecht');
    // A question on the standard scale names its middle level as the kiosk showed it.
    const hours = editor.locator('section.question[data-question="opening_hours"]');
    expect(await hours.textContent()).toContain('teils/teils');
    expect(await hours.textContent()).not.toContain('teils, teils');
    await overallResult.scrollIntoViewIfNeeded();
    await editor.screenshot({ path: join(DOCS, 'results-scale-labels.png') });
    // Printed, the overview's shared legend names the standard words: the question is marked.
    await editor.emulateMedia({ media: 'print' });
    const overview = editor.locator('main.committee section.overview');
    await overview
      .getByText('* „Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?“ hatte eigene Stufen', {
        exact: false,
      })
      .waitFor();
    await overview.screenshot({ path: join(DOCS, 'report-scale-labels.png') });
    expect(await overview.textContent()).toContain('„teils/teils“ in der Mitte');
    expect(await overview.textContent()).not.toContain('teils, teils');
    await editor.emulateMedia({ media: 'screen' });
    // An unchanged question is compared as before.
    const waiting = table
      .locator('tbody tr')
      .filter({ hasText: 'Wie zufrieden waren Sie mit der Wartezeit?' });
    expect(await waiting.locator('.change-none').count()).toBe(0);
  });
});
