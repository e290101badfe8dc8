import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { keyFindings } from '../../src/report/findings.ts';
import type { ResultsSummary } from '../../src/shared/results/results-model.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { ADMIN_NAME } from '../accounts.ts';
import {
  DIST_DIR,
  describeBrowser,
  type Endpoint,
  launchBrowser,
  startEndpoint,
} from './harness.ts';
import { compact, pdfInfo, pdfOutline, pdfText } from './pdf-text.ts';
import {
  FORMULA_TEXT,
  PASSWORD,
  SMALL_OFFICES,
  seedResults,
  seedSealedWave,
  XSS_TEXT,
} from './results-seed.ts';

/** Where the README's screenshots go when URNE_UPDATE_SCREENSHOTS=1; otherwise a temporary folder. */
const SHOTS = process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : tmpdir();

describeBrowser('results page (real endpoint, real Chromium)', () => {
  let waveId: number;
  let sealedId: number;
  let server: Endpoint;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startEndpoint(async (dbPath: string) => {
      ({ waveId } = await seedResults(dbPath));
      ({ waveId: sealedId } = await seedSealedWave(dbPath));
    });
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'de-DE', acceptDownloads: true });
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** `npm run report` (the real command line) for the seeded wave into `out`. */
  const runReport = (out: string, ...more: string[]) =>
    promisify(execFile)(
      'npm',
      [
        'run',
        '--silent',
        'report',
        '--',
        '--wave',
        String(waveId),
        '--out',
        out,
        '--db',
        server.dbPath,
        ...more,
      ],
      { env: { ...process.env, URNE_DIST: DIST_DIR }, timeout: 100_000 },
    );

  it('asks for the password, then shows a chart for every question', async () => {
    await page.goto(`${server.url}/results`);
    await page.fill('input[name=name]', ADMIN_NAME);
    await page.fill('input[name=password]', 'not the password');
    await page.click('button[type=submit]');
    // scrypt takes a moment; the form then says what went wrong.
    await page.waitForSelector('.login .error');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-results-ready]');
    for (const q of buergerbueroSurvey.questions.filter((x) => x.type !== 'text')) {
      const charts = page.locator(`section.question[data-question="${q.id}"] div.chart`);
      expect(await charts.count(), q.id).toBe(1);
      const titles = page.locator('section.question h3').filter({ hasText: q.title.de });
      expect(await titles.count(), q.id).toBe(1);
    }
    expect(await page.locator('.crosstab').count()).toBe(1);
    // A column per wave, and the change from the wave before the selected one (by date).
    expect(
      await page
        .locator('.comparison th')
        .filter({ hasText: /^2025 \(n/ })
        .count(),
    ).toBe(1);
    expect(await page.locator('.comparison th').filter({ hasText: '(2025 → 2026)' }).count()).toBe(
      1,
    );
  });

  it('shows a hostile free text as text: no img element, no dialog', async () => {
    const item = page.locator('.texts li').filter({ hasText: XSS_TEXT });
    expect(await item.count()).toBe(1);
    expect(await item.first().textContent()).toContain(XSS_TEXT);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('downloads a CSV for German Excel with the formula cell neutralised', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a:has-text("CSV (Excel, ;)")'),
    ]);
    const bytes = await readFile((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Zeitraum;Standort;Markiert;Weshalb waren Sie heute bei uns?');
    expect(text).toContain('Hinweis: Zeitraum als Kalenderwoche');
    // Free texts are their own download, the page's list, the formula cell neutralised there.
    const [texts] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a:has-text("Freitexte (CSV)")'),
    ]);
    const textsCsv = (await readFile((await texts.path()) ?? '')).toString('utf8');
    expect(textsCsv).toContain(`"'${FORMULA_TEXT.replaceAll('"', '""')}"`);
    expect(textsCsv).not.toMatch(/(^|[;\n])=HYPERLINK/m);
  });

  it('prints the committee\'s report of the selection, from "Drucken" and from the browser\'s own print', async () => {
    await page.goto(`${server.url}/results?wave=${waveId}`);
    await page.waitForSelector('[data-results-ready]');
    const cover = page.locator('.committee .cover h1');
    const screenCharts = page.locator('section.question div.chart');
    expect(await cover.count()).toBe(0);
    expect(await screenCharts.count()).toBeGreaterThan(0);
    // Ctrl+P or a print preview: the print media alone switches to the committee's layout.
    await page.emulateMedia({ media: 'print' });
    try {
      await cover.waitFor();
      expect(await cover.textContent()).toBe('Kundenbefragung Bürgerbüro 2026 – Ergebnisse');
      expect(await screenCharts.count()).toBe(0);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await cover.waitFor({ state: 'detached' });
    // The button: what the page holds when the print dialog opens (the dialog itself is
    // replaced, as headless Chromium has none), and the screen layout back after it.
    await page.evaluate(() => {
      const w = window as unknown as { printed?: string };
      window.print = () => {
        w.printed = `${document.title} | ${document.querySelector('.committee .cover h1')?.textContent}`;
        window.dispatchEvent(new Event('afterprint'));
      };
    });
    const title = await page.title();
    await page.getByRole('button', { name: 'Drucken' }).click();
    const printed = await page.waitForFunction(
      () => (window as unknown as { printed?: string }).printed,
    );
    expect(await printed.jsonValue()).toBe(
      'Kundenbefragung Bürgerbüro 2026 – Ergebnisse | Kundenbefragung Bürgerbüro 2026 – Ergebnisse',
    );
    await cover.waitFor({ state: 'detached' });
    expect(await screenCharts.count()).toBeGreaterThan(0);
    expect(await page.title()).toBe(title);
  });

  it('npm run report (the real command line) writes a tagged, outlined 4-page PDF: first page with city, title and the key findings', async () => {
    const out = join(dirname(server.dbPath), 'report.pdf');
    // By id: the PDF must then name the wave that has this id ("2026").
    const { stdout } = await runReport(out, '--city', 'Stadt Lünen');
    const pages = Number(/\((\d+) pages\)/.exec(stdout)?.[1]);
    // Half of the old 8 pages: one table instead of a page per question, no forced breaks.
    expect(pages, stdout).toBeGreaterThanOrEqual(3);
    expect(pages, stdout).toBeLessThanOrEqual(4);
    const title = 'Kundenbefragung Bürgerbüro 2026 – Ergebnisse';
    // Page 1 alone: city, title, period, date, and every key finding the released summary gives.
    const first = compact(pdfText(out, { first: 1, last: 1 }));
    expect(first).toContain(compact('Stadt Lünen'));
    expect(first).toContain(compact(title));
    // The facts are a grid: pdftotext reads its labels, then its values.
    for (const fact of ['Befragungszeitraum', '18.06.2026 bis 14.07.2026', 'Stand des Berichts']) {
      expect(first).toContain(compact(fact));
    }
    const today = new Date().toLocaleDateString('de-DE', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    });
    expect(first).toContain(today);
    expect(first).toContain(compact('Das Wichtigste in Kürze'));
    const res = await page.request.get(`${server.url}/api/v1/results/summary?wave=${waveId}`);
    const findings = keyFindings((await res.json()) as ResultsSummary);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    for (const f of findings) expect(first, f).toContain(compact(f));
    // The seed's waves differ by chance only: the report must not claim a trend.
    expect(first).toContain(compact('hat sich kein Ergebnis statistisch gesichert verändert'));
    expect(first).toContain(compact('Alle Bewertungsfragen im Überblick'));
    // Tagged (headings, tables, figures for a screen reader), titled without the product's name,
    // and with an outline of its sections.
    const info = pdfInfo(out);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(title);
    expect(info.Title).not.toMatch(/Urne/);
    expect(Number(info.Pages)).toBe(pages);
    // The overview chart reaches a screen reader as a figure with its text alternative.
    const utf16 = (t: string) => Buffer.from(`\ufeff${t}`, 'utf16le').swap16().toString('hex');
    const bytes = (await readFile(out)).toString('latin1');
    expect(bytes.toLowerCase()).toContain(`/alt <${utf16('Alle Bewertungsfragen im Überblick.')}`);
    const outline = pdfOutline(out);
    expect(outline).toContain(`1: ${title}`);
    expect(outline).toContain('1: Das Wichtigste in Kürze');
    expect(outline).toContain('1: Alle Bewertungsfragen im Überblick');
    expect(outline.some((o) => o.endsWith(': Methode und Begriffe'))).toBe(true);
    const text = compact(pdfText(out));
    // Nowhere "Urne" on the council document, not even for the sealed 2024 wave: its empty
    // columns are left out and a sentence names it.
    expect(text).not.toMatch(/urne/i);
    expect(text).toContain(compact('Noch versiegelt und daher nicht verglichen: 2024.'));
    expect(text).toContain(
      compact('Methode: anonyme, freiwillige Befragung an einem Tablet im Wartebereich.'),
    );
    expect(text).toContain(
      compact('Gruppen mit weniger als 5 Antworten werden nicht ausgewiesen:'),
    );
    // The method note states the test of a change: which share, two-sided, α = 0,05.
    expect(text).toContain(compact('Test für zwei Anteile (z-Test mit gemeinsamem Anteil,'));
    expect(text).toContain(compact('zweiseitig, Signifikanzniveau α = 0,05'));
    expect(text).toContain(compact('gesichert?'));
    for (const q of buergerbueroSurvey.questions) expect(text, q.id).toContain(compact(q.title.de));
    // The command's temporary session is gone again: only this test's own login remains.
    const db = new Database(server.dbPath, { readonly: true });
    const sessions = db.prepare('SELECT COUNT(*) AS n FROM sessions').get();
    db.close();
    expect(sessions).toEqual({ n: 1 });
    expect(first).toMatch(/Ausgewertetwurden2\d\dAntworten/);
  });

  it('npm run report for an office of 3 answers prints its title and why there is nothing else', async () => {
    const out = join(dirname(server.dbPath), 'report-small.pdf');
    const office = SMALL_OFFICES[0] ?? '';
    await runReport(out, '--office', office);
    // Page 1 is all there is besides the method (its own page, which names "95 %" in general).
    const text = compact(pdfText(out, { first: 1, last: 1 }));
    expect(text).toContain(compact(`Kundenbefragung ${office} 2026 – Ergebnisse`));
    expect(text).toContain(compact('Diese Auswahl umfasst weniger als 5 Antworten.'));
    expect(text).toContain(compact('nicht ausgewiesen'));
    // No findings, no chart, no table: nothing derived from the hidden answers.
    for (const absent of ['Das Wichtigste', 'Ausgewertet wurden', 'Überblick', '%']) {
      expect(text).not.toContain(compact(absent));
    }
  });

  it('shows two small offices only together, and one of them not at all', async () => {
    await page.setViewportSize({ width: 1000, height: 900 });
    const office = (name: string) =>
      `${server.url}/results?wave=${waveId}&office=${encodeURIComponent(name)}`;
    await page.goto(office('andere Standorte'));
    await page.waitForSelector('[data-results-ready]');
    expect(await page.locator('.n-total').textContent()).toMatch(/n = 6 ausgewertete Antworten/);
    await page.screenshot({ path: join(SHOTS, 'results-merged-offices.png') });
    await page.goto(office(SMALL_OFFICES[0] ?? ''));
    await page.waitForSelector('[data-results-ready]');
    expect(await page.locator('.suppressed').textContent()).toMatch(/weniger als 5 Antworten/);
    expect(await page.locator('.n-total').textContent()).toMatch(/nicht ausgewiesen/);
    expect(await page.locator('div.chart, section.question').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'results-suppressed.png') });
  });

  it('says that a running wave lags behind the tablets by up to a round, and only while it runs', async () => {
    // The 2026 wave ended on 14 July: no such sentence for it today.
    await page.goto(`${server.url}/results?wave=${waveId}`);
    await page.waitForSelector('[data-results-ready]');
    expect(await page.locator('.lag').count()).toBe(0);
    // The same page on a day inside the wave.
    const running = await page.context().newPage();
    await running.clock.setFixedTime(new Date('2026-07-01T10:00:00'));
    await running.goto(`${server.url}/results?wave=${waveId}`);
    await running.waitForSelector('[data-results-ready]');
    expect(await running.locator('.lag').textContent()).toMatch(
      /Befragung läuft noch.*alle 10\s+bis 30 Minuten.*halben Stunde/s,
    );
    await running.locator('.report-header').screenshot({ path: join(tmpdir(), 'results-lag.png') });
    await running.close();
  });

  it('shows a sealed wave before its opening as the count of its urn, and nothing else', async () => {
    await page.setViewportSize({ width: 1000, height: 640 });
    await page.goto(`${server.url}/results?wave=${sealedId}`);
    await page.waitForSelector('[data-results-ready]');
    expect(await page.locator('.urn-total').textContent()).toBe('32 Antworten in der Urne');
    expect(await page.locator('.urn-offices tbody tr').allTextContents()).toEqual([
      'Bürgerbüro Brambauer9 Antworten',
      'Bürgerbüro Lünen23 Antworten',
    ]);
    expect(await page.locator('.urn').textContent()).toMatch(/nach dem Ende der Welle/);
    expect(await page.locator('div.chart, section.question, .texts, .comparison').count()).toBe(0);
    expect(await page.locator('.toolbar a[download]').count()).toBe(0); // the export would refuse
    await page.screenshot({ path: join(SHOTS, 'results-sealed-urn.png') });
  });
});
