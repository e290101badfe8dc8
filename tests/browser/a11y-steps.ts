import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { LANGUAGE_INFO } from '../../src/kiosk/i18n/languages.ts';
import type { Language } from '../../src/shared/localized-text.ts';

// Steps shared by the accessibility and language browser tests.

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what EN 301 549 / BITV 2.0 ask of the kiosk. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page as it is now; returns the violations, described for a failure message. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  // A screen fades in (200 ms): measure contrast once it is fully there, as a citizen sees it.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState === 'finished'),
  );
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: AxeLike }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v): Violation => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }),
    );
  }, WCAG_TAGS);
  return violations.map((v) => `${v.id} (${v.help}): ${v.targets.join(', ')}`);
}

interface AxeLike {
  run(
    context: Document,
    options: object,
  ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
}

/** Chooses a language on the welcome screen and waits until the page shows it. */
export async function chooseLanguage(page: Page, lang: Language): Promise<void> {
  await page.getByRole('button', { name: LANGUAGE_INFO[lang].name, exact: true }).click();
  await page.waitForFunction((code) => document.documentElement.lang === code, lang);
}

/** Starts the survey with the welcome screen's big button, whatever the language. */
export async function start(page: Page): Promise<void> {
  await page.locator('.welcome .button--huge').click();
  await page.locator('.question').waitFor();
}

/**
 * Taps an answer option by position and waits for the next question, in one round trip to the
 * page (a DOM click: these tests move through many screens; kiosk-flow.test.ts taps for real).
 */
export async function tapOption(page: Page, index = 0): Promise<void> {
  await page.evaluate(async (i) => {
    const before = document.querySelector('h1')?.textContent;
    const option = document.querySelectorAll<HTMLElement>('[role="radio"]')[i];
    // A touch starts with pointerdown: the kiosk's idle timer counts it as "someone is here".
    option?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    option?.click();
    await new Promise<void>((resolve) => {
      const check = () =>
        document.querySelector('h1')?.textContent !== before
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
  }, index);
}

/** Nothing wider than the viewport: the page never scrolls sideways. */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
}

/** An office name the answer-set schema refuses (too long): the next write fails, the apology shows. */
export function breakOffice(): Promise<void> {
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
