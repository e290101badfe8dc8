import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ANSWER_SET_KEYS, dayOf } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { describeBrowser, launchKioskBrowser, serveDist, useServerAndBrowser } from './harness.ts';
import { answer, readAnswers, readSetting, startSurvey } from './kiosk-steps.ts';
import { countStore } from './staff-steps.ts';

/**
 * One citizen's full survey with children (so the play corner shows), after the welcome's face:
 * [label to tap, stored value].
 */
const FULL_SURVEY: [string, string | number][] = [
  ['Reisepass', 'passport'],
  ['Wartemarke per App', 'app_number'],
  ['zufrieden', 4],
  ['sehr zufrieden', 5],
  ['teils/teils', 3],
  ['unzufrieden', 2],
  ['Teilweise', 'partly'],
  ['sehr unzufrieden', 1],
  ['Ja', 'yes'],
  ['sehr zufrieden', 5],
  ['zufrieden', 4],
];
const QUESTION_IDS = [
  'reason',
  'arrangement',
  'waiting_time',
  'friendliness',
  'competence',
  'clarity',
  'resolved',
  'rooms',
  'with_children',
  'play_corner',
  'opening_hours',
];

const OVERALL_TITLE = 'Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?';

describeBrowser('kiosk flow', () => {
  // A fresh profile per test: each starts with an empty IndexedDB and no service worker.
  const world = useServerAndBrowser(serveDist, launchKioskBrowser, 'each');

  it('offline after one online load: the welcome face and a full survey are exactly one anonymous record', async () => {
    const page = await world.browser.context.newPage();
    // A record without the flag: how fast the taps come depends on the machine, not on the kiosk.
    await page.goto(`${world.server.url}?minSurveyMs=0&cooldownMs=0`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker does not claim the first page (prompt pattern); the next load is controlled.
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await world.browser.context.setOffline(true);
    await page.reload();
    await startSurvey(page, 'sehr zufrieden');
    // From the first tap on, the visitor has one record, and keeps it.
    expect((await readAnswers(page)).values).toHaveLength(1);
    for (const [i, [label]] of FULL_SURVEY.entries()) {
      await expect.poll(() => progressText(page)).toBe(`Frage ${i + 1} von 12`);
      expect(await fitsWithoutScrolling(page)).toBe(true);
      await answer(page, label);
    }
    await expect.poll(() => progressText(page)).toBe('Frage 12 von 12');
    expect((await readAnswers(page)).values).toHaveLength(1);
    await page.getByRole('textbox').fill('  Mehr Sitzplätze im Wartebereich  ');
    await expect.poll(() => page.getByText('35 von 500 Zeichen').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.getByRole('heading', { name: 'Vielen Dank!' }).waitFor();

    const { keys, values } = await readAnswers(page);
    expect(values).toHaveLength(1);
    const [record] = values as Record<string, unknown>[];
    expect(
      Object.keys(record ?? {}).every((k) => (ANSWER_SET_KEYS as readonly string[]).includes(k)),
    ).toBe(true);
    const expectedAnswers = Object.fromEntries(
      FULL_SURVEY.map(([, value], i) => [QUESTION_IDS[i], value]),
    );
    expect(record).toStrictEqual({
      surveyId: 'buergerbuero_zufriedenheit',
      surveyVersion: await surveyVersion(loadSurvey(buergerbueroSurvey)),
      office: 'Bürgerbüro Lünen',
      day: dayOf(new Date()),
      // The survey records the language it was answered in (recordLanguage, default yes).
      answers: {
        ...expectedAnswers,
        overall: 5,
        improve: 'Mehr Sitzplätze im Wartebereich',
        language: 'de',
      },
    });
    // Finished: nothing marks it open any more, so the next round takes it.
    expect(await readSetting(page, 'openAnswerSet')).toBeUndefined();
    // A random key, not a counter that would reveal the order of answering.
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('idle reset: asks, continues on request, then finishes the half-answered record as it is and returns to German', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(`${world.server.url}?idleMs=1500&countdownMs=1500`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('radio', { name: 'satisfied', exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await answer(page, 'ID card (Personalausweis)');
    await answer(page, 'Online appointment');
    // Back shows the earlier choice as chosen, with "Next" to keep it.
    await page.getByRole('button', { name: 'Back' }).click();
    const chosen = page.getByRole('radio', { name: 'Online appointment', exact: true });
    await expect.poll(() => chosen.getAttribute('aria-checked')).toBe('true');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => progressText(page)).toBe('Question 3 of 12');

    const overlay = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await overlay.waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: 'Yes, continue' }).click();
    await overlay.waitFor({ state: 'detached' });
    expect(await progressText(page)).toBe('Question 3 of 12');

    await overlay.waitFor({ timeout: 5_000 });
    // Back to a German welcome screen: the English choice was the previous citizen's.
    await page.getByRole('heading', { name: OVERALL_TITLE }).waitFor({ timeout: 5_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // The visitor's one record, finished with what they answered (the language they chose too).
    await expect.poll(() => readSetting(page, 'openAnswerSet')).toBeUndefined();
    const { values } = await readAnswers(page);
    expect(values).toHaveLength(1);
    expect((values[0] as { answers: unknown }).answers).toStrictEqual({
      overall: 4,
      reason: 'id_card',
      arrangement: 'online_appointment',
      language: 'en',
    });
  });

  it('a second citizen meets a clean German welcome screen and an untouched first question', async () => {
    const page = await world.browser.context.newPage();
    // confirmMs=0: no 300 ms pause after each of the eleven answers; the first test walks a
    // whole survey with the kiosk's own pause.
    await page.goto(`${world.server.url}?thankYouMs=1000&confirmMs=0`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('radio', { name: 'satisfied', exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    for (const label of ['Passport (Reisepass)', 'Online appointment']) await answer(page, label);
    for (let i = 0; i < 4; i++) await answer(page, 'satisfied');
    await answer(page, 'Yes');
    await answer(page, 'satisfied');
    await answer(page, 'No');
    await answer(page, 'very satisfied');
    await expect.poll(() => progressText(page)).toBe('Question 12 of 12');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();

    await page.getByRole('heading', { name: OVERALL_TITLE }).waitFor({ timeout: 5_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // No face chosen: the previous citizen's answer is not shown.
    expect(await page.locator('[role="radio"][aria-checked="true"]').count()).toBe(0);
    expect((await readAnswers(page)).values).toHaveLength(1);
    await startSurvey(page);
    expect(await progressText(page)).toBe('Frage 1 von 12');
    expect(await page.getByRole('radio').count()).toBe(6);
    expect(await page.getByRole('radio', { name: 'Reisepass', exact: true }).count()).toBe(1);
  });

  it('every answer and navigation button is at least 64 CSS px high, portrait and landscape', async () => {
    const page = await world.browser.context.newPage();
    const tooSmall: string[] = [];
    for (const viewport of [
      { width: 768, height: 1024 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${world.server.url}?confirmMs=0`);
      await startSurvey(page);
      await tapToLastQuestion(page, async () => {
        // One look per screen (getBoundingClientRect, CSS px, as boundingBox reports them).
        const heights = await page.evaluate(() =>
          [...document.querySelectorAll('[role="radio"], .navbar button')].map((el) => ({
            name: el.textContent?.trim() ?? '',
            height: el.getBoundingClientRect().height,
          })),
        );
        expect(heights.length).toBeGreaterThan(0);
        for (const { name, height } of heights) {
          if (height < 64)
            tooSmall.push(`${viewport.width}×${viewport.height} "${name}": ${height}px`);
        }
      });
    }
    expect(tooSmall).toEqual([]);
  });

  it('a survey sent after the kiosk closed meanwhile keeps only what its record held; the closed screen says why', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(`${world.server.url}?confirmMs=0`);
    await startSurvey(page);
    await answer(page, 'Reisepass');
    // Staff paused the kiosk while this citizen answered (the same holds for a period that ended).
    await page.evaluate(pauseKiosk);
    await tapToLastQuestion(page, async () => {});
    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.getByRole('heading', { name: 'Die Befragung ist gerade geschlossen' }).waitFor();
    // The record begun while the kiosk was open is finished as it was, without what Send added.
    await expect.poll(() => readSetting(page, 'openAnswerSet')).toBeUndefined();
    const { values } = await readAnswers(page);
    expect(values).toHaveLength(1);
    expect((values[0] as { answers: Record<string, unknown> }).answers).toMatchObject({
      overall: 5,
      reason: 'passport',
    });
    expect(await countStore(page, 'batches')).toBe(0);
  });

  it('a slow write: Send says "Wird gespeichert …" and waits, the question stays, then one record and the thank-you', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(`${world.server.url}?confirmMs=0`);
    await startSurvey(page);
    await tapToLastQuestion(page, async () => {});
    const title = await page.locator('#question-title').textContent();
    // Another connection holds the answers and settings, so Send's write waits (a busy disk).
    await page.evaluate(holdAnswerStores);
    await page.getByRole('button', { name: 'Absenden' }).click();
    const sending = page.getByRole('button', { name: /Wird gespeichert/ });
    await sending.waitFor();
    expect(await sending.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Zurück' }).isDisabled()).toBe(true);
    expect(await page.locator('#question-title').textContent()).toBe(title);
    expect(await page.getByText('Vielen Dank!').count()).toBe(0);
    await page.evaluate(() => {
      (globalThis as { urneRelease?: boolean }).urneRelease = true;
    });
    await page.getByText('Vielen Dank!').waitFor();
    await expect.poll(() => readSetting(page, 'openAnswerSet')).toBeUndefined();
    const { values } = await readAnswers(page);
    expect(values).toHaveLength(1);
    expect(Object.keys((values[0] as { answers: object }).answers)).toContain('overall');
  });
});

/** Taps the first answer on every screen until the last question (free text) shows; `look` runs on each. */
async function tapToLastQuestion(page: Page, look: () => Promise<void>): Promise<void> {
  for (let step = 0; step < 20; step++) {
    await page.locator('.question__body').waitFor();
    await look();
    if ((await page.locator('.question__body textarea').count()) > 0) return;
    const title = await page.locator('#question-title').textContent();
    await page.locator('.question__body [role="radio"]').first().click();
    await expect.poll(() => page.locator('#question-title').textContent()).not.toBe(title);
  }
  throw new Error('The survey never reached its last question');
}

// The functions below run inside the page: each is self-contained, as page.evaluate requires.

function pauseKiosk(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('urne');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('settings', 'readwrite');
      tx.objectStore('settings').put(true, 'paused');
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/**
 * Opens a second connection and keeps a readwrite transaction over the answers and settings
 * alive (one read after another) until `urneRelease` is set: the kiosk's writes wait behind it.
 */
function holdAnswerStores(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('urne');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['answers', 'settings'], 'readwrite');
      const settings = tx.objectStore('settings');
      const again = () => {
        if ((globalThis as { urneRelease?: boolean }).urneRelease) return;
        settings.get('held').onsuccess = again;
      };
      again();
      tx.oncomplete = () => open.result.close();
      resolve();
    };
  });
}

function progressText(page: Page): Promise<string | null> {
  return page.getByText(/^(Frage|Question) \d+ (von|of) \d+$/).textContent();
}

/** The question screen fits the 768×1024 tablet: neither the page nor the question scrolls. */
function fitsWithoutScrolling(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const body = document.querySelector('.question__body');
    const page = document.documentElement;
    return (
      body !== null &&
      body.scrollHeight <= body.clientHeight &&
      page.scrollHeight <= window.innerHeight
    );
  });
}
