import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, type KioskBrowser, launchKioskBrowser, serveDist } from './harness.ts';
import { answer } from './kiosk-steps.ts';

/**
 * What a citizen sees when the tablet's storage fails. Both faults are real,
 * not mocked: a mis-provisioned office name the answer-set schema refuses (the
 * write is rejected), and a database upgraded past the app's version (it can
 * no longer be opened, as after a botched update or a wedged Safari store).
 */
describeBrowser('kiosk when storing fails', () => {
  let server: { url: string; close(): Promise<void> };
  let browser: KioskBrowser;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchKioskBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('apologises when the write fails and stays usable; asks for a restart when the store is gone', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Umfrage starten' }).waitFor();
    await page.evaluate(putLongOffice);
    await page.reload();

    await page.getByRole('button', { name: 'Umfrage starten' }).click();
    for (const label of ['Reisepass', 'Online-Termin', 'zufrieden', 'zufrieden', 'zufrieden']) {
      await answer(page, label);
    }
    for (const label of ['zufrieden', 'Ja', 'zufrieden', 'Nein', 'zufrieden', 'zufrieden']) {
      await answer(page, label);
    }
    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.getByRole('heading', { name: 'Das tut uns leid' }).waitFor();
    const text = (await page.locator('#app').textContent()) ?? '';
    expect(text).toContain(
      'Ihre Antworten konnten leider nicht gespeichert werden. Bitte sagen Sie am Schalter Bescheid.',
    );
    expect(text).not.toMatch(/Error|at .*\.js|office|ZodError/);
    expect(await countAnswers(page)).toBe(0);
    await page.getByRole('button', { name: 'Zur Startseite' }).click();
    await page.getByRole('heading', { name: 'Wie war Ihr Besuch heute?' }).waitFor();

    // Upgrade the database beyond what the app knows: opening it now fails for the app.
    await page.evaluate(upgradeBeyondApp);
    await page.reload();
    await page.getByRole('heading', { name: 'Bitte starten Sie die App neu' }).waitFor();
    expect(await page.getByRole('button', { name: 'Umfrage starten' }).count()).toBe(0);
  });
});

// The functions below run inside the page: each is self-contained, as page.evaluate requires.

/** An office name longer than the answer-set schema allows: every write is refused before disk. */
function putLongOffice(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('urne');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('settings', 'readwrite');
      tx.objectStore('settings').put('x'.repeat(200), 'office');
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
    };
  });
}

function upgradeBeyondApp(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('urne', 99);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
  });
}

function countAnswers(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('urne');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('answers').objectStore('answers').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}
