import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { breakDatabase } from './a11y-steps.ts';
import { describeBrowser, type KioskBrowser, launchKioskBrowser, serveDist } from './harness.ts';
import { answer, startSurvey } from './kiosk-steps.ts';

/**
 * What a citizen sees when the tablet's storage fails. The faults are real, not mocked: a full
 * disk (Chromium's own QuotaExceededError, with the origin's quota cut through DevTools), a
 * database that never answers (its open request swallowed before the app sees it), and a
 * database upgraded past the app's version (as after a botched update).
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

  it('a full disk: the citizen gets the apology, nothing is half-written, the kiosk stays usable', async () => {
    // A browser of its own: Chromium applies a quota override only to an origin whose
    // IndexedDB it has not touched yet in this browser (it keeps the quota it looked up).
    const own = await launchKioskBrowser();
    try {
      const page = await own.context.newPage();
      const cdp = await own.context.newCDPSession(page);
      const origin = new URL(server.url).origin;
      // One byte: the database still opens and reads, every write fails as on a full disk.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
      const logged: string[] = [];
      page.on('console', (message) => logged.push(message.text()));
      await page.goto(`${server.url}?confirmMs=0`);
      // The welcome's face is the first write: the apology comes right after it.
      await page.getByRole('radio', { name: 'zufrieden', exact: true }).click();
      await page.getByRole('heading', { name: 'Das tut uns leid' }).waitFor();
      const text = (await page.locator('#app').textContent()) ?? '';
      expect(text).toContain(
        'Ihre Antworten konnten leider nicht gespeichert werden. Bitte sagen Sie am Schalter Bescheid.',
      );
      expect(text).not.toMatch(/Error|Quota|at .*\.js/);
      // The fault was Chromium's own full-disk error, not some other refusal.
      expect(logged.join('\n')).toMatch(/could not store the answer set: QuotaExceededError/);
      // Nothing half-written: no answer set, no batch.
      expect(await readStore(page, 'answers')).toEqual([]);
      expect(await readStore(page, 'batches')).toEqual([]);

      // Space again (staff freed some): the next citizen's answers are stored, exactly once.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await page.getByRole('button', { name: 'Zur Startseite' }).click();
      await page
        .getByRole('heading', { name: 'Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?' })
        .waitFor();
      await answerAll(page);
      await page.getByRole('heading', { name: 'Vielen Dank!' }).waitFor();
      expect(await readStore(page, 'answers')).toHaveLength(1);
    } finally {
      await own.close();
    }
  });

  it('a database that never answers gets the restart screen, never the welcome screen', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      // The open request's events never reach the app (Safari's wedged IndexedDB). It opens a
      // throwaway database, so the kiosk's own stays untouched for the other tests.
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string) {
        const request = open.call(this, `wedged-${name}`);
        for (const type of ['success', 'error', 'upgradeneeded', 'blocked']) {
          request.addEventListener(type, (event) => event.stopImmediatePropagation());
        }
        return request;
      };
      // Remembers whether the start button ever showed, even for a moment.
      const w = window as unknown as { sawWelcome: boolean };
      w.sawWelcome = false;
      new MutationObserver(() => {
        if (document.querySelector('.welcome')) w.sawWelcome = true;
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`${server.url}?storeTimeoutMs=1000`);
    await page
      .getByRole('heading', { name: 'Für das Personal: Bitte die App neu starten' })
      .waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { sawWelcome: boolean }).sawWelcome),
    ).toBe(false);
    await page.close();
  });

  it('asks for persistent storage at start and keeps the answer; a database from a newer app version gets the restart screen', async () => {
    const page = await browser.context.newPage();
    // Records what Chromium answered the kiosk's persist() calls; the real call still runs.
    await page.addInitScript(() => {
      const persist = StorageManager.prototype.persist;
      const w = window as unknown as { persistAnswers: boolean[] };
      w.persistAnswers = [];
      StorageManager.prototype.persist = async function (this: StorageManager) {
        const answer = await persist.call(this);
        w.persistAnswers.push(answer);
        return answer;
      };
    });
    await page.goto(server.url);
    await page.locator('.welcome').waitFor();
    const asked = await page.waitForFunction(() => {
      const answers = (window as unknown as { persistAnswers: boolean[] }).persistAnswers;
      return answers.length > 0 && answers;
    });
    const answers = (await asked.jsonValue()) as boolean[];
    expect(answers).toHaveLength(1);
    await expect.poll(() => readStore(page, 'settings', 'persisted')).toEqual(answers);

    // Upgrade the database beyond what the app knows: opening it now fails for the app.
    await page.evaluate(breakDatabase);
    await page.reload();
    await page
      .getByRole('heading', { name: 'Für das Personal: Bitte die App neu starten' })
      .waitFor();
    expect(await page.locator('.welcome').count()).toBe(0);
  });
});

/** One citizen's survey up to and including the tap on "Absenden". */
async function answerAll(page: Page): Promise<void> {
  await startSurvey(page);
  for (const label of ['Reisepass', 'Online-Termin', 'zufrieden', 'zufrieden', 'zufrieden']) {
    await answer(page, label);
  }
  for (const label of ['zufrieden', 'Ja', 'zufrieden', 'Nein', 'zufrieden']) {
    await answer(page, label);
  }
  await page.getByRole('button', { name: 'Absenden' }).click();
}

// The functions below run inside the page: each is self-contained, as page.evaluate requires.

/** The values of one object store (or of one key in it), read with raw IndexedDB. */
function readStore(page: Page, store: string, key?: string): Promise<unknown[]> {
  return page.evaluate(
    ([store, key]) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('urne');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const objects = open.result.transaction(store).objectStore(store);
          const read = key === undefined ? objects.getAll() : objects.getAll(key);
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    [store, key] as const,
  );
}
