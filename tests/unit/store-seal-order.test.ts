import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import { groupIntoBatches } from '../../src/store/batches.ts';

const set = (label: string, office = 'Bürgerbüro Lünen'): AnswerSet => ({
  surveyId: 'buergerbuero_zufriedenheit',
  surveyVersion: '0123456789abcdef',
  office,
  day: '2026-06-18',
  answers: { improve: label },
});
const labelsOf = (sets: AnswerSet[]) => sets.map((s) => s.answers.improve as string);
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
  });

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
