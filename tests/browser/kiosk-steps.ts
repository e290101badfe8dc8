import type { Page } from 'playwright-core';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';

// Steps shared by the kiosk browser tests and scripts/bench-kiosk.ts: tap like a citizen, read
// IndexedDB like an auditor. Playwright only (no vitest), so the benchmark can run them too.

/**
 * Kiosk URL parameters for sync rounds every 0.3–0.9 s instead of 10–30 minutes, for tests that
 * wait for a finished survey on the server (no survey sends by itself any more). Slow enough
 * that a kiosk stays under the endpoint's 120 requests a minute, which would answer with a
 * Retry-After.
 */
export const QUICK_ROUNDS = 'roundMinMs=300&roundMaxMs=900';

/** How long a quick finger rests on the glass in a tap, in ms (the benchmarks, the WebKit tap test). */
export const FINGER_PRESS_MS = 80;

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

export interface WalkOptions {
  /**
   * Before each tap, wait until the screen's entry fade has finished, as a citizen who reads
   * the question does (the benchmark: a tap into a running fade measures the fade, not the
   * tap). Tests tap at once.
   */
  settled?: boolean;
  /**
   * How long the finger rests on an answer before it lifts, in ms (the benchmark). Playwright's
   * click lets go at once, so the release waited for the press's own work (its pressed look, the
   * idle watch), which a finger that rests on the glass for a moment has long seen done.
   */
  pressMs?: number;
}

/**
 * Taps a face on the welcome screen (the overall question, e.g. "zufrieden") and waits for the
 * offer of more questions, which shows only once the answer is stored.
 */
export async function tapWelcomeFace(page: Page, label: string): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).click();
  await page.getByRole('button', { name: 'Nein, danke' }).waitFor();
}

/** From the welcome: a face ("sehr zufrieden", the first), then "Weiter" to the other questions. */
export async function startSurvey(page: Page, face = 'sehr zufrieden'): Promise<void> {
  await tapWelcomeFace(page, face);
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.locator('#question-title').waitFor();
}

/**
 * Taps one survey through like a citizen: the first face on the welcome, then the first answer
 * on every screen, `remark` as the free text, then Send; resolves once the thank-you shows.
 * Works for any survey length.
 */
export async function tapThroughWithRemark(
  page: Page,
  remark: string,
  options: WalkOptions = {},
): Promise<void> {
  const settle = async () => {
    if (options.settled) await page.waitForFunction(() => document.getAnimations().length === 0);
  };
  await startSurvey(page);
  for (let step = 0; step < 20; step++) {
    const screen = await lookAtQuestion(page, options.settled === true);
    if (screen.freeText) {
      await page.locator('.question__body textarea').fill(remark);
      await settle();
      // Tapped as the answers are (a locator's click checks in the page that the tap reached
      // the button, on its pointer events: inside the time the benchmark measures).
      const send = await page.getByRole('button', { name: 'Absenden' }).boundingBox();
      if (!send) throw new Error('no Send button on the last question');
      await page.mouse.click(send.x + send.width / 2, send.y + send.height / 2, {
        delay: options.pressMs,
      });
      await page.getByText('Vielen Dank!').waitFor();
      return;
    }
    // A real pointer click at the first answer's centre, without waiting for the screen's entry
    // animation to settle (that wait alone doubled the sync test's run time), as a locator's
    // click({ force: true }) does, but without its own round trips to find the answer again.
    await page.mouse.click(screen.x, screen.y, { delay: options.pressMs });
    await page.waitForFunction(
      (before) => document.querySelector('#question-title')?.textContent !== before,
      screen.title,
      { timeout: 10_000 },
    );
  }
  throw new Error('The survey never reached its last question');
}

interface QuestionLook {
  title: string | null;
  /** The last question: a free-text field instead of answers. */
  freeText: boolean;
  /** The first answer's centre, in CSS px of the viewport. */
  x: number;
  y: number;
}

/**
 * One look at the question on screen, in one round trip (sealed-urn taps 30 surveys of 14
 * screens, and every round trip to the page counts): waits until its title and its answers or
 * field are there, and, if `settled`, until its entry fade has finished.
 */
function lookAtQuestion(page: Page, settled: boolean): Promise<QuestionLook> {
  return page.evaluate(async (settled) => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let frames = 0; ; frames++) {
      const title = document.querySelector('#question-title');
      const field = document.querySelector('.question__body textarea');
      const answer = document.querySelector('.question__body [role="radio"]');
      const still = !settled || document.getAnimations().length === 0;
      if (title && (field || answer) && still) {
        const box = (field ?? answer)?.getBoundingClientRect();
        return {
          title: title.textContent,
          freeText: field !== null,
          x: (box?.x ?? 0) + (box?.width ?? 0) / 2,
          y: (box?.y ?? 0) + (box?.height ?? 0) / 2,
        };
      }
      // About 10 s at 60 frames a second, as the wait for the next title.
      if (frames > 600) throw new Error('no question with answers or a field on screen');
      await nextFrame();
    }
  }, settled);
}

/** One setting, read with raw IndexedDB (e.g. `openAnswerSet`, the visitor's unfinished record). */
export function readSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('urne');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('settings', 'readonly').objectStore('settings').get(name);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    key,
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

/**
 * Words a readable answer set of the bundled survey would carry: the given markers (free texts),
 * every question and option id in quotes, and the "answers" key. A sealed record has none of them.
 */
export function readableAnswerWords(markers: readonly string[]): string[] {
  const words = new Set(markers);
  for (const q of buergerbueroSurvey.questions) {
    words.add(`"${q.id}"`);
    for (const option of 'options' in q ? (q.options ?? []) : []) words.add(`"${option.id}"`);
  }
  words.add('"answers"');
  return [...words];
}
