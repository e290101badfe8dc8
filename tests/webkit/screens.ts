import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';

// The same walk through the kiosk's screens in either engine, taking a screenshot and measuring
// the layout of each: WebKit over WebDriver, Chromium over Playwright. The two drivers differ (no
// locators, no auto-wait in WebDriver); this asks of each only a real click and a script.

/** What the walk needs of a browser. */
export interface ScreenDriver {
  goto(url: string): Promise<unknown>;
  /** A real pointer click on the `index`th element matching `selector`. */
  click(selector: string, index?: number): Promise<void>;
  run<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  screenshot(): Promise<Buffer>;
}

export type Screen = 'welcome' | 'scale' | 'thanks';
/** Each screen's key elements: name → [x, y, width, height] in CSS pixels, rounded. */
export type Layout = Record<string, number[]>;

const POLL = { timeout: 10_000, interval: 50 };

/** Runs in the page: where the key elements of the screen are. */
function measure(): Layout {
  const selectors = [
    'h1',
    '.welcome__face',
    '.welcome__lead',
    '.button--huge',
    '.welcome__settings',
    '.lang-switch',
    '.topbar',
    '.progress',
    '.read-aloud',
    '.question__body [role="radio"]',
    '.navbar',
    '.navbar button',
    '.message__icon',
    '.message__body',
  ];
  const layout: Layout = {
    viewport: [
      window.innerWidth,
      window.innerHeight,
      document.documentElement.scrollWidth,
      document.documentElement.scrollHeight,
    ],
  };
  for (const selector of selectors) {
    document.querySelectorAll(selector).forEach((el, i) => {
      const r = el.getBoundingClientRect();
      layout[`${selector} #${i}`] = [r.x, r.y, r.width, r.height].map(Math.round);
    });
  }
  return layout;
}

/** Runs in the page: the platform's speech voices, as [lang, name, localService, default]. */
export function listVoices(): [string, string, boolean, boolean][] {
  return (globalThis.speechSynthesis?.getVoices() ?? []).map((v) => [
    v.lang,
    v.name,
    v.localService,
    v.default,
  ]);
}

/**
 * Runs in the page before the app: a silent speech engine offering `voices`. The kiosk shows
 * "Vorlesen" by the voices a device has (WebKitGTK has English flite voices, headless Chromium
 * none), so the engines are compared on the same voices.
 */
export function installVoices(voices: [string, string, boolean, boolean][]): void {
  const list = voices.map(([lang, name, localService, isDefault]) => ({
    lang,
    name,
    voiceURI: name,
    localService,
    default: isDefault,
  }));
  const synth = {
    getVoices: () => list,
    speak: () => {},
    cancel: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

function heading(): string | null {
  return document.querySelector('h1')?.textContent ?? null;
}

/** Fonts loaded and every animation (a screen fades in) finished: the screen as a citizen sees it. */
async function settledInPage(): Promise<boolean> {
  await document.fonts.ready;
  return document.getAnimations().every((a) => a.playState === 'finished');
}

/**
 * Walks welcome → a scale question → thank-you in `lang`, writing `${prefix}-${lang}-${screen}.png`
 * to `outDir`, and returns each screen's layout.
 */
export async function walkScreens(
  driver: ScreenDriver,
  baseUrl: string,
  lang: 'de' | 'ar',
  outDir: string,
  prefix: string,
): Promise<Record<Screen, Layout>> {
  const shoot = async (screen: Screen): Promise<Layout> => {
    await expect.poll(() => driver.run(settledInPage), POLL).toBe(true);
    await writeFile(join(outDir, `${prefix}-${lang}-${screen}.png`), await driver.screenshot());
    return driver.run(measure);
  };
  const tapAnswer = async () => {
    // As a citizen who reads the question first: a click WebDriver sent while the screen was
    // still fading in was lost once in CI (the heading never changed).
    await expect.poll(() => driver.run(settledInPage), POLL).toBe(true);
    const before = await driver.run(heading);
    await driver.click('.question__body [role="radio"]');
    await expect.poll(() => driver.run(heading), POLL).not.toBe(before);
  };
  const has = (selector: string) =>
    driver.run((s: string) => document.querySelector(s) !== null, selector);

  // The thank-you stays (10 minutes) until its screenshot is taken.
  await driver.goto(`${baseUrl}?confirmMs=0&thankYouMs=600000`);
  await expect.poll(() => has('.welcome'), POLL).toBe(true);
  if (lang !== 'de') {
    await driver.click(`.lang-switch__option[lang="${lang}"]`);
    await expect.poll(() => driver.run(() => document.documentElement.lang), POLL).toBe(lang);
  }
  const welcome = await shoot('welcome');

  await driver.click('.welcome [role="radio"]');
  await expect.poll(() => has('.message--more'), POLL).toBe(true);
  await driver.click('.message--more .button--primary');
  await expect.poll(() => has('.question'), POLL).toBe(true);
  // The reason, then the kind of appointment; the third question is a five-face scale.
  await tapAnswer();
  await tapAnswer();
  const scale = await shoot('scale');

  for (let step = 0; step < 20 && !(await has('.question__body textarea')); step++) {
    await tapAnswer();
  }
  await driver.click('.button--send');
  await expect.poll(() => has('.message--thanks'), POLL).toBe(true);
  const thanks = await shoot('thanks');
  return { welcome, scale, thanks };
}

/** How far apart two engines may place an edge, in CSS pixels, across and down the screen. */
export interface Tolerance {
  /** Two font engines measure the same line a few per cent apart: a centred text moves sideways. */
  across: number;
  /** Down the screen every line counts: a wrapped line or a shifted block is a layout bug. */
  down: number;
}

/**
 * Where two engines place the same element differently by more than the tolerance, one line
 * each; elements only one engine shows count too.
 */
export function layoutDifferences(a: Layout, b: Layout, tolerance: Tolerance): string[] {
  const lines: string[] = [];
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [boxA, boxB] = [a[name], b[name]];
    // [x, y, width, height]: even indices run across, odd ones down.
    const apart = (v: number, i: number) =>
      Math.abs(v - (boxB?.[i] ?? Number.NaN)) > (i % 2 === 0 ? tolerance.across : tolerance.down);
    if (!boxA || !boxB) {
      lines.push(`${name}: only in ${boxA ? 'the first' : 'the second'}`);
    } else if (boxA.some(apart)) {
      lines.push(`${name}: ${boxA.join(',')} vs ${boxB.join(',')}`);
    }
  }
  return lines;
}
