import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import type { SealedAnswerSet } from '../../src/shared/sealed/sealed-schema.ts';
import { Batch } from '../../src/shared/wire-schema.ts';
import { groupIntoBatches } from '../../src/store/batches.ts';
import type { StoredAnswerSet } from '../../src/store/index.ts';

const set = (label: string, office = 'Bürgerbüro Lünen'): AnswerSet => ({
  surveyId: 'buergerbuero_zufriedenheit',
  surveyVersion: '0123456789abcdef',
  office,
  day: '2026-06-18',
  answers: { improve: label },
});
const labelsOf = (sets: StoredAnswerSet[]) =>
  sets.map((s) => ('answers' in s ? s.answers.improve : s.ct) as string);
const inOrder = (n: number) => Array.from({ length: n }, (_, i) => `set-${i}`);

describe('sealing: what goes into which batch, in which order', () => {
  it('does not keep the order in which citizens answered', () => {
    const labels = inOrder(50);
    const [batch, ...more] = groupIntoBatches(
      labels.map((l) => set(l)),
      200,
    );
    expect(more).toEqual([]);
    const sealed = labelsOf(batch?.answerSets ?? []);
    expect([...sealed].sort()).toEqual([...labels].sort());
    // The chance that a fair shuffle of 50 gives the answering order back is 1 in 50!.
    expect(sealed).not.toEqual(labels);
  });

  it('gives every order of four sets equally often (no biased shuffle)', () => {
    const counts = new Map<string, number>();
    const rounds = 24_000;
    for (let i = 0; i < rounds; i++) {
      const [batch] = groupIntoBatches(
        inOrder(4).map((l) => set(l)),
        200,
      );
      const key = labelsOf(batch?.answerSets ?? []).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // 24 orders, 1,000 expected each (σ ≈ 31). ±200 fails a fair shuffle about once in 10⁸
    // runs; the classic mistakes (swapping with any position, sorting by a random key) are off
    // by far more.
    expect(counts.size).toBe(24);
    for (const n of counts.values()) expect(Math.abs(n - rounds / 24)).toBeLessThan(200);
    // 24,000 shuffles take about 1 s alone and timed out at 5 s on a busy two-core machine.
  }, 30_000);

  it('keeps offices apart and cuts batches at the maximum size, each with a v4 id', () => {
    const sets = [
      ...inOrder(5).map((l) => set(l, 'Bürgerbüro Brambauer')),
      ...inOrder(7).map((l) => set(l)),
    ];
    const batches = groupIntoBatches(sets, 3);
    expect(batches.map((b) => [b.office, b.answerSets.length])).toEqual([
      ['Bürgerbüro Brambauer', 3],
      ['Bürgerbüro Brambauer', 2],
      ['Bürgerbüro Lünen', 3],
      ['Bürgerbüro Lünen', 3],
      ['Bürgerbüro Lünen', 1],
    ]);
    for (const b of batches) {
      expect(b.answerSets.every((s) => s.office === b.office)).toBe(true);
      expect(b.batchId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
    expect(new Set(batches.map((b) => b.batchId)).size).toBe(batches.length);
  });
});

/** An envelope of wave `wave`; its `ct` doubles as the label (the store never looks inside). */
const envelope = (
  label: string,
  wave = 3,
  fingerprint = '3f9a0c17b2e45d80',
  office = 'Bürgerbüro Lünen',
): SealedAnswerSet => ({
  wave,
  fingerprint,
  surveyId: 'buergerbuero_zufriedenheit',
  surveyVersion: '0123456789abcdef',
  office,
  day: '2026-06-18',
  enc: 'BPk3',
  ct: label,
});

describe("sealing a sealed wave's envelopes into batches", () => {
  it('puts envelopes and readable sets of the same survey and office in separate batches', () => {
    const sets: StoredAnswerSet[] = [
      ...inOrder(4).map((l) => set(`open-${l}`)),
      ...inOrder(6).map((l) => envelope(`sealed${l.replace('-', '')}`)),
    ];
    const batches = groupIntoBatches(sets, 200);
    expect(batches.map((b) => [b.sealed === true, b.answerSets.length])).toEqual([
      [false, 4],
      [true, 6],
    ]);
    // Each batch is what the wire schema takes: no readable set in a sealed batch, none the other way.
    for (const b of batches) expect(Batch.safeParse(b).success).toBe(true);
    const [, sealed] = batches;
    expect(sealed).toMatchObject({ sealed: true, wave: 3, fingerprint: '3f9a0c17b2e45d80' });
  });

  it('keeps waves, keys and offices apart and cuts at the maximum size', () => {
    const sets = [
      ...inOrder(5).map((l) => envelope(l, 3)),
      ...inOrder(2).map((l) => envelope(l, 4)),
      ...inOrder(3).map((l) => envelope(l, 3, 'aaaaaaaaaaaaaaaa')),
      ...inOrder(1).map((l) => envelope(l, 3, '3f9a0c17b2e45d80', 'Bürgerbüro Brambauer')),
    ];
    const batches = groupIntoBatches(sets, 3);
    const sealedOnly = batches.flatMap((b) => (b.sealed ? [b] : []));
    expect(sealedOnly.length).toBe(batches.length);
    expect(sealedOnly.map((b) => [b.wave, b.fingerprint, b.office, b.answerSets.length])).toEqual([
      [3, '3f9a0c17b2e45d80', 'Bürgerbüro Lünen', 3],
      [3, '3f9a0c17b2e45d80', 'Bürgerbüro Lünen', 2],
      [4, '3f9a0c17b2e45d80', 'Bürgerbüro Lünen', 2],
      [3, 'aaaaaaaaaaaaaaaa', 'Bürgerbüro Lünen', 3],
      [3, '3f9a0c17b2e45d80', 'Bürgerbüro Brambauer', 1],
    ]);
    for (const b of sealedOnly) {
      for (const s of b.answerSets) {
        expect([s.wave, s.fingerprint, s.office]).toEqual([b.wave, b.fingerprint, b.office]);
      }
    }
  });

  it('shuffles envelopes too: the order of sealing does not survive', () => {
    const labels = inOrder(50);
    const [batch] = groupIntoBatches(
      labels.map((l) => envelope(l)),
      200,
    );
    const sealed = labelsOf(batch?.answerSets ?? []);
    expect([...sealed].sort()).toEqual([...labels].sort());
    expect(sealed).not.toEqual(labels);
  });
});
