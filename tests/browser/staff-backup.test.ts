import { readFile } from 'node:fs/promises';
import type { Page, Route } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { importBackup, parseBackup } from '../../src/server/import-backup.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { createSurveyCatalog } from '../../src/server/survey-catalog.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { Backup } from '../../src/shared/backup-schema.ts';
import { countAnswerSets } from '../server/fixtures.ts';
import {
  describeBrowser,
  launchBrowser,
  launchKioskBrowser,
  startEndpoint,
  useServerAndBrowser,
} from './harness.ts';
import {
  countStore,
  dumpDatabase,
  longPressCorner,
  openStaffPanel,
  putAnswers,
  putSettings,
  sampleSets,
  welcome,
} from './staff-steps.ts';

const HOLD_MS = 600;
const PIN = '2580';

describeBrowser('staff panel: backup, reset, send now', () => {
  const world = useServerAndBrowser(startEndpoint, launchKioskBrowser);
  let page: Page;
  beforeAll(async () => {
    page = await world.browser.context.newPage();
  });

  /** Opens staff mode; on a fresh kiosk chooses the PIN first. */
  const openPanel = (on = page) => openStaffPanel(on, PIN, HOLD_MS);
  const waiting = () => page.locator('[data-status="waiting"] dd').textContent();
  // The actions' outcome line, not the set-up section's own.
  const outcome = (on = page) => on.locator('.staff__outcome:not([data-setup])').textContent();

  it('reset is refused while answers wait; after an export it is allowed and wipes the tablet', async () => {
    // Not provisioned (no token): nothing can be sent, so the answers wait on the tablet.
    await page.goto(`${world.server.url}/?longPressMs=${HOLD_MS}`);
    await welcome(page);
    await putAnswers(page, await sampleSets(37));
    await openPanel();
    await expect.poll(waiting).toBe('37');

    await page.getByRole('button', { name: 'Gerät zurücksetzen' }).click();
    await page
      .getByText('Zurücksetzen ist gesperrt: 37 Antworten sind noch nicht gesendet')
      .waitFor();
    const goOn = page.getByRole('button', { name: 'Antworten löschen und zurücksetzen …' });
    expect(await goOn.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Abbrechen' }).click();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sicherung exportieren' }).click(),
    ]);
    const fileName = `urne-backup-buergerbuero-luenen-${dayOf(new Date())}.json`;
    expect(download.suggestedFilename()).toBe(fileName);
    const text = await readFile((await download.path()) as string, 'utf8');
    const backup = Backup.parse(JSON.parse(text));
    expect(backup.office).toBe('Bürgerbüro Lünen');
    expect(backup.batches.reduce((n, b) => n + b.answerSets.length, 0)).toBe(37);
    await expect.poll(outcome).toBe(`Sicherung mit 37 Antworten erstellt: ${fileName}.`);

    await page.getByRole('button', { name: 'Gerät zurücksetzen' }).click();
    await page
      .getByText('Alle 37 wartenden Antworten sind in der zuletzt exportierten Sicherung.')
      .waitFor();
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Alles löschen und zurücksetzen' }).click(),
    ]);
    await welcome(page);
    expect(await countStore(page, 'answers')).toBe(0);
    expect(await countStore(page, 'batches')).toBe(0);
    // A fresh kiosk: no PIN any more, the corner asks to choose one.
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'Neue PIN festlegen' }).waitFor();
    await page.getByRole('button', { name: 'Abbrechen' }).click();

    // The exported file, imported twice on the endpoint, adds its 37 answers once.
    const store = openSqliteStore(world.server.dbPath);
    try {
      const deps = { store, catalog: createSurveyCatalog(store) };
      const first = await importBackup(deps, parseBackup(text));
      const second = await importBackup(deps, parseBackup(text));
      expect(first.storedAnswerSets).toBe(37);
      expect(second.storedAnswerSets).toBe(0);
      expect(second.results.every((r) => r.status === 'duplicate')).toBe(true);
    } finally {
      await store.close();
    }
    expect(countAnswerSets(world.server.dbPath)).toBe(37);
  });

  it('where the tablet can share files (iPad), the backup goes to the share sheet; cancelling it exports nothing', async () => {
    // The platform's share sheet is stubbed (headless Chromium has none): it records the file
    // it was offered and is cancelled or completed as the test says.
    const other = await launchBrowser();
    try {
      const context = await other.newContext({ locale: 'de-DE', hasTouch: true });
      await context.addInitScript(() => {
        const w = window as unknown as { shared: unknown[]; shareAnswer: 'abort' | 'ok' };
        w.shared = [];
        w.shareAnswer = 'abort';
        Object.defineProperty(navigator, 'canShare', {
          value: (data?: ShareData) => Boolean(data?.files?.length),
        });
        Object.defineProperty(navigator, 'share', {
          value: async (data: ShareData) => {
            const [file] = data.files ?? [];
            w.shared.push({
              title: data.title,
              name: file?.name,
              type: file?.type,
              text: await file?.text(),
            });
            if (w.shareAnswer === 'abort') throw new DOMException('Share canceled', 'AbortError');
          },
        });
      });
      const tablet = await context.newPage();
      const downloads: string[] = [];
      tablet.on('download', (d) => downloads.push(d.suggestedFilename()));
      await tablet.goto(`${world.server.url}/?longPressMs=${HOLD_MS}`);
      await welcome(tablet);
      await putAnswers(tablet, await sampleSets(4));
      await openPanel(tablet);
      const shared = () =>
        tablet.evaluate(() => (window as unknown as { shared: Record<string, string>[] }).shared);
      const exportButton = tablet.getByRole('button', { name: 'Sicherung exportieren' });
      const resetButton = tablet.getByRole('button', { name: 'Gerät zurücksetzen' });

      await exportButton.click();
      await expect
        .poll(() => outcome(tablet))
        .toMatch(/Teilen abgebrochen\)\. Sie gilt nicht als exportiert\.$/);
      expect(await shared()).toHaveLength(1);
      await resetButton.click();
      await tablet.getByText('Zurücksetzen ist gesperrt: 4 Antworten').waitFor();
      await tablet.getByRole('button', { name: 'Abbrechen' }).click();

      await tablet.evaluate(() => {
        (window as unknown as { shareAnswer: string }).shareAnswer = 'ok';
      });
      await exportButton.click();
      const fileName = `urne-backup-buergerbuero-luenen-${dayOf(new Date())}.json`;
      await expect
        .poll(() => outcome(tablet))
        .toBe(`Sicherung mit 4 Antworten erstellt: ${fileName}.`);
      const offered = (await shared())[1];
      expect(offered).toMatchObject({ name: fileName, title: fileName, type: 'application/json' });
      const backup = Backup.parse(JSON.parse(offered?.text ?? ''));
      expect(backup.batches.reduce((n, b) => n + b.answerSets.length, 0)).toBe(4);
      // The share sheet, not a download as well.
      expect(downloads).toEqual([]);
      await resetButton.click();
      await tablet
        .getByText('Alle 4 wartenden Antworten sind in der zuletzt exportierten Sicherung.')
        .waitFor();
    } finally {
      await other.close();
    }
  });

  it('without a backup, only typing the number of answers to lose, then a last warning, resets', async () => {
    await welcome(page);
    await putAnswers(page, await sampleSets(5));
    await openPanel();
    await page.getByRole('button', { name: 'Gerät zurücksetzen' }).click();
    const field = page.getByRole('textbox');
    const goOn = page.getByRole('button', { name: 'Antworten löschen und zurücksetzen …' });
    await field.fill('4 Antworten löschen');
    expect(await goOn.isDisabled()).toBe(true);
    await field.fill('5 antworten löschen ');
    await goOn.click();
    await page.getByText('Letzte Warnung: 5 Antworten gehen unwiderruflich verloren.').waitFor();
    expect(await countStore(page, 'batches')).toBeGreaterThan(0);
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Alles löschen und zurücksetzen' }).click(),
    ]);
    await welcome(page);
    expect(await countStore(page, 'answers')).toBe(0);
    expect(await countStore(page, 'batches')).toBe(0);
  });

  it('words the stored problem in the panel’s language; an older version’s sentence is shown as it is', async () => {
    await page.goto(`${world.server.url}/?longPressMs=${HOLD_MS}`);
    await welcome(page);
    // An unprovisioned kiosk's first round records why it sent nothing; later ones only check.
    await expect.poll(() => dumpDatabase(page)).toContain('notProvisioned');
    const lastSync = () => page.locator('[data-status="last-sync"] dd').textContent();
    const enrollLine = () => page.locator('[data-status="enroll"] dd').textContent();
    const English = () => page.getByRole('button', { name: 'English' }).click();

    // What a tablet updated from a version that stored German sentences still holds.
    const older =
      'Der Server ist gerade nicht erreichbar. Die Antworten bleiben sicher auf dem Gerät und werden später gesendet.';
    const olderEnroll =
      'Dieser Einrichtungslink ist abgelaufen. Bitte bei der IT einen neuen anfordern.';
    await putSettings(page, { lastProblem: older, enrollProblem: olderEnroll });
    await openPanel();
    await expect.poll(lastSync).toBe(`Noch nie erfolgreich übertragen. ${older}`);
    expect(await enrollLine()).toBe(olderEnroll);
    await English();
    await expect.poll(lastSync).toBe(`Never transferred successfully yet. ${older}`);
    expect(await enrollLine()).toBe(olderEnroll);
    await page.getByRole('button', { name: 'Close' }).click();
    await welcome(page);

    await putSettings(page, {
      lastSyncAt: '2026-06-20T09:30:00.000Z',
      lastProblem: { code: 'held', count: 2, status: 400, reason: 'unknown survey version' },
      enrollProblem: { code: 'used' },
    });
    await openPanel();
    await expect
      .poll(lastSync)
      .toMatch(
        /^Zuletzt erfolgreich am .+\. Danach: Der Server hat 2 Antworten nicht angenommen \(HTTP 400\)\. Sie bleiben auf dem Gerät; bitte die IT informieren\. Begründung des Servers: „unknown survey version“$/,
      );
    expect(await enrollLine()).toBe(
      'Dieser Einrichtungslink wurde schon benutzt. Jeder Link funktioniert nur einmal; bitte bei der IT einen neuen anfordern.',
    );
    await English();
    await expect
      .poll(lastSync)
      .toMatch(
        /^Last successful on .+\. Since then: The server did not accept 2 answers \(HTTP 400\)\. They stay on this device; please tell IT\. The server's reason: “unknown survey version”$/,
      );
    expect(await enrollLine()).toBe(
      'This provisioning link was already used. Each link works once; please ask IT for a new one.',
    );
    await page.getByRole('button', { name: 'Close' }).click();
    await welcome(page);
  });

  it('"Jetzt senden" reports failure and success as sentences and counts what was sent', async () => {
    const token = await world.server.addKiosk('Bürgerbüro Lünen');
    // First the endpoint refuses the token: the background sync then waits its regular
    // interval (minutes) instead of retrying, so only the staff button sends below.
    const refuse = (route: Route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: '{"error":"unknown token"}',
      });
    await page.route('**/api/v1/batches', refuse);
    await page.goto(`${world.server.url}/?token=${token}&longPressMs=${HOLD_MS}`);
    await welcome(page);
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    await putAnswers(page, await sampleSets(3));
    await openPanel();
    await expect.poll(waiting).toBe('3');

    await page.getByRole('button', { name: 'Jetzt senden' }).click();
    await expect
      .poll(outcome)
      .toBe(
        'Senden hat nicht geklappt. Dieses Gerät ist beim Server nicht (mehr) angemeldet. Bitte die IT bitten, es neu einzurichten.',
      );
    expect(await waiting()).toBe('3');

    await page.unroute('**/api/v1/batches', refuse);
    await page.getByRole('button', { name: 'Jetzt senden' }).click();
    await expect.poll(outcome).toBe('Gesendet: 3 Antworten. Der Server hat sie bestätigt.');
    await expect.poll(waiting).toBe('0');
    expect(await page.locator('[data-status="sent"] dd').textContent()).toBe('3');
    expect(await page.locator('[data-status="last-sync"] dd').textContent()).toMatch(
      /^Erfolgreich am .+, seitdem ohne Probleme\.$/,
    );
    expect(countAnswerSets(world.server.dbPath)).toBe(40);
  });
});
