import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { surveyWithGermanAndTurkishOnlyQuestion } from '../utils.ts';
import { axeViolations } from './a11y-steps.ts';
import { describeBrowser, launchBrowser, serveDist, useServerAndBrowser } from './harness.ts';
import {
  enterPin,
  longPressCorner,
  putAnswers,
  putSettings,
  sampleSets,
  welcome,
} from './staff-steps.ts';

const HOLD_MS = 600;

// Issue 16, point 9: the clerk reads one coloured line first; IT details and the set-up wait
// behind their own buttons; the panel stays clean for axe.
describeBrowser('staff panel at a glance', () => {
  const world = useServerAndBrowser(serveDist, launchBrowser);

  it('leads with a green, amber or red line, keeps the IT details and set-up closed, passes axe', async () => {
    const context = await world.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${world.server.url}?longPressMs=${HOLD_MS}`);
    await welcome(page);
    await putAnswers(page, await sampleSets(2));
    // The start's sync round finds no server access ("not set up", red); once it has said so,
    // the device is made to look like one that sent a while ago without trouble.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise((resolve) => {
              const open = indexedDB.open('urne');
              open.onsuccess = () => {
                const get = open.result
                  .transaction('settings')
                  .objectStore('settings')
                  .get('lastProblem');
                get.onsuccess = () => {
                  open.result.close();
                  resolve(get.result !== undefined && get.result !== null);
                };
              };
            }),
        ),
      )
      .toBe(true);
    await putSettings(page, {
      lastSyncAt: new Date().toISOString(),
      sentTotal: 21,
      lastProblem: null,
    });
    await longPressCorner(page, HOLD_MS);
    await enterPin(page, '2468');
    await enterPin(page, '2468');
    const line = page.locator('.staff__summary');
    await line.waitFor();
    // First in the status section, before the list.
    expect(await page.locator('.staff__status > :nth-child(2)').getAttribute('class')).toContain(
      'staff__summary',
    );
    expect(await line.getAttribute('data-level')).toBe('ok');
    expect(await line.textContent()).toMatch(
      /^✔Alles in Ordnung · 2 Antworten warten · zuletzt gesendet: heute, \d\d:\d\d$/,
    );
    // The technical lines and the set-up field are there, but closed.
    expect(await page.getByText('App 0.1.0', { exact: false }).isVisible()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Einrichtungslink oder Code' }).count()).toBe(0);
    expect(await page.getByText('Vom Server abgelehnte Pakete').count()).toBe(0);
    await page.locator('summary', { hasText: 'Details für die IT' }).click();
    await page.getByText('Sendungen, die der Server nicht annimmt', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Paused: amber, and the line says why.
    await page.getByRole('button', { name: 'Befragung pausieren' }).click();
    await expect.poll(() => line.getAttribute('data-level')).toBe('warn');
    expect(await line.textContent()).toContain('Bitte ansehen · Befragung pausiert');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('names the languages that show some texts in German (a language left incomplete in the editor)', async () => {
    const context = await world.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${world.server.url}?longPressMs=${HOLD_MS}`);
    await welcome(page);
    // Published with German and Turkish only for its new question.
    const survey = surveyWithGermanAndTurkishOnlyQuestion();
    await putSettings(page, {
      configuration: {
        office: 'Bürgerbüro Lünen',
        survey,
        surveyVersion: await surveyVersion(survey),
        period: { from: '2026-01-01', to: '2099-12-31' },
      },
    });
    await page.reload();
    await welcome(page);
    await longPressCorner(page, HOLD_MS);
    await enterPin(page, '2468');
    await enterPin(page, '2468');
    const row = page.locator('[data-status="languages"]');
    await row.waitFor();
    // The names come isolated (FSI … PDI) for the Arabic one's sake.
    expect((await row.textContent())?.replace(/[\u2068\u2069]/g, '')).toContain(
      'teils auf Deutsch gezeigt: Leichte Sprache (1 Text fehlt), English (1 Text fehlt), العربية (1 Text fehlt)',
    );
    expect(await row.textContent()).not.toContain('Türkçe');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'staff-languages.png'), fullPage: true });
  });
});
