import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import type { ResultsSummary } from '../../src/shared/results/results-model.ts';
import { OFFICE, openTestApp, type TestApp } from './fixtures.ts';
import { answerSet, getJson, login, prepareEvaluation, send } from './results-fixtures.ts';

let t: TestApp | undefined;
afterEach(() => t?.close());

/** A visitor who tapped a face on the welcome and nothing more. */
const oneTap = (version: string, overall: number): AnswerSet => ({
  surveyId: 'buergerbuero_zufriedenheit',
  surveyVersion: version,
  office: OFFICE,
  day: '2026-06-19',
  answers: { overall, language: 'de' },
});

async function summaryOf(sets: (version: string) => AnswerSet[]): Promise<ResultsSummary> {
  t = await openTestApp();
  const wave = await prepareEvaluation(t);
  await send(t, sets(t.version));
  const cookie = await login(t);
  return getJson<ResultsSummary>(t, `/api/v1/results/summary?wave=${wave}`, cookie);
}

describe('answer sets with only the overall answer', () => {
  it('are accepted, counted in n and the overall question, and released as one figure', async () => {
    const s = await summaryOf((v) => [
      ...[5, 4, 4, 3, 2, 1].map((overall) => answerSet(v, '2026-06-18', { overall })),
      ...[5, 5, 4, 2, 1].map((overall) => oneTap(v, overall)),
    ]);
    expect(s.n).toBe(11);
    expect(s.onlyOverall).toBe(5);
    expect(s.questions.find((q) => q.id === 'overall')?.n).toBe(11);
    expect(s.questions.find((q) => q.id === 'reason')?.n).toBe(6);
  });

  it('1–4 of them are never a figure of their own', async () => {
    const s = await summaryOf((v) => [
      ...[5, 4, 4, 3, 2, 1].map((overall) => answerSet(v, '2026-06-18', { overall })),
      ...[5, 2].map((overall) => oneTap(v, overall)),
    ]);
    // A group of 2 (no reason given) is withheld from every figure, like a small reason.
    expect(s.n).toBe(6);
    expect(s.withheld).toBe('<5');
    expect(s.onlyOverall).toBe(0);
  });

  it('beside 1–4 sets with more answers: those are withheld, so the figure reveals nothing', async () => {
    const s = await summaryOf((v) => [
      ...[5, 4].map((overall) => answerSet(v, '2026-06-18', { overall })),
      ...[5, 5, 4, 2, 1, 3].map((overall) => oneTap(v, overall)),
    ]);
    expect(s.n).toBe(6);
    expect(s.withheld).toBe('<5');
    expect(s.onlyOverall).toBe(6);
  });
});
