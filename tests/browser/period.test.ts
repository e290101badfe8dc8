import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { ensureOfficeSurvey } from '../../src/server/enrollment-configuration.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import {
  describeBrowser,
  launchKioskBrowser,
  serveDist,
  startEndpoint,
  useServerAndBrowser,
} from './harness.ts';
import { answer, QUICK_ROUNDS, readAnswers, startSurvey } from './kiosk-steps.ts';
import {
  countStore,
  enterPin,
  longPressCorner,
  putSettings,
  tapThroughSurvey,
  welcome,
} from './staff-steps.ts';

const HOLD_MS = 600;

/** A configuration as the endpoint hands it out, for the bundled survey. */
async function configuration(office: string, from: string, to: string) {
  const survey = loadSurvey(buergerbueroSurvey);
  return { office, survey, surveyVersion: await surveyVersion(survey), period: { from, to } };
}

/** A day `days` from today, YYYY-MM-DD. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return dayOf(date);
}

describeBrowser('survey period and pause', () => {
  const world = useServerAndBrowser(serveDist, launchKioskBrowser);
  let page: Page;
  const closedTitle = () => page.locator('h1').textContent();
  beforeAll(async () => {
    page = await world.browser.context.newPage();
    // confirmMs=0: the walk through a whole survey below does not wait 300 ms after each answer.
    await page.goto(
      `${world.server.url}?longPressMs=${HOLD_MS}&thankYouMs=1000&minSurveyMs=0&confirmMs=0`,
    );
    await welcome(page);
  });

  it('after the period: a closed screen naming the period, and nothing is stored', async () => {
    await putSettings(page, {
      configuration: await configuration('Bürgerbüro Lünen', '2025-06-18', '2025-07-14'),
    });
    await page.reload();
    await expect.poll(closedTitle).toBe('Die Befragung ist beendet');
    expect(await page.locator('#app').textContent()).toContain(
      'Die Befragung lief vom 18. Juni bis 14. Juli 2025.',
    );
    // Taps anywhere (a citizen trying anyway) start nothing.
    for (const [x, y] of [
      [384, 512],
      [384, 900],
      [700, 100],
    ] as const) {
      await page.mouse.click(x, y);
    }
    // Its only buttons choose a language or text size to read it in.
    expect(
      await page
        .locator('button:not(.text-size__option, .lang-switch__option, .lang-toggle)')
        .count(),
    ).toBe(0);
    expect(await page.locator('.question').count()).toBe(0);
    expect(await countStore(page, 'answers')).toBe(0);
    expect(await countStore(page, 'batches')).toBe(0);
  });

  it('before the period: "Die Befragung läuft vom … bis …"', async () => {
    const from = '2099-06-18';
    await putSettings(page, {
      configuration: await configuration('Bürgerbüro Lünen', from, '2099-07-14'),
    });
    await page.reload();
    await expect.poll(closedTitle).toBe('Die Befragung hat noch nicht begonnen');
    expect(await page.locator('#app').textContent()).toContain(
      'Die Befragung läuft vom 18. Juni bis 14. Juli 2099.',
    );
  });

  it('inside the period the configured office is used; a new configuration waits for the welcome screen', async () => {
    await putSettings(page, {
      configuration: await configuration('Bürgerbüro Brambauer', dayFromToday(-3), dayFromToday(3)),
    });
    await page.reload();
    await welcome(page);
    // Mid-survey the period is ended centrally: the citizen is not interrupted.
    await startSurvey(page);
    await answer(page, 'Reisepass');
    await putSettings(page, {
      configuration: await configuration(
        'Bürgerbüro Brambauer',
        dayFromToday(-10),
        dayFromToday(-1),
      ),
    });
    await page.waitForTimeout(1_500);
    expect(await page.locator('.progress__text').textContent()).toMatch(/^Frage 2 von/);
    await page.getByRole('button', { name: 'Zurück' }).click();
    await page.getByRole('button', { name: 'Zurück' }).click();
    // The offer of more again; "Nein, danke" finishes the visitor's record (the face and the
    // reason, given while the period ran). Back at the welcome screen the kiosk rests: now
    // the new configuration applies.
    await page.getByRole('button', { name: 'Nein, danke' }).click();
    await expect.poll(closedTitle, { timeout: 15_000 }).toBe('Die Befragung ist beendet');

    await putSettings(page, {
      configuration: await configuration('Bürgerbüro Brambauer', dayFromToday(-3), dayFromToday(3)),
    });
    await page.reload();
    await welcome(page);
    await tapThroughSurvey(page);
    const { values } = await readAnswers(page);
    expect(values).toHaveLength(2);
    for (const value of values) {
      expect(value).toMatchObject({ office: 'Bürgerbüro Brambauer', day: dayOf(new Date()) });
    }
  });

  it('staff pause the survey: citizens see "gerade geschlossen" until staff resume it', async () => {
    await welcome(page);
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'Neue PIN festlegen' }).waitFor();
    await enterPin(page, '8642');
    await enterPin(page, '8642');
    await page.getByRole('button', { name: 'Befragung pausieren' }).click();
    await page.getByText('Die Befragung ist pausiert.').waitFor();
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect.poll(closedTitle).toBe('Die Befragung ist gerade geschlossen');
    await page.reload();
    await expect.poll(closedTitle).toBe('Die Befragung ist gerade geschlossen');

    // The hidden corner works on the closed screen too.
    await longPressCorner(page, HOLD_MS);
    await enterPin(page, '8642');
    await page.getByRole('button', { name: 'Befragung fortsetzen' }).click();
    await page.getByText('Die Befragung läuft wieder.').waitFor();
    await page.getByRole('button', { name: 'Schließen' }).click();
    await welcome(page);
  });
});

/**
 * A new survey version assigned on the endpoint (`npm run kiosk -- survey`)
 * reaches the kiosk by a real sync round while a citizen is answering: that
 * citizen finishes the version they started (and it is stored as such), and
 * the new questions appear only from the welcome screen on.
 */
describeBrowser('a new survey version from the endpoint', () => {
  const OFFICE = 'Bürgerbüro Horstmar';
  const OLD_TITLE = 'Wie kam Ihr Besuch zustande?';
  const NEW_TITLE = 'Wie haben Sie Ihren Besuch vereinbart?';
  const world = useServerAndBrowser(startEndpoint, launchKioskBrowser);
  let page: Page;
  beforeAll(async () => {
    page = await world.browser.context.newPage();
  });

  const storedVersion = () =>
    page.evaluate(
      () =>
        new Promise<string | undefined>((resolve, reject) => {
          const open = indexedDB.open('urne');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const read = open.result
              .transaction('settings')
              .objectStore('settings')
              .get('configuration');
            read.onsuccess = () => {
              open.result.close();
              resolve((read.result as { surveyVersion?: string } | undefined)?.surveyVersion);
            };
          };
        }),
    );
  const serverRows = () => {
    const db = new Database(world.server.dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT office, survey_version FROM answer_sets').all();
    } finally {
      db.close();
    }
  };

  /** Stores `survey` on the endpoint and assigns it to the office, as `npm run kiosk -- survey` does. */
  async function assignSurvey(survey: typeof buergerbueroSurvey): Promise<string> {
    const version = await surveyVersion(loadSurvey(survey));
    const store = openSqliteStore(world.server.dbPath);
    try {
      await store.addSurvey(survey.id, version, survey);
      const current = await ensureOfficeSurvey(store, OFFICE, dayOf(new Date()));
      await store.setOfficeSurvey({ ...current, surveyVersion: version });
    } finally {
      await store.close();
    }
    return version;
  }

  it('mid-survey the citizen keeps the version they started; the welcome screen brings the new one', async () => {
    // The office's own survey differs from the built-in one in its title, which the welcome
    // screen shows: the first round's configuration must reach the resting kiosk at once (not
    // after its 30-second recheck), or a first citizen's answers carry the default office.
    const first = structuredClone(buergerbueroSurvey);
    first.title.de = `Kundenbefragung ${OFFICE}`;
    const oldVersion = await assignSurvey(first);
    const token = await world.server.addKiosk(OFFICE);
    // Quick rounds: the sent survey reaches the server within a second.
    await page.goto(
      `${world.server.url}/?token=${token}&thankYouMs=1000&confirmMs=0&minSurveyMs=0&${QUICK_ROUNDS}`,
    );
    await welcome(page);
    await expect
      .poll(() => page.locator('.welcome__kicker').textContent(), { timeout: 10_000 })
      .toBe(first.title.de);

    await startSurvey(page);
    await answer(page, 'Reisepass');
    await page.getByRole('heading', { name: OLD_TITLE }).waitFor();

    // The survey changed centrally while the citizen answers: one question reworded.
    const changed = structuredClone(first);
    const arrangement = changed.questions.find((q) => q.id === 'arrangement');
    if (!arrangement) throw new Error('the bundled survey has no "arrangement" question');
    arrangement.title.de = NEW_TITLE;
    const newVersion = await assignSurvey(changed);
    // The network "comes back": a sync round fetches the configuration while the citizen answers.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(storedVersion, { timeout: 20_000 }).toBe(newVersion);

    // The citizen goes on with the questions they started with, and sends the old version.
    expect(await page.locator('h1').textContent()).toBe(OLD_TITLE);
    const rest = ['Online-Termin', 'zufrieden', 'sehr zufrieden', 'sehr zufrieden', 'zufrieden'];
    for (const label of [...rest, 'Ja', 'teils/teils', 'Nein', 'unzufrieden']) {
      await answer(page, label);
    }
    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.getByRole('heading', { name: 'Vielen Dank!' }).waitFor();
    await expect
      .poll(serverRows, { timeout: 30_000 })
      .toEqual([{ office: OFFICE, survey_version: oldVersion }]);

    // Back at rest on the welcome screen, the next citizen gets the new version.
    await welcome(page);
    await startSurvey(page);
    await answer(page, 'Reisepass');
    await page.getByRole('heading', { name: NEW_TITLE }).waitFor();
  }, 120_000);
});
