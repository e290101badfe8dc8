// Functions that run inside the kiosk page (passed to KioskPage.run): raw IndexedDB reads that
// bypass the app's own store module, like readAnswers and countStore in tests/browser. They may
// use only their arguments and the page's globals: they travel as source text.

/**
 * Every answer set on the tablet, loose or already packed into a batch (a sync round packs them
 * even while the server is gone), with the records' keys: the loose sets' and the batches' ids.
 */
export function answerSetsOnTablet(): Promise<{ keys: IDBValidKey[]; sets: unknown[] }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('urne');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['answers', 'batches'], 'readonly');
      const looseKeys = tx.objectStore('answers').getAllKeys();
      const loose = tx.objectStore('answers').getAll();
      const packedKeys = tx.objectStore('batches').getAllKeys();
      const packed = tx.objectStore('batches').getAll();
      tx.oncomplete = () => {
        db.close();
        const batches = packed.result as { batch: { answerSets: unknown[] } }[];
        resolve({
          keys: [...looseKeys.result, ...packedKeys.result],
          sets: [...loose.result, ...batches.flatMap((b) => b.batch.answerSets)],
        });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** How many answer sets are still on the tablet. */
export function outboxCount(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('urne');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['answers', 'batches'], 'readonly');
      const loose = tx.objectStore('answers').count();
      const packed = tx.objectStore('batches').getAll();
      tx.oncomplete = () => {
        db.close();
        const batches = packed.result as { batch: { answerSets: unknown[] } }[];
        resolve(loose.result + batches.reduce((sum, b) => sum + b.batch.answerSets.length, 0));
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/**
 * Waits (up to `ms`) for a service worker registration; false if none came: WebDriver's own
 * script timeout would otherwise hide which step hung.
 */
export function serviceWorkerReady(ms: number): Promise<boolean> {
  return Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);
}

export function controlled(): boolean {
  return navigator.serviceWorker.controller !== null;
}

/** The state of a waiting (installed, not yet active) new service worker, or 'none'. */
export async function waitingWorker(): Promise<string> {
  const registration = await navigator.serviceWorker.getRegistration();
  return registration?.waiting?.state ?? 'none';
}

/** Asks the server for a new sw.js (as the browser does on its own now and then). */
export async function checkForUpdate(): Promise<void> {
  await (await navigator.serviceWorker.getRegistration())?.update();
}

/** Marks this very document; a reload removes the mark. */
export function mark(value: string): void {
  document.documentElement.dataset.mark = value;
}

export function readMark(): string | null {
  return document.documentElement.dataset.mark ?? null;
}

/** The fingerprint of the urn key in the kiosk's stored configuration, or null without one. */
export function urnKeyFingerprint(): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('urne');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('settings', 'readonly');
      const read = tx.objectStore('settings').get('configuration');
      tx.oncomplete = () => {
        db.close();
        const configuration = read.result as
          | { urn?: { key?: { fingerprint: string } } }
          | undefined;
        resolve(configuration?.urn?.key?.fingerprint ?? null);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The answers and batches stores' records, raw, as one JSON text: what a thief of the tablet reads. */
export function rawOutbox(): Promise<string> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('urne');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['answers', 'batches'], 'readonly');
      const answers = tx.objectStore('answers').getAll();
      const batches = tx.objectStore('batches').getAll();
      tx.oncomplete = () => {
        db.close();
        resolve(JSON.stringify([answers.result, batches.result]));
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
