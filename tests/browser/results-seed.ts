import { addExampleWaves, sampleAnswerSet, seededRandom } from '../../scripts/sample-answers.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { addTestAccount } from '../accounts.ts';
import { batchOf } from '../server/fixtures.ts';
import { sealedBatch, sealWave } from '../server/sealed-fixtures.ts';

export const PASSWORD = 'committee-2026-results';
export const XSS_TEXT = '<img src=x onerror=alert(1)>';
export const FORMULA_TEXT = '=HYPERLINK("http://x")';
export const SMALL_OFFICES = ['Bürgerbüro Nord', 'Bürgerbüro Süd'];
const OFFICE = 'Bürgerbüro Lünen';

function days(from: string, count: number): string[] {
  const start = new Date(`${from}T00:00:00Z`).getTime();
  return Array.from({ length: count }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  );
}

/**
 * A results database as an office would have it: two waves (2025 and 2026) of generated
 * answers, saved through the store's real saveBatch, plus the two hostile free texts.
 */
export async function seedResults(dbPath: string, perWave = 240): Promise<{ waveId: number }> {
  const store = openSqliteStore(dbPath);
  try {
    const version = await seedDefaultSurvey(store);
    const random = seededRandom(2026);
    const make = (from: string, count: number, n: number): AnswerSet[] => {
      const ds = days(from, count);
      return Array.from({ length: n }, (_, i) =>
        sampleAnswerSet(buergerbueroSurvey, version, OFFICE, ds[i % ds.length] ?? from, random),
      );
    };
    const special = (text: string): AnswerSet => {
      const set = sampleAnswerSet(buergerbueroSurvey, version, OFFICE, '2026-06-19', random);
      delete set.flagged;
      return { ...set, answers: { ...set.answers, improve: text } };
    };
    const sets = [
      ...make('2025-06-16', 20, perWave),
      ...make('2026-06-18', 27, perWave),
      special(XSS_TEXT),
      special(FORMULA_TEXT),
    ];
    for (let i = 0; i < sets.length; i += 200) {
      await store.saveBatch(batchOf(sets.slice(i, i + 200)));
    }
    // Two small offices with 3 passport visits each: shown only together, "andere Standorte".
    for (const office of SMALL_OFFICES) {
      const few = Array.from({ length: 3 }, () => {
        const set = sampleAnswerSet(buergerbueroSurvey, version, office, '2026-06-22', random);
        delete set.flagged;
        return { ...set, answers: { ...set.answers, reason: 'passport' } };
      });
      await store.saveBatch(batchOf(few));
    }
    await addTestAccount(store, PASSWORD);
    const wave = await addExampleWaves(store);
    return { waveId: wave.id };
  } finally {
    await store.close();
  }
}

/**
 * A sealed wave before the 2025 one (so the page still opens on 2026), its urn holding 23
 * answers from Lünen and 9 from Brambauer, not opened.
 */
export async function seedSealedWave(dbPath: string): Promise<{ waveId: number }> {
  const store = openSqliteStore(dbPath);
  try {
    const version = await seedDefaultSurvey(store);
    const wave = await store.addWave({
      surveyId: buergerbueroSurvey.id,
      name: '2024',
      from: '2024-06-03',
      to: '2024-06-21',
      sealed: true,
    });
    const key = await sealWave(store, wave.id);
    const random = seededRandom(2024);
    for (const [office, n] of [
      [OFFICE, 23],
      ['Bürgerbüro Brambauer', 9],
    ] as const) {
      const sets = Array.from({ length: n }, (_, i) =>
        sampleAnswerSet(
          buergerbueroSurvey,
          version,
          office,
          days('2024-06-03', 19)[i % 19] ?? '',
          random,
        ),
      );
      await store.saveBatch(await sealedBatch(sets, key));
    }
    return { waveId: wave.id };
  } finally {
    await store.close();
  }
}
