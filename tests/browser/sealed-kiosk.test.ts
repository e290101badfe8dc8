import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { addDays, officeConfiguration } from '../../src/server/enrollment-configuration.ts';
import { openEnvelope } from '../../src/server/sealed/open-envelope.ts';
import { generateWaveKeyPair, importPrivateKey } from '../../src/server/sealed/wave-key.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { Backup } from '../../src/shared/backup-schema.ts';
import type { KioskConfiguration } from '../../src/shared/kiosk-config-schema.ts';
import { keyFingerprint } from '../../src/shared/sealed/key-fingerprint.ts';
import { SealedAnswerSet } from '../../src/shared/sealed/sealed-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import {
  describeBrowser,
  launchKioskBrowser,
  startEndpoint,
  useServerAndBrowser,
} from './harness.ts';
import { readAnswers, readableAnswerWords, tapThroughWithRemark } from './kiosk-steps.ts';
import { countStore, openStaffPanel, putSettings, welcome } from './staff-steps.ts';

const HOLD_MS = 600;
const PIN = '2580';
const OFFICE = 'Bürgerbüro Lünen';
const SURVEYS = 6;
/** Set URNE_SCREENSHOTS=docs/screenshots to refresh the documentation's pictures. */
const SCREENSHOTS = process.env.URNE_SCREENSHOTS;

/** What the endpoint hands out for a sealed wave running today, once its key ceremony was held. */
interface SealedWorld {
  configuration: KioskConfiguration;
  fingerprint: string;
  privateKey: CryptoKey;
}

/** The server's own configuration of an office whose sealed wave runs today (with its key). */
async function prepareSealedWave(dbPath: string): Promise<SealedWorld> {
  const today = dayOf(new Date());
  const store = openSqliteStore(dbPath);
  try {
    // The office's survey and period first: the wave must lie within it.
    await officeConfiguration(store, OFFICE, today);
    const wave = await store.addWave({
      surveyId: buergerbueroSurvey.id,
      name: 'Sommer',
      from: addDays(today, -2),
      to: addDays(today, 10),
      sealed: true,
    });
    const pair = await generateWaveKeyPair();
    const fingerprint = await keyFingerprint(pair.publicKey);
    await store.setWaveKey(wave.id, {
      publicKey: Buffer.from(pair.publicKey).toString('base64url'),
      fingerprint,
      holders: ['Amtsleitung', 'Personalrat', 'Datenschutz'],
      threshold: 2,
    });
    const configuration = await officeConfiguration(store, OFFICE, today);
    return { configuration, fingerprint, privateKey: await importPrivateKey(pair.privateKey) };
  } finally {
    await store.close();
  }
}

/** Waits for the service worker, then reloads until it controls the page (no clients.claim). */
async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
    await page.reload();
  }
  throw new Error('The service worker never took control of the page');
}

/** The records of the answers and batches stores, raw, as one JSON text. */
function rawAnswersAndBatches(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('urne');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['answers', 'batches'], 'readonly');
          const answers = tx.objectStore('answers').getAll();
          const batches = tx.objectStore('batches').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify([answers.result, batches.result]));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describeBrowser('a sealed wave on the tablet', () => {
  let sealed: SealedWorld | undefined;
  const world = useServerAndBrowser(
    () =>
      startEndpoint(async (dbPath) => {
        sealed = await prepareSealedWave(dbPath);
      }),
    launchKioskBrowser,
  );
  const urn = () => {
    if (!sealed) throw new Error('the endpoint prepares the wave first');
    return sealed;
  };
  let page: Page;
  beforeAll(async () => {
    page = await world.browser.context.newPage();
    // confirmMs=0: no 300 ms pause after each of the surveys' answers (what is sealed is what
    // was tapped either way).
    await page.goto(
      `${world.server.url}/?longPressMs=${HOLD_MS}&thankYouMs=500&minSurveyMs=0&confirmMs=0`,
    );
    await untilControlled(page);
    await welcome(page);
  });

  const openPanel = () => openStaffPanel(page, PIN, HOLD_MS);
  const statusLine = (id: string) => page.locator(`[data-status="${id}"] dd`).textContent();

  it('offline, IndexedDB and the backup file hold only envelopes; the panel shows the key', async () => {
    const { configuration, fingerprint, privateKey } = urn();
    expect(configuration.urn?.key?.fingerprint).toBe(fingerprint);
    await putSettings(page, { configuration, office: OFFICE });
    // The network really cut, and the page reloaded from the service worker: the sealing code,
    // never loaded by this page yet, must come from the precache.
    await world.browser.context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await welcome(page);

    const markers = Array.from({ length: SURVEYS }, (_, i) => `Urnenprobe-${i}-Qx7`);
    for (const marker of markers) await tapThroughWithRemark(page, marker);

    const { values } = await readAnswers(page);
    expect(values).toHaveLength(SURVEYS);
    const envelopes = values.map((value) => SealedAnswerSet.parse(value));
    const raw = await rawAnswersAndBatches(page);
    for (const word of readableAnswerWords(markers)) expect(raw).not.toContain(word);
    // Real envelopes of what was tapped: the wave's private key opens each to its remark.
    const opened = await Promise.all(envelopes.map((e) => openEnvelope(e, privateKey)));
    expect(opened.map((set) => set?.answers.improve).sort()).toEqual([...markers].sort());

    await welcome(page);
    await openPanel();
    const spaced = fingerprint.match(/.{4}/g)?.join(' ');
    expect(await statusLine('urn')).toBe(`versiegelt · Schlüssel ${spaced}`);
    expect(await statusLine('survey')).toBe('läuft');
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'staff-urn.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sicherung exportieren' }).click(),
    ]);
    const text = await readFile((await download.path()) as string, 'utf8');
    const backup = Backup.parse(JSON.parse(text));
    expect(backup.batches.every((b) => b.sealed === true)).toBe(true);
    expect(backup.batches.reduce((n, b) => n + b.answerSets.length, 0)).toBe(SURVEYS);
    // Sealed into batches for the file, the tablet still holds no readable answer either.
    const afterExport = await rawAnswersAndBatches(page);
    for (const word of readableAnswerWords(markers)) {
      expect(text).not.toContain(word);
      expect(afterExport).not.toContain(word);
    }
    await page.getByRole('button', { name: 'Schließen' }).click();
    await world.browser.context.setOffline(false);
  });

  it('without the key, the survey does not start and staff read why', async () => {
    const { configuration } = urn();
    const { key: _withheld, ...withoutKey } = configuration.urn ?? { wave: 1, from: '', to: '' };
    await putSettings(page, { configuration: { ...configuration, urn: withoutKey } });
    const before = await countStore(page, 'batches');
    await page.reload();
    await page.getByRole('heading', { name: 'Die Befragung ist gerade geschlossen' }).waitFor();
    expect(await page.locator('.welcome').count()).toBe(0);
    if (SCREENSHOTS) {
      // After the sign's fade-in, so the picture shows it as citizens read it.
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      await page.screenshot({ path: join(SCREENSHOTS, 'closed-no-key.png') });
    }

    await openPanel();
    expect(await statusLine('urn')).toBe('Schlüssel fehlt');
    expect(await statusLine('survey')).toBe(
      'Diese Befragung ist versiegelt, aber das Gerät hat den Schlüssel der Urne noch nicht. ' +
        'Bitte die IT, die Schlüsselzeremonie abzuschließen; danach holt das Gerät den Schlüssel ' +
        'bei der nächsten Verbindung.',
    );
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'staff-urn-no-key.png') });
    expect(await countStore(page, 'answers')).toBe(0);
    expect(await countStore(page, 'batches')).toBe(before);
  });
});
