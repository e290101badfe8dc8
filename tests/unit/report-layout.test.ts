import { describe, expect, it } from 'vitest';
import { overviewOrder, wrapTitle } from '../../src/report/charts/OverviewChart.tsx';
import { reportTitle } from '../../src/report/report-title.ts';
import type { QuestionResult } from '../../src/shared/results/results-model.ts';

const q = (id: string, type: QuestionResult['type'], topTwo?: number, hidden = false) =>
  ({
    id,
    type,
    title: id,
    required: false,
    conditional: false,
    n: hidden ? 0 : 50,
    shownTo: 50,
    options: [],
    ...(hidden ? { hidden: true } : {}),
    ...(topTwo === undefined ? {} : { topTwo: { value: topTwo, low: 0, high: 1 } }),
  }) as QuestionResult;

describe('the committee report layout', () => {
  it('titles the report by office and wave (the PDF title too, tested in the browser)', () => {
    const wave = { id: 1, surveyId: 's', name: '2026', from: '', to: '', sealed: false };
    const survey = { id: 's', title: 'Kundenbefragung Bürgerbüro' };
    expect(reportTitle({ office: null, survey, wave })).toBe(
      'Kundenbefragung Bürgerbüro 2026 – Ergebnisse',
    );
    expect(reportTitle({ office: 'Bürgerbüro Lünen', survey, wave })).toBe(
      'Kundenbefragung Bürgerbüro Lünen 2026 – Ergebnisse',
    );
  });

  it('orders the overview: overall first, then most to least satisfied, yes/no, hidden last', () => {
    const order = overviewOrder([
      q('reason', 'single'),
      q('play', 'scale', undefined, true),
      q('waiting', 'scale', 0.3),
      q('resolved', 'yesno', 0.9),
      q('clarity', 'scale', 0.6),
      q('overall', 'scale', 0.1),
      q('improve', 'text'),
    ]).map((x) => x.id);
    expect(order).toEqual(['overall', 'clarity', 'waiting', 'resolved', 'play']);
  });

  it('wraps a question title on two lines at most', () => {
    expect(wrapTitle('Wie verständlich waren die Auskünfte?')).toEqual([
      'Wie verständlich waren die Auskünfte?',
    ]);
    expect(wrapTitle('Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?')).toEqual([
      'Wie zufrieden sind Sie insgesamt mit',
      'Ihrem Besuch?',
    ]);
    const long = wrapTitle('a '.repeat(60).trim(), 10);
    expect(long).toHaveLength(2);
    expect(long[1]?.endsWith('…')).toBe(true);
  });
});
