import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { LOGIN_PATH } from '../../src/shared/results/results-paths.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { API_PREFIX, BATCHES_PATH } from '../../src/shared/wire-schema.ts';
import { ADMIN_NAME, addTestAccount } from '../accounts.ts';
import { axeViolations } from './a11y-steps.ts';
import { describeBrowser, type Endpoint, launchBrowser, startEndpoint } from './harness.ts';

// Issue 14, point 3: the real kiosk in a frame beside the draft, following the admin's edits,
// in any language, text size and tablet size, and harmless: it stores, syncs and registers
// nothing, whatever is tapped in it.
const SHOTS = process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : tmpdir();
const PASSWORD = 'preview-2026-admin';
const RETITLED = 'Aus welchem Grund waren Sie heute im Bürgerbüro?';

describeBrowser('the editor’s live kiosk preview (real endpoint, real Chromium)', () => {
  let server: Endpoint;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await startEndpoint(async (dbPath) => {
      const store = openSqliteStore(dbPath);
      try {
        await seedDefaultSurvey(store);
        await addTestAccount(store, PASSWORD);
      } finally {
        await store.close();
      }
    });
    browser = await launchBrowser();
    // axe comes as an inline script, which the page's CSP rightly refuses; the test lets it in.
    context = await browser.newContext({
      locale: 'de-DE',
      viewport: { width: 1440, height: 900 },
      bypassCSP: true,
    });
    // Every request of the page and its frame, to show the preview never reached the API.
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page = await context.newPage();
    await page.goto(`${server.url}/editor`);
    const status = await page.evaluate(
      async ([path, body]) =>
        (
          await fetch(path as string, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: body as string,
          })
        ).status,
      [LOGIN_PATH, JSON.stringify({ name: ADMIN_NAME, password: PASSWORD })],
    );
    expect(status).toBe(204);
    await page.reload();
    await page.waitForSelector('[data-editor-ready]');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const preview = (): FrameLocator => page.frameLocator('iframe[title^="Kiosk-Vorschau"]');
  /** The framed document itself, for what only script can read (dir, font size, window size). */
  const frameEval = async <T>(fn: () => T): Promise<T> => {
    const frame = page.frames().find((f) => new URL(f.url()).pathname === '/preview');
    if (!frame) throw new Error('no preview frame');
    return frame.evaluate(fn);
  };

  it('shows the draft’s welcome in the real kiosk, and follows a German title as it is typed', async () => {
    await preview().getByText('Vorschau – Antworten werden nicht gespeichert').waitFor();
    await preview().locator('h1.welcome__title').waitFor();
    const time = page.locator('.preview-time');
    expect(await time.textContent()).toMatch(/^(Hinweis: )?Ausfüllen dauert etwa \d/);

    // The picker follows the question being edited; "Anzeigen" shows it in the frame.
    const second = page.locator('li.question').nth(1).getByLabel('Frage (Deutsch)');
    await second.focus();
    await expect
      .poll(() => page.getByLabel('Frage anzeigen').inputValue())
      .toBe(buergerbueroSurvey.questions[1]?.id);
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await preview().locator('h1.question__title').waitFor();
    // Then the first question, its title retyped in the form while the frame shows it.
    await page.getByLabel('Frage anzeigen').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await preview().getByRole('heading', { name: 'Weshalb waren Sie heute bei uns?' }).waitFor();
    const title = page.locator('li.question').first().getByLabel('Frage (Deutsch)');
    await title.fill('');
    await title.pressSequentially(RETITLED);
    // Polled: the frame gets the draft a moment after the last key.
    await preview().getByRole('heading', { name: RETITLED }).waitFor();

    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'editor-preview.png') });
  });

  it('shows Arabic right to left at the largest size, and both tablet sizes', async () => {
    const sizeOf = () =>
      frameEval(() => {
        const h1 = document.querySelector('h1');
        return h1 ? Number.parseFloat(getComputedStyle(h1).fontSize) : 0;
      });
    const before = await sizeOf();
    expect(before).toBeGreaterThan(0);
    await page.getByLabel('Sprache', { exact: true }).selectOption('ar');
    await page.getByLabel('Textgröße').selectOption('xlarge');
    await expect.poll(() => frameEval(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(sizeOf).toBeGreaterThan(before);
    // Still the question that was shown, now in Arabic (the bundled translation: the draft has
    // no Arabic of its own for it, and the kiosk falls back to German where it has none at all).
    await preview().locator('h1.question__title').waitFor();
    expect(await frameEval(() => document.documentElement.lang)).toBe('ar');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'editor-preview-ar.png') });

    const frameSize = () => frameEval(() => [window.innerWidth, window.innerHeight]);
    expect(await frameSize()).toEqual([768, 1024 + 32]);
    const portrait = await page.locator('.preview-box').boundingBox();
    await page.getByLabel(/^Querformat/).check();
    await expect.poll(frameSize).toEqual([1280, 800 + 32]);
    const landscape = await page.locator('.preview-box').boundingBox();
    // Scaled to fit: landscape is wider than tall, portrait taller than wide.
    expect(portrait && portrait.height > portrait.width).toBe(true);
    expect(landscape && landscape.width > landscape.height).toBe(true);
    await page.getByLabel(/^Hochformat/).check();
    await expect.poll(frameSize).toEqual([768, 1024 + 32]);

    // On a tablet in portrait the preview stands below the form, still labelled and axe-clean.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.locator('#preview-heading').evaluate((heading) => heading.scrollIntoView());
    const box = await page.locator('.preview-box').boundingBox();
    expect(box && box.width <= 768 && box.height > box.width).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'editor-preview-portrait.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('stores, sends and registers nothing when the admin answers in the preview', async () => {
    await page.getByLabel('Sprache', { exact: true }).selectOption('de');
    await page.getByLabel('Textgröße').selectOption('normal');
    await page.getByRole('button', { name: 'Von vorn' }).click();
    await preview().locator('h1.welcome__title').waitFor();
    // The welcome's face (the first answer, which a kiosk stores at once), then "Nein, danke".
    await preview().locator('.welcome').getByRole('radio').first().click();
    await preview().getByRole('button', { name: 'Nein, danke' }).click();
    await preview().getByText('Vielen Dank!').waitFor();

    // The origin's IndexedDB, read from the editor page (same origin as the frame): no database
    // was even opened, so no answer can be in one.
    expect(
      await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)),
    ).toEqual([]);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).toBe(0);
    // The editor's own API calls only (its session, the draft): nothing of a kiosk's (batches,
    // configuration, enrolment).
    const editors = [`${API_PREFIX}/admin/`, `${API_PREFIX}/evaluator/`];
    const api = requests.filter((path) => path.startsWith(API_PREFIX));
    expect(api.length).toBeGreaterThan(0);
    expect(api.filter((path) => !editors.some((prefix) => path.startsWith(prefix)))).toEqual([]);
    expect(requests).not.toContain(BATCHES_PATH);
    expect(requests).toContain('/preview');
  });

  it('says in a sentence why a draft it cannot show is not shown', async () => {
    const title = page.locator('li.question').first().getByLabel('Frage (Deutsch)');
    await title.fill('');
    await preview().getByText('Dieser Entwurf lässt sich noch nicht als Kiosk zeigen.').waitFor();
    await title.fill(RETITLED);
    await preview().locator('h1.welcome__title').waitFor();
  });
});
