import { describe, expect, it } from 'vitest';
import { keyFindings } from '../../src/report/findings.ts';
import { SCALE_LABELS } from '../../src/shared/results/labels.ts';
import type {
  ComparisonRow,
  QuestionResult,
  ResultsSummary,
  Wave,
} from '../../src/shared/results/results-model.ts';

const wave = (id: number, name: string, from: string, to: string): Wave => ({
  id,
  surveyId: 's',
  name,
  from,
  to,
  sealed: false,
});
const W2025 = wave(1, '2025', '2025-06-16', '2025-07-05');
const W2026 = wave(2, '2026', '2026-06-18', '2026-07-14');

/** A scale question from its counts of 5, 4, 3, 2, 1. */
function scale(id: string, title: string, counts: [number, number, number, number, number]) {
  const n = counts.reduce((a, b) => a + b, 0);
  const q: QuestionResult = {
    id,
    type: 'scale',
    title,
    required: false,
    conditional: false,
    n,
    shownTo: n,
    options: counts.map((count, i) => ({
      value: String(5 - i),
      // The standard words, as summarize gives them (own words change what the findings say).
      label: SCALE_LABELS[String(5 - i)] ?? '',
      count,
      share: count / n,
    })),
    topTwo: { value: (counts[0] + counts[1]) / n, low: 0, high: 1 },
    mean: { value: 3, low: 2, high: 4 },
  };
  return q;
}

/** What hideSmallQuestion leaves of a question answered by 1–4. */
const hidden = (id: string, title: string): QuestionResult => ({
  id,
  type: 'scale',
  title,
  required: false,
  conditional: true,
  n: 0,
  hidden: true,
  shownTo: 3,
  options: [],
});

const cell = (topTwo: number, n: number) => ({ topTwo, n, mean: 3 });

function summary(
  questions: QuestionResult[],
  before: ComparisonRow['questions'],
  now: ComparisonRow['questions'],
): ResultsSummary {
  return {
    survey: { id: 's', title: 'Kundenbefragung Bürgerbüro' },
    wave: W2026,
    office: null,
    group: null,
    includeFlagged: false,
    n: 200,
    suppressed: false,
    suppressedBy: null,
    flagged: 0,
    flaggedWithheld: false,
    perDay: [],
    questions,
    crossTab: null,
    texts: [],
    comparison: {
      rows: [
        { wave: W2025, n: 180, questions: before },
        { wave: W2026, n: 200, questions: now },
      ],
      selected: W2026.id,
      previous: W2025.id,
    },
  };
}

const overall = scale('overall', 'Wie zufrieden sind Sie insgesamt?', [60, 60, 40, 20, 20]);
const waiting = scale(
  'waiting_time',
  'Wie zufrieden waren Sie mit der Wartezeit?',
  [20, 30, 50, 60, 40],
);
const clarity = scale('clarity', 'Wie verständlich waren die Auskünfte?', [90, 50, 30, 20, 10]);

describe('key findings for the first page', () => {
  it('tells n, overall, best and weakest, and a significant change, in plain German', () => {
    const s = summary(
      [overall, waiting, clarity],
      { overall: cell(0.45, 180), waiting_time: cell(0.24, 180), clarity: cell(0.68, 180) },
      { overall: cell(0.6, 200), waiting_time: cell(0.25, 200), clarity: cell(0.7, 200) },
    );
    expect(keyFindings(s)).toEqual([
      'Ausgewertet wurden 200 Antworten aus der Zeit vom 18.06.2026 bis 14.07.2026.',
      '60 % der Befragten sind mit ihrem Besuch insgesamt zufrieden oder sehr zufrieden, 20 % unzufrieden oder sehr unzufrieden.',
      'Am besten bewertet: Verständlichkeit der Auskünfte (70 % zufrieden oder sehr zufrieden). Am schwächsten: Wartezeit (25 %).',
      // 81 of 180 → 120 of 200: z = 2.93, significant; the others moved by 1–2 points only.
      'Gegenüber der Befragung „2025“ statistisch gesichert verändert: Besuch insgesamt (zufrieden: von 45 % auf 60 % gestiegen).',
    ]);
  });

  it('never reports a change of a question reworded between the waves and not confirmed the same', () => {
    // The same figures as the first case: overall's rise is significant, but its wording changed.
    const s = summary(
      [overall, waiting, clarity],
      { overall: cell(0.45, 180), waiting_time: cell(0.24, 180), clarity: cell(0.68, 180) },
      { overall: cell(0.6, 200), waiting_time: cell(0.25, 200), clarity: cell(0.7, 200) },
    );
    s.comparison.changedQuestions = { overall: 'changed' };
    expect(keyFindings(s).at(-1)).toBe(
      'Gegenüber der Befragung „2025“ hat sich kein Ergebnis statistisch gesichert verändert.',
    );
    // Confirmed as the same question at publishing: compared as before.
    s.comparison.changedQuestions = { overall: 'confirmed' };
    expect(keyFindings(s).at(-1)).toContain('Besuch insgesamt (zufrieden: von 45 % auf 60 %');
  });

  it('says when no change is significant, rather than listing raw differences', () => {
    const s = summary(
      [overall, waiting],
      { overall: cell(0.57, 180), waiting_time: cell(0.24, 180) },
      { overall: cell(0.6, 200), waiting_time: cell(0.25, 200) },
    );
    expect(keyFindings(s).at(-1)).toBe(
      'Gegenüber der Befragung „2025“ hat sich kein Ergebnis statistisch gesichert verändert.',
    );
  });

  it('never mentions a question the disclosure engine hid, nor a change from a hidden cell', () => {
    // The play corner, answered by 3, would be the weakest aspect and the largest change if its
    // figures had leaked into the summary; hidden, it has none, and no sentence may name it.
    const play = hidden('play_corner', 'Wie zufrieden sind Sie mit der Spielecke?');
    const s = summary(
      [overall, waiting, clarity, play],
      // Even a comparison cell present for it (it cannot be: the server sends null) is ignored,
      // because the page's own question is hidden; the waiting time's 2025 figure is withheld.
      {
        overall: cell(0.6, 180),
        waiting_time: null,
        clarity: cell(0.7, 180),
        play_corner: cell(0, 5),
      },
      {
        overall: cell(0.6, 200),
        waiting_time: cell(0.25, 200),
        clarity: cell(0.7, 200),
        play_corner: cell(1, 5),
      },
    );
    const text = keyFindings(s).join(' ');
    expect(text).not.toMatch(/Spielecke/);
    expect(text).not.toMatch(/Wartezeit \(zufrieden: von/);
    expect(text).toContain('Am schwächsten: Wartezeit (25 %)');
    expect(text).toContain('kein Ergebnis statistisch gesichert verändert');
  });

  it('has nothing to say about a suppressed selection, and stays within five sentences', () => {
    const { n: _n, ...rest } = summary([overall], {}, {});
    expect(
      keyFindings({ ...rest, suppressed: true, suppressedBy: 'small', questions: [] }),
    ).toEqual([]);
    const yes: QuestionResult = {
      ...scale('resolved', 'Wurde Ihr Anliegen vollständig erledigt?', [0, 0, 0, 0, 0]),
      type: 'yesno',
      n: 200,
      topTwo: { value: 0.36, low: 0, high: 1 },
    };
    const s = summary(
      [overall, waiting, clarity, yes],
      { overall: cell(0.6, 180) },
      { overall: cell(0.6, 200) },
    );
    const findings = keyFindings(s);
    expect(findings).toHaveLength(5);
    expect(findings).toContain(
      'Bei 36 % der Befragten wurde das Anliegen nach eigener Angabe vollständig erledigt.',
    );
  });

  it('quotes the title of a question it has no short label for; no comparison in a first wave', () => {
    const q = scale('parking', 'Wie zufrieden sind Sie mit den Parkplätzen?', [10, 10, 10, 10, 60]);
    const s = summary([overall, clarity, q], {}, {});
    s.comparison = { rows: [s.comparison.rows[1] as ComparisonRow], selected: 2, previous: null };
    const findings = keyFindings(s);
    expect(findings).toContain(
      'Am besten bewertet: Verständlichkeit der Auskünfte (70 % zufrieden oder sehr zufrieden). Am schwächsten: „Wie zufrieden sind Sie mit den Parkplätzen?“ (20 %).',
    );
    expect(findings.join(' ')).not.toMatch(/Gegenüber/);
  });
});
