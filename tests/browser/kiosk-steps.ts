import type { Page } from 'playwright-core';

// Steps shared by the kiosk browser tests: tap like a citizen, read IndexedDB like an auditor.

/** Taps an answer by its exact label and waits until the next question shows. */
export async function answer(page: Page, label: string): Promise<void> {
  const option = page.getByRole('radio', { name: label, exact: true });
  // Read the title only once the option is on screen: the previous tap may still be rendering.
  await option.waitFor();
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await option.click();
  await page.waitForFunction(
    (before) => document.querySelector('h1')?.textContent !== before,
    title,
  );
}

/** Reads the answer store with raw IndexedDB, bypassing the app's own store module. */
export function readAnswers(page: Page): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('urne');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('answers', 'readonly');
          const keys = tx.objectStore('answers').getAllKeys();
          const values = tx.objectStore('answers').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ keys: keys.result, values: values.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
