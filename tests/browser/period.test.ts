import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/survey/load-survey.ts';
import { surveyVersion } from '../../src/survey/survey-version.ts';
import { describeBrowser, type KioskBrowser, launchKioskBrowser, serveDist } from './harness.ts';
import { answer, readAnswers } from './kiosk-steps.ts';
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
  let server: { url: string; close(): Promise<void> };
  let browser: KioskBrowser;
  let page: Page;
  const closedTitle = () => page.locator('h1').textContent();
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchKioskBrowser();
    page = await browser.context.newPage();
    await page.goto(`${server.url}?longPressMs=${HOLD_MS}&thankYouMs=1000&minSurveyMs=0`);
    await welcome(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('after the period: a closed screen naming the period, and nothing is stored', async () => {
    await putSettings(page, {
      configuration: await configuration('Bürgerbüro Lünen', '2025-06-18', '2025-07-14'),
    });
    await page.reload();
    await expect.poll(closedTitle).toBe('Die Befragung ist beendet');
    expect(await page.locator('#app').textContent()).toContain(
      'Die Befragung lief vom 18. Juni bis 14. Juli.',
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
      'Die Befragung läuft vom 18. Juni bis 14. Juli.',
    );
  });

  it('inside the period the configured office is used; a new configuration waits for the welcome screen', async () => {
    await putSettings(page, {
      configuration: await configuration('Bürgerbüro Brambauer', dayFromToday(-3), dayFromToday(3)),
    });
    await page.reload();
    await welcome(page);
    // Mid-survey the period is ended centrally: the citizen is not interrupted.
    await page.getByRole('button', { name: 'Umfrage starten' }).click();
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
    // Back at the welcome screen the kiosk rests: now the new configuration applies.
    await expect.poll(closedTitle, { timeout: 5_000 }).toBe('Die Befragung ist beendet');

    await putSettings(page, {
      configuration: await configuration('Bürgerbüro Brambauer', dayFromToday(-3), dayFromToday(3)),
    });
    await page.reload();
    await welcome(page);
    await tapThroughSurvey(page);
    const { values } = await readAnswers(page);
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({ office: 'Bürgerbüro Brambauer', day: dayOf(new Date()) });
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
