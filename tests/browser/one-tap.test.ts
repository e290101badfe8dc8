import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { dayOf } from '../../src/shared/answer-schema.ts';
import {
  describeBrowser,
  launchKioskBrowser,
  serveDist,
  startEndpoint,
  useServerAndBrowser,
} from './harness.ts';
import { QUICK_ROUNDS, readAnswers, readSetting, tapWelcomeFace } from './kiosk-steps.ts';
import { OFFICE } from './sync-fixture/world.ts';

/** The welcome's answer alone, as it is stored: the overall face and the language. */
const ONLY_OVERALL = { overall: 2, language: 'de' };

/** The visitor's records on the tablet, and whether one of them is still open. */
async function onTablet(page: Page): Promise<{ answers: unknown[]; open: unknown }> {
  const { values } = await readAnswers(page);
  return {
    answers: values.map((v) => (v as { answers: unknown }).answers),
    open: await readSetting(page, 'openAnswerSet'),
  };
}

describeBrowser('one tap counts', () => {
  const world = useServerAndBrowser(serveDist, launchKioskBrowser, 'each');

  it('a face, then walking away: one finished record with only the overall answer', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(`${world.server.url}?idleMs=1000&countdownMs=1000&cooldownMs=0`);
    await tapWelcomeFace(page, 'unzufrieden');
    // Stored before the offer of more shows, and still open: the visitor may add to it.
    const opened = await onTablet(page);
    expect(opened.answers).toEqual([ONLY_OVERALL]);
    expect(opened.open).toEqual(expect.any(String));
    // The offer is honest about the rest: twelve short questions, two minutes at most.
    await page.getByRole('heading', { name: 'Haben Sie noch 2 Minuten?' }).waitFor();
    await page.getByText('Noch 12 kurze Fragen.').waitFor();

    // Nobody taps: the kiosk asks, then returns to the welcome and finishes the record.
    await page.getByRole('alertdialog').waitFor({ timeout: 5_000 });
    await page.locator('.welcome').waitFor({ timeout: 5_000 });
    await expect.poll(() => onTablet(page)).toEqual({ answers: [ONLY_OVERALL], open: undefined });
    const [record] = (await readAnswers(page)).values;
    expect(record).toStrictEqual({
      surveyId: 'buergerbuero_zufriedenheit',
      surveyVersion: expect.any(String),
      office: 'Bürgerbüro Lünen',
      day: dayOf(new Date()),
      answers: ONLY_OVERALL,
    });
  });

  it('"Nein, danke" thanks and finishes the one record; one deliberate tap is not flagged', async () => {
    const page = await world.browser.context.newPage();
    // The default minimum time for a survey (5 s) stays: a single tap must pass it.
    await page.goto(`${world.server.url}?thankYouMs=1000`);
    await tapWelcomeFace(page, 'unzufrieden');
    await page.getByRole('button', { name: 'Nein, danke' }).click();
    await page.getByRole('heading', { name: 'Vielen Dank!' }).waitFor();
    await expect.poll(() => onTablet(page)).toEqual({ answers: [ONLY_OVERALL], open: undefined });
    expect((await readAnswers(page)).values[0]).not.toHaveProperty('flagged');

    // The next visitor right after: within the cooldown, so their tap is flagged (children
    // tapping face after face), and it is a record of its own.
    await page.locator('.welcome').waitFor({ timeout: 5_000 });
    await tapWelcomeFace(page, 'sehr zufrieden');
    await page.getByRole('button', { name: 'Nein, danke' }).click();
    await expect.poll(async () => (await onTablet(page)).open).toBeUndefined();
    const flags = (await readAnswers(page)).values.map((v) => (v as { flagged?: true }).flagged);
    expect(flags.sort()).toEqual([true, undefined]);
  });
});

describeBrowser('one tap counts, across a crash', () => {
  const world = useServerAndBrowser(startEndpoint, launchKioskBrowser);

  const rows = () => {
    const db = new Database(world.server.dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT answers FROM answer_sets').all() as { answers: string }[]).map(
        (r) => JSON.parse(r.answers) as unknown,
      );
    } finally {
      db.close();
    }
  };

  it('a record left open by a crash is finished at the next start and reaches the server once', async () => {
    const token = await world.server.addKiosk(OFFICE);
    const url = `${world.server.url}/?${QUICK_ROUNDS}&token=${encodeURIComponent(token)}`;
    const page = await world.browser.context.newPage();
    await page.goto(url);
    await page.locator('.welcome').waitFor();
    await tapWelcomeFace(page, 'unzufrieden');
    // While it is open, sync rounds come and go without it.
    for (let round = 0; round < 2; round++) {
      await page.waitForResponse((r) => r.url().includes('/kiosk/configuration'));
    }
    expect(rows()).toEqual([]);
    expect((await onTablet(page)).answers).toEqual([ONLY_OVERALL]);

    // The tablet crashes before Send, "Nein, danke" or a walk-away: no code of the page runs.
    await page.close({ runBeforeUnload: false });
    const again = await world.browser.context.newPage();
    await again.goto(url.replace(/&token=.*/, ''));
    await again.locator('.welcome').waitFor();
    // Finished on start, then sent with the next round: one set on the server, none left here.
    await expect.poll(rows, { timeout: 30_000 }).toEqual([ONLY_OVERALL]);
    await expect
      .poll(() => onTablet(again), { timeout: 30_000 })
      .toEqual({
        answers: [],
        open: undefined,
      });
    // More rounds send nothing again.
    for (let round = 0; round < 2; round++) {
      await again.waitForResponse((r) => r.url().includes('/kiosk/configuration'));
    }
    expect(rows()).toEqual([ONLY_OVERALL]);
  }, 120_000);
});
