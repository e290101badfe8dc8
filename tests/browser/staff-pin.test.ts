import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, type KioskBrowser, launchKioskBrowser, serveDist } from './harness.ts';
import { dumpDatabase, enterPin, longPressCorner, welcome } from './staff-steps.ts';

const HOLD_MS = 600;
const PIN = '73915';

describeBrowser('staff PIN', () => {
  let server: { url: string; close(): Promise<void> };
  let browser: KioskBrowser;
  let page: Page;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchKioskBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const status = () => page.getByRole('alert').first().textContent();

  it('nothing shows on the welcome screen; a short tap on the corner opens nothing', async () => {
    await page.goto(`${server.url}?longPressMs=${HOLD_MS}`);
    await welcome(page);
    const corner = page.locator('[data-staff-corner]');
    expect(await corner.getAttribute('aria-hidden')).toBe('true');
    const box = await corner.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 80, height: 80 });
    // Invisible: no background, no border, no text.
    expect(await corner.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    );
    expect(await corner.textContent()).toBe('');
    const historyBefore = await page.evaluate(() => history.length);
    await page.mouse.click(30, 30);
    // The corner sits above the welcome's question, which stays: no PIN pad, no answer given.
    await welcome(page);
    expect(await page.getByRole('heading', { name: /PIN/ }).count()).toBe(0);
    // One URL only: moving through the kiosk adds no history entry to go "back" to.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  });

  it('lock-down: no context menu outside inputs (a long press must not open one)', async () => {
    const prevented = await page.evaluate(() => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('h1')?.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(true);
    const style = await page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      return [root.overscrollBehaviorY, root.touchAction, root.userSelect];
    });
    expect(style).toEqual(['none', 'manipulation', 'none']);
    // Pinch-zoom stays allowed (blocking it fails accessibility).
    expect(await page.locator('meta[name="viewport"]').getAttribute('content')).not.toMatch(
      /user-scalable=no|maximum-scale=1(\D|$)/,
    );
  });

  it('a fresh kiosk asks to choose a PIN (twice); a mismatch starts over', async () => {
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'Neue PIN festlegen' }).waitFor();
    // Too short, then two different entries: refused with a plain sentence each.
    await enterPin(page, '1234');
    await enterPin(page, '4321');
    expect(await status()).toContain('stimmen nicht überein');
    await enterPin(page, PIN);
    await page.getByText('Bitte dieselbe PIN noch einmal eingeben.').waitFor();
    await enterPin(page, PIN);
    await page.getByRole('heading', { name: 'Personalbereich' }).waitFor();
    await page.getByRole('button', { name: 'Schließen' }).click();
    await welcome(page);
  });

  it('the PIN is stored only as a salted hash: its digits appear nowhere in IndexedDB', async () => {
    const everything = await dumpDatabase(page);
    expect(everything).toContain('pinHash');
    expect(everything).not.toContain(PIN);
  });

  it('a wrong PIN is refused, the right one opens the panel', async () => {
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'PIN eingeben' }).waitFor();
    await enterPin(page, '0000');
    await expect.poll(status).toBe('Die PIN ist falsch. Noch 4 Versuche, dann wird gesperrt.');
    await enterPin(page, PIN);
    await page.getByRole('heading', { name: 'Personalbereich' }).waitFor();
    await expect.poll(() => page.locator('[data-status="waiting"] dd').textContent()).toBe('0');
    await page.getByRole('button', { name: 'Schließen' }).click();
    await welcome(page);
  });

  it('"PIN ändern": afterwards the old PIN is refused and the new one opens the panel', async () => {
    const NEW_PIN = '604281';
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'PIN eingeben' }).waitFor();
    await enterPin(page, PIN);
    await page.getByRole('button', { name: 'PIN ändern' }).click();
    await page.getByRole('heading', { name: 'Neue PIN festlegen' }).waitFor();
    await enterPin(page, NEW_PIN);
    await page.getByText('Bitte dieselbe PIN noch einmal eingeben.').waitFor();
    await enterPin(page, NEW_PIN);
    await page.getByRole('heading', { name: 'Personalbereich' }).waitFor();
    await page.getByRole('button', { name: 'Schließen' }).click();
    await welcome(page);

    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'PIN eingeben' }).waitFor();
    await enterPin(page, PIN);
    await expect.poll(status).toMatch(/^Die PIN ist falsch\./);
    await enterPin(page, NEW_PIN);
    await page.getByRole('heading', { name: 'Personalbereich' }).waitFor();
    await page.getByRole('button', { name: 'Schließen' }).click();
    await welcome(page);
  });

  it('after 5 wrong tries the pad locks, even for the right PIN, and a reload does not unlock it', async () => {
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'PIN eingeben' }).waitFor();
    for (let left = 4; left >= 1; left--) {
      await enterPin(page, '1111');
      await expect.poll(status).toContain(`Noch ${left} Versuch`);
    }
    await enterPin(page, '1111');
    await expect.poll(status).toMatch(/^Zu viele falsche Versuche\. Bitte in (30|29|28) Sekunden/);
    expect(await page.getByRole('button', { name: '7', exact: true }).isDisabled()).toBe(true);

    await page.reload();
    await welcome(page);
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'PIN eingeben' }).waitFor();
    await expect.poll(status).toMatch(/^Zu viele falsche Versuche/);
    expect(await page.getByRole('button', { name: 'OK', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await welcome(page);
  });

  it('staff mode closes itself when left untouched', async () => {
    await page.goto(`${server.url}?longPressMs=${HOLD_MS}&staffIdleMs=1500`);
    await welcome(page);
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'PIN eingeben' }).waitFor();
    await page
      .getByRole('heading', { name: 'Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?' })
      .waitFor({ timeout: 5_000 });
  });
});
