import { expect } from 'vitest';
import { type ElementRef, isElement, type WebDriverSession } from './webdriver.ts';

// The kiosk steps of tests/browser (kiosk-steps.ts, staff-steps.ts) over WebDriver: the same
// selectors and labels, tapped with the driver's real pointer clicks. Playwright's locators
// (getByRole, auto-waiting) have no WebDriver twin, so elements are found by selector and text
// inside the page, and every wait is an explicit poll.

const POLL = { timeout: 10_000, interval: 100 };

/**
 * An element by selector whose accessible name is exactly `text` (its aria-label, or its text
 * without aria-hidden parts such as the "‹" of "‹ Zurück"), as getByRole matches it; runs in the page.
 */
function findInPage(selector: string, text: string | null): Element | null {
  const name = (el: Element) => {
    const label = el.getAttribute('aria-label');
    if (label) return label;
    let shown = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const hidden = walker.currentNode.parentElement?.closest('[aria-hidden="true"]');
      if (!hidden || !el.contains(hidden)) shown += walker.currentNode.textContent;
    }
    return shown.replace(/\s+/g, ' ').trim();
  };
  return (
    [...document.querySelectorAll(selector)].find((el) => text === null || name(el) === text) ??
    null
  );
}

export class KioskPage {
  constructor(readonly session: WebDriverSession) {}

  /** Sizes the window so the page's viewport (without MiniBrowser's toolbar) is exactly this. */
  async resizeViewport(width: number, height: number): Promise<void> {
    await this.session.setWindowRect({ width, height });
    const inner = await this.session.execute(() => [window.innerWidth, window.innerHeight]);
    await this.session.setWindowRect({
      width: width + (width - (inner[0] ?? width)),
      height: height + (height - (inner[1] ?? height)),
    });
  }

  goto(url: string): Promise<null> {
    return this.session.navigate(url);
  }

  reload(): Promise<null> {
    return this.session.refresh();
  }

  /** Runs `fn` in the page (see WebDriverSession.execute). */
  run<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return this.session.execute(fn, ...args);
  }

  /** Waits for an element by selector (and exact text) and returns it. */
  async find(selector: string, text: string | null = null): Promise<ElementRef> {
    let found: unknown = null;
    await expect
      .poll(async () => {
        found = await this.session.execute(findInPage, selector, text);
        return isElement(found);
      }, POLL)
      .toBe(true);
    return found as unknown as ElementRef;
  }

  /** Whether such an element is in the page now. */
  async has(selector: string, text: string | null = null): Promise<boolean> {
    return isElement(await this.session.execute(findInPage, selector, text));
  }

  async tap(selector: string, text: string | null = null): Promise<void> {
    await this.session.click(await this.find(selector, text));
  }

  /** Taps the `index`th element matching `selector` (waits until there is one). */
  async tapNth(selector: string, index: number): Promise<void> {
    let found: unknown = null;
    await expect
      .poll(async () => {
        found = await this.session.execute(
          (s: string, i: number) => document.querySelectorAll(s)[i] ?? null,
          selector,
          index,
        );
        return isElement(found);
      }, POLL)
      .toBe(true);
    await this.session.click(found as ElementRef);
  }

  tapButton(name: string): Promise<void> {
    return this.tap('button', name);
  }

  /** The text of the first element matching `selector`, or null. */
  text(selector: string): Promise<string | null> {
    return this.session.execute(
      (s: string) => document.querySelector(s)?.textContent ?? null,
      selector,
    );
  }

  async waitForHeading(name: string, timeout = POLL.timeout): Promise<void> {
    await expect.poll(() => this.has('h1, h2', name), { ...POLL, timeout }).toBe(true);
  }

  welcome(timeout?: number): Promise<void> {
    return this.waitForHeading('Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?', timeout);
  }

  /** kiosk-steps.ts's startSurvey: the welcome's first face, then "Weiter" once it is stored. */
  async startSurvey(): Promise<void> {
    await this.tap('.welcome [role="radio"]');
    await this.tapButton('Weiter');
    await this.find('#question-title');
  }

  /** Taps an answer by its exact label and waits until the next question shows. */
  async answer(label: string): Promise<void> {
    const option = await this.find('[role="radio"]', label);
    const title = await this.text('h1');
    await this.session.click(option);
    await expect.poll(() => this.text('h1'), POLL).not.toBe(title);
  }

  /**
   * kiosk-steps.ts's tapThroughWithRemark: the first face, then the first answer on every screen,
   * `remark` as the free text, then Send; resolves once the thank-you shows.
   */
  async tapThroughWithRemark(remark: string): Promise<void> {
    await this.startSurvey();
    for (let step = 0; step < 20; step++) {
      await this.find('#question-title');
      if (await this.has('.question__body textarea')) {
        // The screen moves the focus to its title once it has painted (for screen readers);
        // keys typed before that would go to the field and the rest be lost when the focus moves.
        // A citizen never types within those milliseconds; the driver must wait for them too.
        await expect
          .poll(() => this.run(() => document.activeElement?.id === 'question-title'), POLL)
          .toBe(true);
        await this.session.type(await this.find('.question__body textarea'), remark);
        await this.tapButton('Absenden');
        await this.waitForHeading('Vielen Dank!');
        return;
      }
      const title = await this.text('#question-title');
      // As a reading citizen does, and as the screen walk does: this walk is about storing,
      // syncing and sealing. (A tap during the 200 ms fade-in, lost now and then on the first
      // question until "Vorlesen" stopped arriving late above the answers, is fade-tap.test.ts's.)
      await this.settled();
      await this.tap('.question__body [role="radio"]');
      await expect.poll(() => this.text('#question-title'), POLL).not.toBe(title);
    }
    throw new Error('The survey never reached its last question');
  }

  /** Holds the pointer on the hidden top-left corner for `ms` (staff-steps.ts's longPressCorner). */
  longPressCorner(ms: number): Promise<void> {
    return this.press(30, 30, ms + 200);
  }

  /** The driver's pointer pressed at a point of the viewport for `ms`, then lifted: a finger. */
  press(x: number, y: number, ms: number): Promise<void> {
    return this.session.pointer([
      { type: 'pointerMove', x, y, origin: 'viewport' },
      { type: 'pointerDown', button: 0 },
      { type: 'pause', duration: ms },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  /** Types a PIN on the pad's digit buttons and taps OK. */
  async enterPin(pin: string): Promise<void> {
    for (const digit of pin) await this.tapButton(digit);
    await this.tapButton('OK');
  }

  /** Resolves once every animation on the page has finished (a screen fades in). */
  async settled(): Promise<void> {
    await expect
      .poll(
        () =>
          this.session.execute(() =>
            document.getAnimations().every((a) => a.playState === 'finished'),
          ),
        POLL,
      )
      .toBe(true);
  }
}
