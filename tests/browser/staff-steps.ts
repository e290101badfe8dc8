import type { Page } from 'playwright-core';
import { type AnswerSet, dayOf } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { COMPLETE_ANSWERS } from '../utils.ts';
import { answer, startSurvey } from './kiosk-steps.ts';

// Steps shared by the staff-mode browser tests: the hidden corner, the PIN pad, raw IndexedDB.

/** Holds a finger (the mouse, as a pointer) on the hidden top-left corner for `ms`. */
export async function longPressCorner(page: Page, ms: number): Promise<void> {
  await page.mouse.move(30, 30);
  await page.mouse.down();
  await page.waitForTimeout(ms + 200);
  await page.mouse.up();
}

/** Types a PIN on the pad's digit buttons and taps OK. */
export async function enterPin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) {
    await page.getByRole('button', { name: digit, exact: true }).click();
  }
  await page.getByRole('button', { name: 'OK', exact: true }).click();
}

/**
 * Opens the staff panel with the hidden corner (the kiosk's `?longPressMs=` must be `holdMs`); on
 * a kiosk without a PIN yet, chooses `pin` first.
 */
export async function openStaffPanel(page: Page, pin: string, holdMs: number): Promise<void> {
  await longPressCorner(page, holdMs);
  const fresh = page.getByRole('heading', { name: 'Neue PIN festlegen' });
  const pad = page.getByRole('heading', { name: 'PIN eingeben' });
  await fresh.or(pad).waitFor();
  if (await fresh.isVisible()) await enterPin(page, pin);
  await enterPin(page, pin);
  await page.getByRole('heading', { name: 'Personalbereich' }).waitFor();
}

/** Waits until the citizens' welcome screen shows (the app has opened its database by then). */
export async function welcome(page: Page): Promise<void> {
  await page
    .getByRole('heading', { name: 'Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?' })
    .waitFor();
}

/** Writes settings straight into IndexedDB, as enrollment or an earlier session would have. */
export function putSettings(page: Page, entries: Record<string, unknown>): Promise<void> {
  return rawPut(page, 'settings', Object.entries(entries));
}

/** Adds answer sets straight into the answers store (random keys, like the app). */
export function putAnswers(page: Page, sets: AnswerSet[]): Promise<void> {
  return rawPut(
    page,
    'answers',
    sets.map((set) => [crypto.randomUUID(), set]),
  );
}

function rawPut(page: Page, store: string, entries: [string, unknown][]): Promise<void> {
  return page.evaluate(
    ({ store, entries }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('urne');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          for (const [key, value] of entries) tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, entries },
  );
}

/**
 * Every value of every object store (or of the stores named), as one JSON text: to look for a
 * PIN or an answer in clear.
 */
export function dumpDatabase(page: Page, stores?: readonly string[]): Promise<string> {
  return page.evaluate(
    (only) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('urne');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = only ?? [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const reads = names.map((name) => ({
            name,
            keys: tx.objectStore(name).getAllKeys(),
            values: tx.objectStore(name).getAll(),
          }));
          tx.oncomplete = () => {
            db.close();
            const out = reads.map((r) => ({ [r.name]: [r.keys.result, r.values.result] }));
            resolve(JSON.stringify(out));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}

/** Counts the records in one object store. */
export function countStore(page: Page, name: 'answers' | 'batches' | 'settings'): Promise<number> {
  return page.evaluate(
    (store) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('urne');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(store, 'readonly').objectStore(store).count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    name,
  );
}

/** `count` valid answer sets of the bundled survey for today. */
export async function sampleSets(count: number, office = 'Bürgerbüro Lünen'): Promise<AnswerSet[]> {
  const version = await surveyVersion(loadSurvey(buergerbueroSurvey));
  return Array.from({ length: count }, () => ({
    surveyId: buergerbueroSurvey.id,
    surveyVersion: version,
    office,
    day: dayOf(new Date()),
    answers: { ...COMPLETE_ANSWERS },
  }));
}

/** Taps through the whole survey like a citizen (no children, no text) and sends it. */
export async function tapThroughSurvey(page: Page): Promise<void> {
  await startSurvey(page);
  const taps = ['Reisepass', 'Online-Termin', 'zufrieden', 'sehr zufrieden', 'sehr zufrieden'];
  const more = ['zufrieden', 'Ja', 'teils/teils', 'Nein', 'unzufrieden'];
  for (const label of [...taps, ...more]) await answer(page, label);
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.getByRole('heading', { name: 'Vielen Dank!' }).waitFor();
}
