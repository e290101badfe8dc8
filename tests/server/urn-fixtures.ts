import Database from 'better-sqlite3';
import type { ServerStore } from '../../src/server/store/server-store.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import { sealAnswerSet, type WaveSealingKey } from '../../src/shared/sealed/envelope.ts';
import type { SealedAnswerSet } from '../../src/shared/sealed/sealed-schema.ts';
import { answerSet, SURVEY } from './results-fixtures.ts';
import { holdTestCeremony } from './sealed-fixtures.ts';

export { HOLDERS } from './sealed-fixtures.ts';

/** The wave of these tests: it ends on 2026-07-14, so it may be opened from the 15th. */
export const WAVE = { name: '2026', from: '2026-06-18', to: '2026-07-14' };
export const AFTER_END = new Date('2026-07-15T10:04:00');

export interface SealedTestWave {
  id: number;
  key: WaveSealingKey;
  /** Each holder's share as the QR code holds it, by share number − 1. */
  shares: string[];
}

/** A sealed wave with a 2-of-3 key ceremony held, as `npm run urne -- keys create` does. */
export async function sealedWave(
  store: ServerStore,
  wave: { name: string; from: string; to: string } = WAVE,
): Promise<SealedTestWave> {
  const { id } = await store.addWave({ surveyId: SURVEY, ...wave, sealed: true });
  return { id, ...(await holdTestCeremony(store, id)) };
}

/** `count` different valid answer sets of the wave's days; the free text tells them apart. */
export function distinctSets(version: string, count: number, offices: string[]): AnswerSet[] {
  return Array.from({ length: count }, (_, i) =>
    answerSet(
      version,
      `2026-06-${String(18 + (i % 12)).padStart(2, '0')}`,
      { overall: (i % 5) + 1, improve: `Vorschlag Nummer ${i}` },
      { office: offices[i % offices.length], flagged: i % 7 === 3 ? true : undefined },
    ),
  );
}

/**
 * Envelopes put straight into the urn with plain SQL, in the given order, as if the intake had
 * stored them (without its random keys), so a test can also put what the intake would refuse. Returns the envelopes as inserted.
 */
export async function putEnvelopes(
  dbPath: string,
  wave: SealedTestWave,
  sets: readonly AnswerSet[],
): Promise<SealedAnswerSet[]> {
  const envelopes = await Promise.all(sets.map((s) => sealAnswerSet(s, wave.key)));
  insertEnvelopes(dbPath, envelopes);
  return envelopes;
}

export function insertEnvelopes(
  dbPath: string,
  envelopes: readonly SealedAnswerSet[],
  flagged = false,
): void {
  const db = new Database(dbPath);
  try {
    const insert = db.prepare(
      'INSERT INTO envelopes (wave_id, survey_id, survey_version, office, day, enc, ct, flagged) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    db.transaction(() => {
      for (const e of envelopes) {
        insert.run(
          e.wave,
          e.surveyId,
          e.surveyVersion,
          e.office,
          e.day,
          e.enc,
          e.ct,
          flagged ? 1 : 0,
        );
      }
    })();
  } finally {
    db.close();
  }
}
