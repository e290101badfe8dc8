import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chooseLanguage, start, tapOption } from './a11y-steps.ts';
import { describeBrowser, launchBrowser, serveDist, useServerAndBrowser } from './harness.ts';
import { readAnswers } from './kiosk-steps.ts';

const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1280, height: 800 };

/** Keyboard use, the scale's semantics, target sizes and right-to-left order, on the real kiosk. */
describeBrowser('accessibility: keyboard, targets and right to left', () => {
  const world = useServerAndBrowser(serveDist, launchBrowser);

  async function open(viewport = PORTRAIT): Promise<Page> {
    const context = await world.browser.newContext({ viewport, locale: 'de-DE' });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${world.server.url}?confirmMs=0&thankYouMs=60000`);
    await page.locator('.welcome').waitFor();
    return page;
  }

  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        tag: el.tagName,
        role: el.getAttribute('role'),
        text: el.textContent?.trim() ?? '',
        ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0,
      };
    });

  /** Presses Tab until `selector` has the focus (at most `limit` times). */
  async function tabTo(page: Page, selector: string, limit = 8): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  /** Waits until a new question's title has the focus (the kiosk moves it there). */
  async function titleFocused(page: Page, before: string | null): Promise<string> {
    await page.waitForFunction(
      (b) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent !== b,
      before,
    );
    return (await page.locator('h1').textContent()) ?? '';
  }

  it('a whole survey by keyboard alone: Tab, arrows, Space and Enter store an answer set', async () => {
    const page = await open();
    // The welcome's faces first (the overall question), then "Weiter" on the offer of more.
    await tabTo(page, '.welcome [role="radio"]');
    await page.keyboard.press('Enter');
    await titleFocused(page, null);
    await tabTo(page, '.message--more .button--primary');
    await page.keyboard.press('Enter');
    let title = await titleFocused(page, null);
    let sawScale = false;
    while ((await page.getByRole('textbox').count()) === 0) {
      await page.keyboard.press('Tab');
      expect((await focused(page)).role).toBe('radio');
      await page.keyboard.press('ArrowDown');
      const option = await focused(page);
      expect(option.role).toBe('radio');
      // The option reached with an arrow key shows the focus ring (it has tabindex -1).
      expect(option.ring, `focus ring on "${option.text}"`).toBe(true);
      if ((await page.locator('.choices--scale').count()) > 0 && !sawScale) {
        sawScale = true;
        expect(option.text).toBe('zufrieden');
      }
      await page.keyboard.press('Space');
      title = await titleFocused(page, title);
    }
    expect(sawScale).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('TEXTAREA');
    await page.keyboard.type('Mehr Bänke');
    await tabTo(page, '.button--send');
    await page.keyboard.press('Enter');
    await page.locator('.message--thanks').waitFor();
    const { values } = await readAnswers(page);
    expect(values).toHaveLength(1);
    const set = values[0] as { answers: Record<string, unknown> };
    expect(set.answers).toMatchObject({
      reason: 'passport',
      waiting_time: 4,
      with_children: 'no',
      improve: 'Mehr Bänke',
    });
    expect(set.answers.play_corner).toBeUndefined();
  });

  it('the scale is a radio group of five named radios', async () => {
    const page = await open();
    await start(page);
    await tapOption(page);
    await tapOption(page);
    expect(await page.getByRole('radiogroup').ariaSnapshot()).toBe(
      [
        '- radiogroup "Wie zufrieden waren Sie mit der Wartezeit?":',
        '  - radio "sehr zufrieden"',
        '  - radio "zufrieden"',
        '  - radio "teils/teils"',
        '  - radio "unzufrieden"',
        '  - radio "sehr unzufrieden"',
      ].join('\n'),
    );
  });

  it('every target is at least 64 px high, and none overlaps another, at every size', async () => {
    const page = await open();
    const problems: string[] = [];
    const check = async (where: string) => {
      const found = await page.evaluate(() => {
        const targets = [...document.querySelectorAll<HTMLElement>('button, [role="radio"]')];
        // An answer scrolled out of its question (larger text sizes) is clipped there: only
        // its visible part can be tapped, so only that part may not overlap; its size counts whole.
        const visible = (el: HTMLElement) => {
          const r = el.getBoundingClientRect();
          const area = el.closest('.question__body')?.getBoundingClientRect();
          if (!area) return r;
          const top = Math.max(r.top, area.top);
          const bottom = Math.min(r.bottom, area.bottom);
          return { left: r.left, right: r.right, top, bottom: Math.max(top, bottom) };
        };
        const boxes = targets.map((el) => ({
          name: el.textContent?.trim() || el.className,
          height: el.getBoundingClientRect().height,
          r: visible(el),
        }));
        const out: string[] = [];
        for (const [i, a] of boxes.entries()) {
          if (a.height < 64) out.push(`"${a.name}" is ${a.height} px high`);
          for (const b of boxes.slice(i + 1)) {
            if (a.r.bottom <= a.r.top || b.r.bottom <= b.r.top) continue; // scrolled out of sight
            const overlap =
              a.r.left < b.r.right &&
              b.r.left < a.r.right &&
              a.r.top < b.r.bottom &&
              b.r.top < a.r.bottom;
            if (overlap) out.push(`"${a.name}" overlaps "${b.name}"`);
          }
        }
        return out;
      });
      for (const problem of found) problems.push(`${where}: ${problem}`);
    };
    for (const viewport of [PORTRAIT, LANDSCAPE]) {
      await page.setViewportSize(viewport);
      for (const size of ['normal', 'large', 'xlarge']) {
        const where = `${viewport.width}×${viewport.height} ${size}`;
        await page.locator(`.text-size__option--${size}`).click();
        await check(`${where} welcome`);
        await start(page);
        await check(`${where} single choice`);
        await tapOption(page);
        await tapOption(page);
        await check(`${where} scale`);
        await page.locator('.navbar .button--secondary').click(); // back
        await page.locator('.navbar .button--secondary').click();
        await page.locator('.navbar .button--secondary').click();
        // Back from the first question: the offer of more (the face's answer is kept).
        await page.locator('.message--more').waitFor();
        await check(`${where} offer of more`);
        await page.reload();
        await page.locator('.welcome').waitFor();
      }
    }
    expect(problems).toEqual([]);
  });

  it('in Arabic the scale runs right to left, and the arrow keys follow what is seen', async () => {
    const page = await open(LANDSCAPE);
    await chooseLanguage(page, 'ar');
    await start(page);
    await tapOption(page);
    await tapOption(page);
    const radios = page.getByRole('radio');
    const lefts = await radios.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().left),
    );
    // The first option ("very satisfied") on the right, each next one further left.
    expect(lefts).toEqual([...lefts].sort((a, b) => b - a));
    await radios.first().focus();
    await page.keyboard.press('ArrowLeft');
    expect(await radios.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await radios.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
