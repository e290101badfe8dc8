import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { LANGUAGES } from '../../src/shared/localized-text.ts';
import { chooseLanguage, start, tapOption, wordsBroken } from './a11y-steps.ts';
import { describeBrowser, launchBrowser, serveDist, useServerAndBrowser } from './harness.ts';

const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1280, height: 800 };
const SIZES = ['normal', 'large', 'xlarge'] as const;

interface Measure {
  title: number;
  answer: number;
  row: number;
  face: number;
}

// Issue 16: "Sehr große Schrift" once left the question at 36 px in landscape and shrank answer
// rows and faces in portrait (height caps). Each step must enlarge question and answers in both
// orientations and never shrink a target; the question scrolls instead of the page.
describeBrowser('text size', () => {
  const world = useServerAndBrowser(serveDist, launchBrowser);

  it('each step enlarges question and answers in portrait and landscape, never shrinking a target', async () => {
    const context = await world.browser.newContext({ locale: 'de-DE', hasTouch: true });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // 500 ms is the shortest thank-you a link may ask for: a shorter value falls back to the
    // default 6 s, and each of the six rounds below would wait that long for the welcome.
    await page.goto(`${world.server.url}?confirmMs=0&thankYouMs=500`);
    await page.locator('.welcome').waitFor();
    expect(await page.locator('.text-size legend').first().textContent()).toBe('Schriftgröße');
    const problems: string[] = [];
    for (const viewport of [PORTRAIT, LANDSCAPE]) {
      await page.setViewportSize(viewport);
      const choice: Measure[] = [];
      const scale: Measure[] = [];
      for (const size of SIZES) {
        await page.locator(`.text-size__option--${size}`).click();
        await start(page);
        choice.push(await measure(page));
        await tapOption(page);
        await tapOption(page);
        scale.push(await measure(page));
        if (await pageScrolls(page)) problems.push(`${viewport.width} ${size}: the page scrolls`);
        // Back to the offer of more questions, and "Nein, danke": the next visitor's welcome.
        for (let i = 0; i < 3; i++) await page.locator('.navbar .button--secondary').click();
        await page.getByRole('button', { name: 'Nein, danke' }).click();
        await page.locator('.welcome').waitFor();
      }
      const where = `${viewport.width}×${viewport.height}`;
      for (const [name, steps] of Object.entries({ choice, scale })) {
        for (let i = 1; i < steps.length; i++) {
          const [before, after] = [steps[i - 1], steps[i]] as [Measure, Measure];
          const step = `${where} ${name} ${SIZES[i - 1]}→${SIZES[i]}`;
          // Text grows by at least 15 % per step; targets and faces never shrink.
          if (after.title < before.title * 1.15)
            problems.push(`${step}: title ${JSON.stringify([before.title, after.title])}`);
          if (after.answer < before.answer * 1.15)
            problems.push(`${step}: answer ${JSON.stringify([before.answer, after.answer])}`);
          if (after.row < before.row) problems.push(`${step}: row ${before.row} → ${after.row}`);
          if (after.face < before.face)
            problems.push(`${step}: face ${before.face} → ${after.face}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the faces are 80–100 px in both orientations, coloured green to red, each with its own label', async () => {
    const context = await world.browser.newContext({ locale: 'de-DE', hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${world.server.url}?confirmMs=0`);
    await start(page);
    await tapOption(page);
    await tapOption(page);
    for (const viewport of [PORTRAIT, LANDSCAPE]) {
      await page.setViewportSize(viewport);
      const faces = await page.evaluate(() =>
        [...document.querySelectorAll('[role="radio"]')].map((r) => ({
          size: r.querySelector('.face')?.getBoundingClientRect().width ?? 0,
          fill: r.querySelector('.face circle')?.getAttribute('fill'),
          label: r.textContent,
        })),
      );
      expect(faces.map((f) => f.label)).toEqual([
        'sehr zufrieden',
        'zufrieden',
        'teils/teils',
        'unzufrieden',
        'sehr unzufrieden',
      ]);
      for (const face of faces) expect(face.size).toBeGreaterThanOrEqual(80);
      for (const face of faces) expect(face.size).toBeLessThanOrEqual(100);
      // Green first, red last, five different colours in between.
      expect(new Set(faces.map((f) => f.fill)).size).toBe(5);
      expect(faces[0]?.fill).toBe('#1e7b34');
      expect(faces[4]?.fill).toBe('#b42318');
    }
  });

  // "unzufrieden" once broke inside the word at the largest size in landscape (tiles about
  // 218 px wide), and "niezadowoleni" or "незадоволені" at every size on the welcome's tiles.
  it('no face label breaks inside a word, in any language, text size or orientation', async () => {
    const context = await world.browser.newContext({ locale: 'de-DE', hasTouch: true });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const broken: string[] = [];
    const check = async (where: string) => {
      for (const size of SIZES) {
        await page.locator(`.text-size__option--${size}`).click();
        await page.waitForFunction((s) => document.documentElement.dataset.textSize === s, size);
        for (const label of await wordsBroken(page)) broken.push(`${where} ${size}: ${label}`);
      }
    };
    for (const viewport of [PORTRAIT, LANDSCAPE]) {
      await page.setViewportSize(viewport);
      for (const lang of LANGUAGES) {
        const where = `${lang} ${viewport.width}×${viewport.height}`;
        await page.goto(`${world.server.url}?confirmMs=0`);
        await page.locator('.welcome').waitFor();
        await chooseLanguage(page, lang);
        await check(`${where} welcome`);
        await page.locator('.text-size__option--normal').click();
        await start(page);
        await tapOption(page);
        await tapOption(page);
        await check(`${where} scale question`);
      }
    }
    expect(broken).toEqual([]);
  });
});

/** Computed font sizes of title and first answer, the smallest answer row and face, in px. */
function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const px = (el: Element | null) => (el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0);
    const rows = [...document.querySelectorAll('[role="radio"]')].map(
      (r) => r.getBoundingClientRect().height,
    );
    const faces = [...document.querySelectorAll('.choice .face')].map(
      (f) => f.getBoundingClientRect().height,
    );
    return {
      title: px(document.querySelector('.question__title')),
      answer: px(document.querySelector('.choice__label')),
      row: Math.min(...rows),
      face: faces.length > 0 ? Math.min(...faces) : 0,
    };
  });
}

function pageScrolls(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
}
