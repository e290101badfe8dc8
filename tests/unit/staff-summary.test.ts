import { describe, expect, it } from 'vitest';
import type { StaffStatus } from '../../src/staff/status.ts';
import { formatRecent, summarize } from '../../src/staff/status-summary.ts';

const NOW = new Date('2026-12-07T10:42:00');
const fine: StaffStatus = {
  waiting: 3,
  sentTotal: 120,
  lastSyncAt: new Date('2026-12-07T09:15:00').toISOString(),
  lastProblem: undefined,
  heldBatches: 0,
  persisted: false,
  storage: undefined,
  online: true,
  paused: false,
  enrollProblem: undefined,
  urn: { kind: 'sealed', fingerprint: '3f9a0c17b2e45d80' },
  germanFallbacks: [],
};

describe('the staff panel at a glance', () => {
  it('is green when answers flow, whatever the technical details (storage not persistent)', () => {
    expect(summarize(fine, NOW)).toEqual({
      level: 'ok',
      reasons: [],
      waiting: 3,
      lastSyncAt: fine.lastSyncAt,
    });
  });

  it('is amber for what a clerk can wait out or undo: paused, offline, a failed round, long unsent', () => {
    expect(summarize({ ...fine, paused: true }, NOW).level).toBe('warn');
    expect(summarize({ ...fine, online: false }, NOW).reasons).toEqual(['offline']);
    const failed = { ...fine, lastProblem: { code: 'serverBusy' as const, status: 503 } };
    expect(summarize(failed, NOW)).toMatchObject({ level: 'warn', reasons: ['syncFailed'] });
    const stale = { ...fine, lastSyncAt: new Date('2026-12-01T09:00:00').toISOString() };
    expect(summarize(stale, NOW).reasons).toEqual(['notSentLong']);
    // Never sent: the line ends in "noch nie gesendet", no second reason says the same.
    expect(summarize({ ...fine, lastSyncAt: undefined }, NOW).reasons).toEqual([]);
    // Nothing waiting: an old transfer is no reason to look.
    expect(summarize({ ...stale, waiting: 0 }, NOW).level).toBe('ok');
  });

  it('is red, most serious first, when IT must act: refused transfers, failed set-up, an urn without key', () => {
    const refused = { ...fine, heldBatches: 2, paused: true };
    expect(summarize(refused, NOW)).toMatchObject({
      level: 'problem',
      reasons: ['refused', 'paused'],
    });
    const noKey = { ...fine, urn: { kind: 'noKey' as const, closedToday: true } };
    expect(summarize(noKey, NOW).reasons).toEqual(['urnNoKey']);
    expect(summarize({ ...fine, enrollProblem: { code: 'expired' } }, NOW).level).toBe('problem');
    const unregistered = { ...fine, lastProblem: { code: 'notProvisioned' as const } };
    expect(summarize(unregistered, NOW)).toMatchObject({ level: 'problem', reasons: ['notSetUp'] });
  });

  it('says when in words: today, yesterday, or the date', () => {
    const words = { today: 'heute', yesterday: 'gestern' };
    expect(formatRecent(fine.lastSyncAt as string, NOW, 'de-DE', words)).toBe('heute, 09:15');
    const yesterday = new Date('2026-12-06T17:05:00').toISOString();
    expect(formatRecent(yesterday, NOW, 'de-DE', words)).toBe('gestern, 17:05');
    expect(formatRecent(new Date('2026-12-03T08:00:00').toISOString(), NOW, 'de-DE', words)).toBe(
      '03.12.2026',
    );
  });
});
