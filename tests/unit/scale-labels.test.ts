import { describe, expect, it } from 'vitest';
// The messages as the endpoint (and so the editor's review and import) gives them.
import '../../src/shared/zod-locale.ts';
import { withOwnScaleLabels } from '../../src/editor/draft-edit.ts';
import { de } from '../../src/kiosk/i18n/de.ts';
import { loadUiTexts } from '../../src/kiosk/i18n/index.ts';
import { spokenText } from '../../src/kiosk/speech.ts';
import { withQuestionnaires } from '../../src/server/results/comparable-questions.ts';
import type { SurveyPublication } from '../../src/server/store/publication-store.ts';
import {
  bottomTwoWords,
  hasOwnScaleLabels,
  topTwoWords,
  valueLabels,
} from '../../src/shared/results/labels.ts';
import type { Comparison, Wave } from '../../src/shared/results/results-model.ts';
import { summarizeQuestion } from '../../src/shared/results/summarize.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey, SurveyDefinitionError } from '../../src/shared/survey/load-survey.ts';
import { scaleLabel } from '../../src/shared/survey/scale-label.ts';
import { STANDARD_SCALE_LABELS_DE } from '../../src/shared/survey/standard-scale-labels.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { languageCompleteness } from '../../src/shared/survey-editor/review-survey.ts';
import { diffVersions } from '../../src/shared/survey-editor/version-diff.ts';
import type { Question, ScaleLabels, SurveyDefinition } from '../../src/shared/survey-schema.ts';
import { germanFallbacks } from '../../src/survey/german-fallbacks.ts';
import { missingTexts } from '../../src/survey/translate-survey.ts';

// Issue 14, point 1: a scale question may carry its own words for its five levels.
const ROOMS: ScaleLabels = {
  5: { de: 'sehr gut', ar: 'جيد جدًا' },
  4: { de: 'gut', ar: 'جيد' },
  3: { de: 'es geht', ar: 'مقبول' },
  2: { de: 'schlecht', ar: 'سيئ' },
  1: { de: 'sehr schlecht', ar: 'سيئ جدًا' },
};

/** The Bürgerbüro survey with `labels` on the waiting-time question. */
function withLabels(labels: unknown): SurveyDefinition {
  const survey = structuredClone(buergerbueroSurvey) as SurveyDefinition;
  const q = survey.questions.find((x) => x.id === 'waiting_time') as Record<string, unknown>;
  q.scaleLabels = labels;
  return survey;
}

const waiting = (s: SurveyDefinition) =>
  s.questions.find((q) => q.id === 'waiting_time') as Question;

function problemsOf(input: unknown): string[] {
  try {
    loadSurvey(input);
  } catch (err) {
    if (err instanceof SurveyDefinitionError) return err.problems;
    throw err;
  }
  return [];
}

describe('the survey format: scaleLabels', () => {
  it('accepts all five levels with German, and keeps a survey without them (and its version) as it was', async () => {
    expect(waiting(loadSurvey(withLabels(ROOMS)))).toMatchObject({ scaleLabels: ROOMS });
    const plain = loadSurvey(structuredClone(buergerbueroSurvey));
    expect(waiting(plain)).not.toHaveProperty('scaleLabels');
    expect(await surveyVersion(plain)).toBe(await surveyVersion(buergerbueroSurvey));
    expect(await surveyVersion(loadSurvey(withLabels(ROOMS)))).not.toBe(await surveyVersion(plain));
  });

  it('refuses a level without German, a missing level, another key, and labels on a choice question', () => {
    const noGerman = { ...ROOMS, 3: { de: ' ', en: 'so-so' } };
    expect(problemsOf(withLabels(noGerman))).toEqual([
      'question "waiting_time" (#3), field scaleLabels.3.de: German text (de) must not be empty',
    ]);
    const { 1: _, ...four } = ROOMS;
    expect(problemsOf(withLabels(four))).toEqual([
      'question "waiting_time" (#3), field scaleLabels.1: Invalid input: expected object, received undefined',
    ]);
    expect(problemsOf(withLabels({ ...ROOMS, 6: { de: 'super' } }))).toEqual([
      'question "waiting_time" (#3), field scaleLabels: Unrecognized key: "6"',
    ]);
    const choice = structuredClone(buergerbueroSurvey) as SurveyDefinition;
    (choice.questions[0] as Record<string, unknown>).scaleLabels = ROOMS;
    expect(problemsOf(choice)).toEqual(['question "reason" (#1): Unrecognized key: "scaleLabels"']);
  });
});

describe('the words under a face', () => {
  const own = waiting(withLabels(ROOMS));
  const plain = waiting(structuredClone(buergerbueroSurvey) as SurveyDefinition);

  it("are the question's own in the citizen's language, German where that language lacks one", () => {
    expect(scaleLabel(own, 5, 'ar', de.scale)).toBe('جيد جدًا');
    expect(scaleLabel(own, 1, 'de', de.scale)).toBe('sehr schlecht');
    expect(scaleLabel(own, 3, 'tr', de.scale)).toBe('es geht');
  });

  it("are the kiosk's own translated labels without own ones", async () => {
    const tr = await loadUiTexts('tr');
    expect(scaleLabel(plain, 5, 'tr', tr.scale)).toBe(tr.scale[5]);
    expect(scaleLabel(plain, 3, 'de', de.scale)).toBe('teils/teils');
  });

  it("the editor's and the diff's standard German words are the kiosk's", () => {
    expect(STANDARD_SCALE_LABELS_DE).toEqual(de.scale);
  });

  it('are what "Vorlesen" reads', () => {
    expect(spokenText(own, 'de', de)).toBe(
      'Wie zufrieden waren Sie mit der Wartezeit? sehr gut. gut. es geht. schlecht. sehr schlecht.',
    );
  });

  it('are the German labels of the results and the CSV, in order 5 … 1', () => {
    expect(valueLabels(own)).toEqual([
      { value: '5', label: 'sehr gut' },
      { value: '4', label: 'gut' },
      { value: '3', label: 'es geht' },
      { value: '2', label: 'schlecht' },
      { value: '1', label: 'sehr schlecht' },
    ]);
    expect(valueLabels(plain).map((v) => v.label)).toEqual([
      'sehr zufrieden',
      'zufrieden',
      'teils/teils',
      'unzufrieden',
      'sehr unzufrieden',
    ]);
  });
});

describe('the report on a question with its own labels', () => {
  const totals = new Map([
    [
      'waiting_time',
      new Map([
        ['5', 3],
        ['4', 2],
        ['1', 1],
      ]),
    ],
  ]);
  const result = (s: SurveyDefinition) => summarizeQuestion(waiting(s), totals, 6);

  it('names its own best and worst levels where the report says "zufrieden" of the others', () => {
    const own = result(withLabels(ROOMS));
    expect(hasOwnScaleLabels(own)).toBe(true);
    expect(topTwoWords(own)).toBe('„gut“ oder „sehr gut“');
    expect(bottomTwoWords(own)).toBe('„schlecht“ oder „sehr schlecht“');
    const plain = result(structuredClone(buergerbueroSurvey) as SurveyDefinition);
    expect(hasOwnScaleLabels(plain)).toBe(false);
    expect(topTwoWords(plain)).toBe('zufrieden oder sehr zufrieden');
  });

  it("takes own labels that the editor started from the kiosk's words, left as they were, for the standard", () => {
    const q = waiting(structuredClone(buergerbueroSurvey) as SurveyDefinition);
    if (q.type !== 'scale') throw new Error('scale expected');
    const unchanged = withOwnScaleLabels(q, true).scaleLabels;
    expect(hasOwnScaleLabels(result(withLabels(unchanged)))).toBe(false);
    const middle = { ...unchanged, 3: { de: 'mittel' } };
    expect(hasOwnScaleLabels(result(withLabels(middle)))).toBe(true);
  });
});

describe('own scale labels in the languages', () => {
  it('count as texts a language may lack, for the editor and for staff', async () => {
    const survey = loadSurvey(withLabels(ROOMS));
    const labels = (lang: string) =>
      missingTexts(survey, lang).filter((p) => p.startsWith('waiting_time.scaleLabels'));
    expect(labels('ar')).toEqual([]);
    expect(labels('en')).toEqual([
      'waiting_time.scaleLabels.5',
      'waiting_time.scaleLabels.4',
      'waiting_time.scaleLabels.3',
      'waiting_time.scaleLabels.2',
      'waiting_time.scaleLabels.1',
    ]);
    // The bundled survey's translation files cover its own texts, not these five.
    const fallbacks = await germanFallbacks(survey);
    expect(fallbacks.find((f) => f.language === 'ar')).toBeUndefined();
    expect(fallbacks.find((f) => f.language === 'tr')).toEqual({ language: 'tr', texts: 5 });
    const marks = languageCompleteness(survey);
    const plainMarks = languageCompleteness(loadSurvey(structuredClone(buergerbueroSurvey)));
    const missing = (m: typeof marks, l: string) => m.find((x) => x.language === l)?.missing;
    expect(missing(marks, 'tr')).toBe((missing(plainMarks, 'tr') ?? 0) + 5);
    expect(missing(marks, 'ar')).toBe(missing(plainMarks, 'ar'));
  });

  it("start, in the editor, from the kiosk's German words, and go again when switched off", () => {
    const q = waiting(structuredClone(buergerbueroSurvey) as SurveyDefinition);
    if (q.type !== 'scale') throw new Error('scale expected');
    const on = withOwnScaleLabels(q, true);
    expect(on.scaleLabels?.[3]).toEqual({ de: 'teils/teils' });
    expect(withOwnScaleLabels({ ...q, scaleLabels: ROOMS }, true).scaleLabels).toBe(ROOMS);
    expect(withOwnScaleLabels(on, false)).toEqual(q);
  });
});

describe('a change of scale labels', () => {
  const before = loadSurvey(structuredClone(buergerbueroSurvey));
  const change = (next: SurveyDefinition) =>
    diffVersions(before, next).find((c) => c.id === 'waiting_time');

  it('in German is a change of wording: listed level by level, the meaning may differ', () => {
    const labelled = change(withLabels(ROOMS));
    expect(labelled).toMatchObject({ kind: 'changed', meaningMayDiffer: true });
    expect(labelled?.details).toContain('Stufe 5: „sehr zufrieden“ → „sehr gut“');
    expect(labelled?.details).toHaveLength(5);
    const back = diffVersions(withLabels(ROOMS), before).find((c) => c.id === 'waiting_time');
    expect(back?.details).toContain('Stufe 1: „sehr schlecht“ → „sehr unzufrieden“');
  });

  it("only in a translation, or to the kiosk's own German words, keeps it comparable", () => {
    const retranslated = withLabels({ ...ROOMS, 5: { de: 'sehr gut', ar: 'ممتاز' } });
    expect(
      diffVersions(withLabels(ROOMS), retranslated).find((c) => c.id === 'waiting_time'),
    ).toMatchObject({
      kind: 'changed',
      details: ['Übersetzung der Stufen geändert'],
      meaningMayDiffer: false,
    });
    const sameWords = Object.fromEntries(
      Object.entries(STANDARD_SCALE_LABELS_DE).map(([v, de]) => [v, { de }]),
    );
    expect(change(withLabels(sameWords))).toMatchObject({ meaningMayDiffer: false });
  });
});

describe('the wave comparison of a question whose scale labels changed', () => {
  const wave = (id: number, year: number): Wave => ({
    id,
    surveyId: buergerbueroSurvey.id,
    name: String(year),
    from: `${year}-06-01`,
    to: `${year}-06-30`,
    sealed: false,
  });
  const figures = { mean: 4, topTwo: 0.7, n: 20 };
  const comparison: Comparison = {
    rows: [
      { wave: wave(1, 2026), n: 40, questions: { waiting_time: figures } },
      { wave: wave(2, 2027), n: 40, questions: { waiting_time: figures } },
    ],
    selected: 2,
    previous: 1,
  };

  async function compared(sameQuestions: string[]) {
    const v1 = loadSurvey(structuredClone(buergerbueroSurvey));
    const v2 = loadSurvey(withLabels(ROOMS));
    const versions = new Map([
      [await surveyVersion(v1), v1],
      [await surveyVersion(v2), v2],
    ]);
    const [first, second] = [...versions.keys()];
    const publications: SurveyPublication[] = [
      {
        surveyId: v1.id,
        version: first as string,
        previousVersion: null,
        from: '2026-01-01',
        to: '2026-12-31',
        sameQuestions: [],
      },
      {
        surveyId: v1.id,
        version: second as string,
        previousVersion: first as string,
        from: '2027-01-01',
        to: '2027-12-31',
        sameQuestions,
      },
    ];
    const store = {
      addSurveyPublication: async () => {},
      listSurveyPublications: async () => publications,
      findSurvey: async (_: string, version: string) => versions.get(version),
    };
    return withQuestionnaires(store as never, v2, comparison);
  }

  it('marks it "nicht vergleichbar" unless the admin confirmed it as the same question', async () => {
    const unconfirmed = await compared([]);
    expect(unconfirmed.changedQuestions).toEqual({ waiting_time: 'changed' });
    expect(unconfirmed.rows[0]?.otherWording).toEqual(['waiting_time']);
    const confirmed = await compared(['waiting_time']);
    expect(confirmed.changedQuestions).toEqual({ waiting_time: 'confirmed' });
    expect(confirmed.rows[0]?.otherWording).toBeUndefined();
  });
});
