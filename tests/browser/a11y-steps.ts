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

/**
 * Runs axe-core on the page as it is now; returns the violations, and the colour contrasts it
 * could not measure, described for a failure message.
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  // A screen fades in (200 ms): measure contrast once it is fully there, as a citizen sees it.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState === 'finished'),
  );
  const violations = await page.evaluate(
    async ([tags, skipped]) => {
      const axe = (window as unknown as { axe: AxeLike }).axe;
      const context = skipped.length > 0 ? { exclude: skipped.map((s) => [s]) } : document;
      const result = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'incomplete'],
      });
      // A contrast axe could not measure (text over a gradient or an image) is no pass: a
      // citizen may not be able to read it either.
      const unmeasured = result.incomplete.filter((v) => v.id === 'color-contrast');
      return [...result.violations, ...unmeasured].map(
        (v): Violation => ({
          id: v.id,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
        }),
      );
    },
    [WCAG_TAGS, exclude] as const,
  );
  return violations.map((v) => `${v.id} (${v.help}): ${v.targets.join(', ')}`);
}

interface AxeLike {
  run(
    context: Document | { exclude: string[][] },
    options: object,
  ): Promise<Record<'violations' | 'incomplete', AxeResult[]>>;
}

interface AxeResult {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Chooses a language on the welcome screen and waits until the page shows it. */
export async function chooseLanguage(page: Page, lang: Language): Promise<void> {
  await page.getByRole('button', { name: LANGUAGE_INFO[lang].name, exact: true }).click();
  await page.waitForFunction((code) => document.documentElement.lang === code, lang);
}

/**
 * Chooses a language (and, if asked, the largest text size) and starts the survey, in one round
 * trip to the page. The idle tests run with idleMs=2000 to see the warning soon, and the welcome
 * screen also falls back to German after that long untouched (the taps here are synthetic clicks,
 * which the idle watch does not count as touches): separate taps from the test can be further
 * apart than that on a busy machine, and at 500 ms a language's texts loading under CI load once
 * took longer, so the language was gone before the start.
 */
export async function startIn(page: Page, lang: Language, largest = false): Promise<void> {
  const taps = [...(largest ? ['.text-size__option--xlarge'] : []), WELCOME_FACE];
  await page.evaluate(
    async ({ lang, taps }) => {
      const tap = (selector: string) => {
        const button = document.querySelector<HTMLElement>(selector);
        if (!button) throw new Error(`no ${selector} on the welcome screen`);
        button.click();
      };
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      tap(`.lang-switch__option[lang="${lang}"]`);
      // A language other than German and English first loads its texts.
      for (let waited = 0; document.documentElement.lang !== lang; waited++) {
        if (waited > 600) throw new Error(`the welcome screen did not switch to ${lang}`);
        await nextFrame();
      }
      for (const selector of taps) {
        tap(selector);
        await nextFrame();
      }
      // The face's answer is stored first; then "Weiter" on the offer of more questions.
      for (let waited = 0; !document.querySelector('.message--more'); waited++) {
        if (waited > 600) throw new Error('no offer of more questions after the face');
        await nextFrame();
      }
      tap('.message--more .button--primary');
    },
    { lang, taps },
  );
  await page.locator('.question').waitFor();
  const shown = await page.evaluate(() => document.documentElement.lang);
  if (shown !== lang) throw new Error(`The survey started in "${shown}", not in "${lang}".`);
}

/**
 * Closes the open language sheet with Escape. The sheet takes the focus once it has rendered,
 * and only then does Escape reach it: on a busy machine a key pressed right after the sheet
 * appeared went to the button behind it.
 */
export async function closeSheetWithEscape(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.closest('[role=dialog]') != null);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** The welcome's first face ("sehr zufrieden"), whatever the language. */
export const WELCOME_FACE = '.welcome [role="radio"]';

/** Taps the welcome's first face and "Weiter" on the offer of more, whatever the language. */
export async function start(page: Page): Promise<void> {
  await page.locator(WELCOME_FACE).first().click();
  await page.locator('.message--more .button--primary').click();
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

/**
 * What does not fit the screen as it is now, described: the page scrolls (either way), a
 * scrolling area scrolls sideways, or a button or answer option is not wholly in view — off the
 * screen, or (in the language sheet) below the fold of the area it scrolls in. A question's
 * answers may scroll up and down inside the question at the larger text sizes (issue 16: the
 * text grows rather than the answers shrinking to fit); top bar and navigation stay on screen.
 */
export function fitProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push('the page scrolls sideways');
    if (root.scrollHeight > window.innerHeight) problems.push('the page is taller than the screen');
    const areas = '.question__body, .sheet__panel, .overlay__dialog, .lang-switch';
    for (const area of document.querySelectorAll<HTMLElement>(areas)) {
      if (area.scrollWidth > area.clientWidth) problems.push(`${area.className} scrolls sideways`);
    }
    const name = (el: Element) => (el.textContent?.trim() || el.getAttribute('aria-label')) ?? '?';
    for (const el of document.querySelectorAll('button, [role="radio"], [role="checkbox"]')) {
      const r = el.getBoundingClientRect();
      const inside = (box: { top: number; bottom: number; left: number; right: number }) =>
        r.top >= box.top - 0.5 &&
        r.bottom <= box.bottom + 0.5 &&
        r.left >= box.left - 0.5 &&
        r.right <= box.right + 0.5;
      const screen = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
      const area = el.closest('.question__body, .sheet__panel');
      // Inside a question, only sideways: up and down, its body scrolls.
      const scrolls = el.closest('.question__body')
        ? { top: -Infinity, bottom: Infinity }
        : undefined;
      const bounds = (box: DOMRect | typeof screen) => ({
        top: scrolls?.top ?? box.top,
        bottom: scrolls?.bottom ?? box.bottom,
        left: box.left,
        right: box.right,
      });
      if (!inside(bounds(screen)) || (area && !inside(bounds(area.getBoundingClientRect())))) {
        problems.push(`"${name(el)}" is not wholly in view`);
      }
    }
    return problems;
  });
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

/** Upgrades the database past the app's version: the app's next write finds it unusable. */
export function breakDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('urne', 99);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
  });
}

declare global {
  interface Window {
    __speech: { spoken: { text: string; lang: string }[]; cancels: number };
  }
}

/** Runs in the page before the app: a speech engine with one German voice that records what it is asked to say. */
export function installSpeechStandIn(): void {
  const record = { spoken: [] as { text: string; lang: string }[], cancels: 0 };
  const voices = [{ name: 'Stand-in', lang: 'de-DE', localService: true, default: true }];
  class Utterance {
    lang = '';
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  const synth = {
    getVoices: () => voices,
    speak: (u: Utterance) => record.spoken.push({ text: u.text, lang: u.lang }),
    cancel: () => {
      record.cancels++;
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
  window.__speech = record;
}

/**
 * Answer labels broken inside a word, as "label (width of the answer)": a word that wraps
 * (hyphenated or cut) has more than one line box. Breaks between words are fine.
 */
export function wordsBroken(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const label of document.querySelectorAll('.choice__label')) {
      const text = label.firstChild;
      if (!(text instanceof Text)) continue;
      const range = document.createRange();
      for (const match of text.data.matchAll(/\S+/g)) {
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) {
          const width = Math.round(label.closest('.choice')?.getBoundingClientRect().width ?? 0);
          broken.push(`"${text.data}" (${width} px)`);
          break;
        }
      }
    }
    return broken;
  });
}
