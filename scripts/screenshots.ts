// Screenshots of every kiosk screen, taken in headless Chromium from a built app, for review
// and for the README. Usage:
//   npx vite build --outDir /tmp/urne-dist --emptyOutDir
//   URNE_DIST=/tmp/urne-dist npx tsx scripts/screenshots.ts [/tmp/urne-screenshots]
// Every screen goes to the output folder; the welcome screen and a scale question (portrait)
// also go to docs/screenshots/ for the README.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { startSurvey } from '../tests/browser/kiosk-steps.ts';

const DIST = resolve(process.env.URNE_DIST ?? 'dist');
const OUT = resolve(process.argv[2] ?? '/tmp/urne-screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1280, height: 800 };

// In-page scripts are strings: this file compiles without the DOM library.
/** Puts an office name the answer-set schema refuses (too long), so the next write fails. */
const BREAK_OFFICE = `new Promise((done, fail) => {
  const open = indexedDB.open('urne');
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('settings', 'readwrite');
    tx.objectStore('settings').put('x'.repeat(200), 'office');
    tx.oncomplete = () => { open.result.close(); done(); };
  };
})`;
/** Upgrades the database past the app's version, so the app can no longer open it. */
const BREAK_DATABASE = `new Promise((done) => {
  const open = indexedDB.open('urne', 99);
  open.onsuccess = () => { open.result.close(); done(); };
})`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    await portraitFlow(browser, url);
    await failures(browser, url);
    const wide = await openKiosk(browser, url, LANDSCAPE);
    await shot(wide, 'landscape-welcome');
    await start(wide);
    await tap(wide, 'Personalausweis');
    await tap(wide, 'Online-Termin');
    await shot(wide, 'landscape-scale');
    await wide.goto(url);
    await start(wide);
    await shot(wide, 'landscape-single');
  } finally {
    await browser.close();
    await server.close();
  }
  copyFileSync(join(OUT, 'portrait-welcome.png'), 'docs/screenshots/kiosk-welcome.png');
  copyFileSync(join(OUT, 'portrait-scale.png'), 'docs/screenshots/kiosk-question.png');
  console.log(`Screenshots in ${OUT}; README copies in docs/screenshots/`);
}

async function portraitFlow(browser: Browser, url: string): Promise<void> {
  const page = await openKiosk(browser, url, PORTRAIT);
  await shot(page, 'portrait-welcome');
  await start(page);
  await shot(page, 'portrait-single');
  for (const label of ['Reisepass', 'Online-Termin']) await tap(page, label);
  await shot(page, 'portrait-scale');
  // Back to an answered question: the choice shows as chosen, with "Weiter".
  await page.getByRole('button', { name: 'Zurück' }).click();
  await shot(page, 'portrait-answered');
  await page.getByRole('button', { name: 'Weiter' }).click();
  for (let i = 0; i < 4; i++) await tap(page, 'zufrieden');
  await shot(page, 'portrait-yesno');
  await tap(page, 'Teilweise');
  await tap(page, 'zufrieden');
  await tap(page, 'Ja');
  for (let i = 0; i < 3; i++) await tap(page, 'sehr zufrieden');
  await page.getByRole('textbox').fill('Mehr Sitzplätze im Wartebereich, bitte.');
  await shot(page, 'portrait-text');
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.getByRole('heading', { name: 'Vielen Dank!' }).waitFor();
  await shot(page, 'portrait-thanks');
  await page.close();

  const idle = await openKiosk(browser, `${url}?idleMs=1000&countdownMs=15000`, PORTRAIT);
  await start(idle);
  await tap(idle, 'Reisepass');
  await idle.getByRole('alertdialog').waitFor();
  await idle.waitForTimeout(300);
  await shot(idle, 'portrait-idle');
  await idle.close();
}

async function failures(browser: Browser, url: string): Promise<void> {
  const page = await openKiosk(browser, url, PORTRAIT);
  await page.evaluate(BREAK_OFFICE);
  await page.reload();
  await start(page);
  for (const label of ['Reisepass', 'Online-Termin']) await tap(page, label);
  for (let i = 0; i < 4; i++) await tap(page, 'zufrieden');
  await tap(page, 'Ja');
  await tap(page, 'zufrieden');
  await tap(page, 'Nein');
  await tap(page, 'zufrieden');
  await tap(page, 'zufrieden');
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.getByRole('heading', { name: 'Das tut uns leid' }).waitFor();
  await shot(page, 'portrait-apology');
  await page.evaluate(BREAK_DATABASE);
  await page.reload();
  await page
    .getByRole('heading', { name: 'Für das Personal: Bitte die App neu starten' })
    .waitFor();
  await shot(page, 'portrait-restart');
  await page.close();
}

async function openKiosk(browser: Browser, url: string, viewport: typeof PORTRAIT): Promise<Page> {
  const context = await browser.newContext({ viewport, hasTouch: true, locale: 'de-DE' });
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  await page.locator('.welcome').waitFor();
  return page;
}

async function start(page: Page): Promise<void> {
  await startSurvey(page);
  await page.getByText(/^Frage 1 von/).waitFor();
}

/** Taps an answer (exact label) and waits until the next question is on screen. */
async function tap(page: Page, label: string): Promise<void> {
  const option = page.getByRole('radio', { name: label, exact: true });
  // Read the title only once the option is on screen: the previous tap may still be rendering.
  await option.waitFor();
  const before = await page.locator('h1').textContent();
  await option.click();
  await page.waitForFunction(
    `document.querySelector('h1')?.textContent !== ${JSON.stringify(before)}`,
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

await main();
