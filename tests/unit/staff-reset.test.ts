import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { Backup } from '../../src/shared/backup-schema.ts';
import { backupFileName, buildBackup, localDay } from '../../src/staff/backup-file.ts';
import { checkReset, confirmsLoss } from '../../src/staff/reset-rules.ts';
import type { StoredBatch } from '../../src/store/index.ts';
import { COMPLETE_ANSWERS } from '../utils.ts';

const VERSION = '0123456789abcdef';
const OFFICE = 'Bürgerbüro Lünen';

function stored(count: number): StoredBatch {
  const set = {
    surveyId: 'buergerbuero_zufriedenheit',
    surveyVersion: VERSION,
    office: OFFICE,
    day: '2026-06-18',
    answers: COMPLETE_ANSWERS,
  };
  return {
    status: 'pending',
    batch: {
      batchId: randomUUID(),
      surveyId: set.surveyId,
      surveyVersion: VERSION,
      office: OFFICE,
      answerSets: Array.from({ length: count }, () => ({ ...set })),
    },
  };
}

describe('reset rules', () => {
  it('is free with nothing waiting', () => {
    expect(checkReset([], 0, undefined)).toEqual({ kind: 'free' });
  });

  it('is covered only when every waiting batch is in the last backup and nothing is loose', () => {
    const a = stored(30);
    const b = stored(7);
    const backup = { day: '2026-06-18', batchIds: [a.batch.batchId, b.batch.batchId], count: 37 };
    expect(checkReset([a, b], 0, backup)).toEqual({ kind: 'covered', count: 37 });
    // A batch sealed after the export, or loose answers, need the typed confirmation again.
    expect(checkReset([a, b, stored(1)], 0, backup)).toEqual({ kind: 'confirm', count: 38 });
    expect(checkReset([a, b], 2, backup)).toEqual({ kind: 'confirm', count: 39 });
    expect(checkReset([a], 0, undefined)).toEqual({ kind: 'confirm', count: 30 });
  });

  it('accepts the typed phrase with any spacing and case, but only with the exact number', () => {
    expect(confirmsLoss('  37  antworten LÖSCHEN ', '37 Antworten löschen')).toBe(true);
    expect(confirmsLoss('36 Antworten löschen', '37 Antworten löschen')).toBe(false);
    expect(confirmsLoss('Antworten löschen', '37 Antworten löschen')).toBe(false);
  });
});

describe('backup file', () => {
  it('holds every batch with its id, the office and the export day, and no time of day', () => {
    const batches = [
      stored(2),
      { ...stored(1), status: 'held' as const, problem: { status: 422 } },
    ];
    const backup = buildBackup(batches, OFFICE, new Date(2026, 5, 18, 14, 33));
    expect(backup).toEqual({
      format: 'urne-backup',
      formatVersion: 1,
      office: OFFICE,
      exportedDay: '2026-06-18',
      batches: batches.map((b) => b.batch),
    });
    expect(JSON.stringify(backup)).not.toMatch(/14:33|T\d\d:/);
  });

  it('builds a file that passes the shared Backup schema, with the day as dayOf counts it', () => {
    const backup = buildBackup([stored(3)], OFFICE, new Date());
    expect(Backup.parse(backup)).toEqual(backup);
    for (const date of [new Date(2026, 0, 1, 0, 0), new Date(2026, 11, 31, 23, 59), new Date()]) {
      expect(localDay(date)).toBe(dayOf(date));
    }
  });

  it('names the file after the office and day, safe for any file system', () => {
    expect(backupFileName('Bürgerbüro Lünen', '2026-06-18')).toBe(
      'urne-backup-buergerbuero-luenen-2026-06-18.json',
    );
    expect(backupFileName('Straße / Süd (2)', '2026-06-18')).toBe(
      'urne-backup-strasse-sued-2-2026-06-18.json',
    );
    expect(backupFileName('???', '2026-06-18')).toBe('urne-backup-kiosk-2026-06-18.json');
  });
});
