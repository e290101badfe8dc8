import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleAnswerSet, seededRandom } from '../../scripts/sample-answers.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { ADMIN_NAME, addTestAccount } from '../accounts.ts';
import { batchOf } from '../server/fixtures.ts';
import { axeViolations } from './a11y-steps.ts';
import { openEditorAs } from './editor-steps.ts';
import { describeBrowser, type Endpoint, launchBrowser, startEndpoint } from './harness.ts';

// Issue 14's editor page in a real Chromium against the real endpoint and SQLite: an admin adds
// a question with a condition chosen from lists, writes it in German and Arabic, sees the review,
// decides that a reworded question is a new one, and publishes to an office for a period.
const SHOTS = process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : tmpdir();
const PASSWORD = 'editor-2026-admin';
const EVALUATOR = 'Frau Meier';
const LUENEN = 'Bürgerbüro Lünen';
const NEW_TITLE = 'Haben Sie den Weg zu uns leicht gefunden?';
const NEW_ID = 'haben_sie_den_weg_zu_uns_leicht_gefunden';
const ARABIC = 'هل وجدت الطريق إلينا بسهولة؟';
const NEW_ROOMS = 'Wie gefallen Ihnen unsere neuen Räume?';
const NEW_WAITING = 'Wie zufrieden waren Sie heute mit der Wartezeit?';
const NEW_FRIENDLINESS = 'Wie höflich waren unsere Mitarbeitenden?';

describeBrowser('the questionnaire editor (real endpoint, real Chromium)', () => {
  let server: Endpoint;
  let browser: Browser;

  beforeAll(async () => {
    server = await startEndpoint(async (dbPath) => {
      const store = openSqliteStore(dbPath);
      try {
        await seedDefaultSurvey(store);
        await addTestAccount(store, PASSWORD);
        await addTestAccount(store, PASSWORD, {
          name: EVALUATOR,
          role: 'evaluator',
          offices: [LUENEN],
        });
      } finally {
        await store.close();
      }
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh browser at /editor, logged in as `name` through the login API from the page. */
  const openAs = (name: string | undefined): Promise<Page> =>
    openEditorAs(browser, server.url, name ? { name, password: PASSWORD } : undefined);

  it('asks a stranger to log in on the results page, and tells an evaluator it is for admins', async () => {
    const stranger = await openAs(undefined);
    await stranger.getByText('Bitte melden Sie sich auf der').waitFor();
    expect(
      await stranger.getByRole('link', { name: 'Auswertungsseite' }).getAttribute('href'),
    ).toBe('/results');
    expect(await axeViolations(stranger)).toEqual([]);
    const evaluator = await openAs(EVALUATOR);
    await evaluator.getByText('nur für admin').waitFor();
    await evaluator.screenshot({ path: join(tmpdir(), 'editor-not-admin.png') });
    expect(await evaluator.locator('[data-editor-ready]').count()).toBe(0);
    expect(await axeViolations(evaluator)).toEqual([]);
  });

  it('an admin adds a conditional question in German and Arabic and publishes it to Lünen', async () => {
    const page = await openAs(ADMIN_NAME);
    await page.waitForSelector('[data-editor-ready]');
    const questions = page.locator('li.question');
    const before = await questions.count();
    expect(before).toBe(buergerbueroSurvey.questions.length);

    // A yes/partly/no question, its id following the German title.
    await page.getByLabel('Art der neuen Frage').selectOption('yesno');
    await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
    const added = questions.nth(before);
    // Typed key by key, as an admin does: the id follows, and the field keeps the focus.
    const germanTitle = added.getByLabel('Frage (Deutsch)');
    await germanTitle.fill('');
    await germanTitle.pressSequentially(NEW_TITLE);
    expect(await germanTitle.inputValue()).toBe(NEW_TITLE);
    expect(await added.getByLabel('Kennung (für Auswertung und Export)').inputValue()).toBe(NEW_ID);
    await page.getByRole('checkbox', { name: /^Arabisch/ }).check();
    const arabic = added.getByLabel('Frage (Arabisch)');
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    // Its German placeholder takes its own direction, so a narrow field no longer cuts off its
    // first letter ("ehlt – Deutsch wird gezeigt"); what the admin types stays right to left.
    expect(
      await arabic.evaluate((field) => getComputedStyle(field, '::placeholder').unicodeBidi),
    ).toBe('plaintext');
    await arabic.fill(ARABIC);
    expect(await arabic.evaluate((field) => getComputedStyle(field).direction)).toBe('rtl');
    // Shown only after "Wurde Ihr Anliegen vollständig erledigt?" was answered no or partly:
    // both chosen from lists, nothing typed.
    await added
      .getByLabel('Nur zeigen, wenn die Antwort auf diese Frage passt')
      .selectOption('resolved');
    await added.getByRole('checkbox', { name: 'Nein' }).check();
    await added.getByRole('checkbox', { name: 'Teilweise' }).check();
    await added.getByRole('checkbox', { name: 'Ja' }).uncheck();

    // Moved up by keyboard, the focus goes along; and back down again.
    await page.getByRole('button', { name: `Frage ${before + 1} nach oben` }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('button', { name: `Frage ${before} nach oben` })
      .and(page.locator(':focus'))
      .waitFor();
    expect(
      await questions
        .nth(before - 1)
        .getByLabel('Frage (Deutsch)')
        .inputValue(),
    ).toBe(NEW_TITLE);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page
      .getByRole('button', { name: `Frage ${before + 1} nach oben` })
      .and(page.locator(':focus'))
      .waitFor();

    // Reworded questions: the dialog will ask whether each is still the same.
    const rooms = questions.nth(buergerbueroSurvey.questions.findIndex((q) => q.id === 'rooms'));
    await rooms.getByLabel('Frage (Deutsch)').fill(NEW_ROOMS);
    const waiting = questions.nth(
      buergerbueroSurvey.questions.findIndex((q) => q.id === 'waiting_time'),
    );
    await waiting.getByLabel('Frage (Deutsch)').fill(NEW_WAITING);

    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await page
      .getByText(/^Gespeichert\. Ausfüllen dauert etwa \d+ Sekunden\. Keine Fehler\./)
      .waitFor();
    // Arabic is marked with what it lacks; the page's text beside the checkbox says how many.
    expect(await page.getByRole('checkbox', { name: /^Arabisch fehlt: \d+$/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'editor.png') });
    await added.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'editor-question.png') });
    // On a tablet in portrait the languages stack: still every label, still axe-clean.
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'editor-portrait.png') });
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Veröffentlichen …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Entwurf veröffentlichen' });
    await dialog.getByLabel('Standorte (einer je Zeile)').fill(LUENEN);
    await dialog.getByLabel('Erster Tag').fill('2027-01-04');
    await dialog.getByLabel('Letzter Tag').fill('2027-12-23');
    await dialog.getByText(`${NEW_ID}: neu`).waitFor();
    const publish = dialog.getByRole('button', { name: 'Jetzt veröffentlichen' });
    // Not before the admin has said what the reworded question is.
    expect(await publish.isDisabled()).toBe(true);
    await dialog
      .getByRole('group', { name: 'Ist „rooms“ noch dieselbe Frage?' })
      .getByLabel('neue Frage (neue Kennung)')
      .check();
    expect(await publish.isDisabled()).toBe(true);
    await dialog
      .getByRole('group', { name: 'Ist „waiting_time“ noch dieselbe Frage?' })
      .getByLabel('dieselbe Frage (vergleichbar)')
      .check();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'editor-publish.png') });
    await publish.click();
    const notice = page.locator('.published');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      `gilt für ${LUENEN} vom 4. Januar 2027 bis 23. Dezember 2027`,
    );
    const version = /Fassung (\S+) gilt/.exec((await notice.textContent()) ?? '')?.[1];

    // The database now runs the new version in Lünen, with the question as the admin made it.
    const store = openSqliteStore(server.dbPath);
    try {
      const assignment = await store.findOfficeSurvey(LUENEN);
      expect(assignment).toMatchObject({
        surveyId: buergerbueroSurvey.id,
        surveyVersion: version,
        from: '2027-01-04',
        to: '2027-12-23',
      });
      const survey = await store.findSurvey(buergerbueroSurvey.id, version ?? '');
      expect(survey?.questions.find((q) => q.id === NEW_ID)).toMatchObject({
        type: 'yesno',
        title: { de: NEW_TITLE, ar: ARABIC },
        showIf: { question: 'resolved', anyOf: ['no', 'partly'] },
      });
      const ids = survey?.questions.map((q) => q.id);
      expect(ids).toContain('rooms_2');
      expect(ids).not.toContain('rooms');
      // The decision is stored for the wave comparison, not only in the audit trail.
      expect(await store.listSurveyPublications(buergerbueroSurvey.id)).toEqual([
        expect.objectContaining({ version, sameQuestions: ['waiting_time'] }),
      ]);
    } finally {
      await store.close();
    }
  });

  it('edits a hint in each language, keeps a published type and option id, and derives a new option id from its label', async () => {
    const page = await openAs(ADMIN_NAME);
    await page.waitForSelector('[data-editor-ready]');
    const questions = page.locator('li.question');
    const card = (title: string) =>
      questions.filter({ has: page.getByRole('heading', { name: title }) });
    const children = card('Sind Sie heute mit Kindern gekommen?');
    // Published: its type stays, and the page says why.
    const type = children.locator('select[id^="type-"]');
    expect(await type.inputValue()).toBe('single');
    expect(await type.isDisabled()).toBe(true);
    await children.getByText(/Die Art einer veröffentlichten Frage bleibt/).waitFor();
    // The hint, German and English side by side like the title.
    await children.getByLabel('Hinweis (Deutsch)').fill('Auch Enkel und Pflegekinder zählen.');
    await children
      .getByLabel('Hinweis (Englisch)')
      .fill('Grandchildren and foster children count too.');
    // A new answer: its id follows the German label as typed; the published ones stay fixed.
    await children.getByRole('button', { name: 'Antwort hinzufügen' }).click();
    const label = children.getByLabel('Antwort 3 (Deutsch)');
    await label.fill('');
    await label.pressSequentially('Mit Enkelkindern');
    expect(await label.inputValue()).toBe('Mit Enkelkindern');
    const optionIds = children.locator('.optionid input');
    expect(await optionIds.nth(2).inputValue()).toBe('mit_enkelkindern');
    expect(await optionIds.nth(0).inputValue()).toBe('yes');
    expect(await optionIds.nth(0).getAttribute('readonly')).not.toBeNull();
    // Typed by hand, an id is made plain; the condition on it still picks from a list.
    await optionIds.nth(2).fill('Enkel Kinder');
    await optionIds.nth(2).press('Tab');
    expect(await optionIds.nth(2).inputValue()).toBe('enkel_kinder');
    // A new question's type may still change.
    await page.getByLabel('Art der neuen Frage').selectOption('single');
    await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
    const fresh = questions.last().locator('select[id^="type-"]');
    expect(await fresh.isDisabled()).toBe(false);
    await fresh.selectOption('multi');
    expect(await questions.last().locator('.question__type').textContent()).toBe(
      'Auswahl (mehrere Antworten)',
    );
    // The free text says the kiosk itself asks not to enter names.
    const improve = card('Was sollten wir verbessern?');
    await improve.getByText(/keine Namen oder andere persönliche Daten/).waitFor();
    // A scale question's own labels, switched on and off from the keyboard; axe-clean when on.
    const waiting = questions.filter({ has: page.locator('.scale-labels') }).first();
    const own = waiting.getByRole('checkbox', { name: 'Eigene Beschriftung der Stufen' });
    await waiting
      .locator('.scale-labels')
      .screenshot({ path: join(SHOTS, 'editor-scale-standard.png') });
    await own.focus();
    await page.keyboard.press('Space');
    expect(await waiting.getByLabel('Stufe 5 – beste (Deutsch)').inputValue()).toBe(
      'sehr zufrieden',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Space');
    await waiting.locator('.scale-labels__standard').waitFor();

    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await page.getByText(/^Gespeichert\..*Keine Fehler\./).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await children.scrollIntoViewIfNeeded();
    await children.screenshot({ path: join(SHOTS, 'editor-hint-options.png') });
    const store = openSqliteStore(server.dbPath);
    try {
      const draft = (await store.findSurveyDraft(buergerbueroSurvey.id))?.definition as {
        questions: { id: string; hint?: unknown; options?: { id: string }[] }[];
      };
      const saved = draft.questions.find((q) => q.id === 'with_children');
      expect(saved?.hint).toEqual({
        de: 'Auch Enkel und Pflegekinder zählen.',
        en: 'Grandchildren and foster children count too.',
      });
      expect(saved?.options?.map((o) => o.id)).toEqual(['yes', 'no', 'enkel_kinder']);
    } finally {
      await store.close();
    }
  });

  it('the results page compares a question confirmed the same, and marks a new one and an unconfirmed rewording', async () => {
    const id = buergerbueroSurvey.id;
    const waveIds: Record<string, number> = {};
    const store = openSqliteStore(server.dbPath);
    try {
      const [publication] = await store.listSurveyPublications(id);
      const v2 = publication?.version ?? '';
      const second = await store.findSurvey(id, v2);
      if (!second) throw new Error('the published version is not stored');
      // 2028 runs a version whose friendliness question was reworded outside the editor
      // (`survey --file` stores such a publication): nobody confirmed it is the same question.
      const third = structuredClone(second);
      const friendliness = third.questions.find((q) => q.id === 'friendliness');
      if (!friendliness) throw new Error('no friendliness');
      friendliness.title = { de: NEW_FRIENDLINESS };
      const v3 = await surveyVersion(third);
      await store.addSurvey(id, v3, third);
      await store.addSurveyPublication({
        surveyId: id,
        version: v3,
        previousVersion: v2,
        from: '2028-01-03',
        to: '2028-06-30',
        sameQuestions: [],
      });
      const random = seededRandom(14);
      for (const [name, from, to, survey, version] of [
        [
          '2026',
          '2026-06-01',
          '2026-06-30',
          buergerbueroSurvey,
          await surveyVersion(buergerbueroSurvey),
        ],
        ['2027', '2027-01-04', '2027-12-23', second, v2],
        ['2028', '2028-01-03', '2028-06-30', third, v3],
      ] as const) {
        waveIds[name] = (await store.addWave({ surveyId: id, name, from, to, sealed: false })).id;
        const sets = Array.from({ length: 12 }, () => {
          const set = sampleAnswerSet(survey, version, LUENEN, from, random);
          delete set.flagged;
          return set;
        });
        await store.saveBatch(batchOf(sets));
      }
    } finally {
      await store.close();
    }
    const page = await openAs(ADMIN_NAME);
    await page.goto(`${server.url}/results`);
    const table = page.locator('table.comparison');
    const row = (title: string) => table.locator('tbody tr').filter({ hasText: title });
    // The newest wave: the reworded question gets no change and no test, and says why.
    await row(NEW_FRIENDLINESS).locator('.change-none').waitFor();
    expect(await row(NEW_FRIENDLINESS).locator('.change-none').textContent()).toBe(
      'nicht vergleichbar – Frage geändert',
    );
    expect(await row(NEW_FRIENDLINESS).locator('.change-significant').count()).toBe(0);
    // The earlier waves asked it in other words: their figures are marked, and the mark explained.
    expect(await row(NEW_FRIENDLINESS).locator('td', { hasText: /\*$/ }).count()).toBe(4);
    await page.getByText(/^\* In dieser Welle anders gefragt als in 2028/).waitFor();
    expect(await row(NEW_WAITING).locator('.change-significant').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.comparison-section').screenshot({
      path: join(SHOTS, 'results-comparison-changed.png'),
    });
    // The committee's printed report says the same.
    await page.emulateMedia({ media: 'print' });
    try {
      const printed = page.locator('.committee .comparison-section');
      await printed.locator('.change-none', { hasText: 'nicht vergleichbar' }).waitFor();
      await printed.screenshot({ path: join(SHOTS, 'report-comparison-changed.png') });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.locator('.committee').waitFor({ state: 'detached' });

    // 2027 against 2026: the wording confirmed the same is compared, with a note; the question
    // given a new id was asked in one wave only, and the old one is named below the table.
    await page.getByLabel('Welle').selectOption(String(waveIds['2027']));
    await row(NEW_WAITING).getByText('Wortlaut geändert, als vergleichbar bestätigt').waitFor();
    expect(await row(NEW_WAITING).locator('.change-significant').count()).toBe(1);
    expect(await row(NEW_ROOMS).locator('.change-none').textContent()).toBe(
      'nur in einer der beiden Wellen gefragt',
    );
    expect(await row(NEW_ROOMS).getByText('nicht gefragt', { exact: true }).count()).toBe(2);
    await page
      .getByText(
        'Nur in 2026 gefragt, daher nicht verglichen: „Wie gefallen Ihnen die Räume und die Atmosphäre?“.',
      )
      .waitFor();
    await page.locator('.comparison-section').screenshot({
      path: join(SHOTS, 'results-comparison-confirmed.png'),
    });
  });

  it('exports the draft as JSON and imports a file, showing the same messages as the CLI', async () => {
    const page = await openAs(ADMIN_NAME);
    await page.waitForSelector('[data-editor-ready]');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Als JSON herunterladen' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as typeof buergerbueroSurvey;
    expect(exported.id).toBe(buergerbueroSurvey.id);

    // The file an office might send back: the first question made to depend on a later one.
    const [first, ...rest] = exported.questions;
    const broken = {
      ...exported,
      questions: [{ ...first, showIf: { question: 'resolved', anyOf: ['no'] } }, ...rest],
    };
    await page.getByLabel('JSON-Datei hochladen').setInputFiles({
      name: 'fragebogen.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const error = page.locator('li.question').first().locator('.findings .finding--error');
    await error.waitFor();
    expect(await error.textContent()).toContain(
      'field showIf.question: "resolved" is not an earlier question',
    );
    await page.getByText(/Gespeichert\..* 1 Fehler\./).waitFor();
    await page.screenshot({ path: join(SHOTS, 'editor-import-error.png') });
    expect(await axeViolations(page)).toEqual([]);

    // A file that is no JSON changes nothing and says so.
    await page.getByLabel('JSON-Datei hochladen').setInputFiles({
      name: 'notiz.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('keine Befragung'),
    });
    await page.getByText('„notiz.txt“ ist keine gültige JSON-Datei.').waitFor();

    // Removing asks first: "Abbrechen" keeps the question, "OK" removes it.
    const questions = page.locator('li.question');
    const count = await questions.count();
    page.once('dialog', (d) => void d.dismiss());
    await questions.first().getByRole('button', { name: 'Entfernen', exact: true }).click();
    expect(await questions.count()).toBe(count);
    page.once('dialog', (d) => void d.accept());
    await questions.first().getByRole('button', { name: 'Entfernen', exact: true }).click();
    await page.getByRole('heading', { name: `Fragen (${count - 1})` }).waitFor();
  });
});
