import { describe, expect, it } from 'vitest';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { estimateSeconds } from '../../src/shared/survey-editor/estimate-time.ts';
import {
  AIM_SECONDS,
  MAX_QUESTIONS,
  reviewSurvey,
} from '../../src/shared/survey-editor/review-survey.ts';
import { diffVersions } from '../../src/shared/survey-editor/version-diff.ts';
import type { Question, SurveyDefinition } from '../../src/shared/survey-schema.ts';

const template = (): SurveyDefinition => structuredClone(buergerbueroSurvey) as SurveyDefinition;
const scale = (id: string, de: string, en?: string): Question => ({
  id,
  type: 'scale',
  required: false,
  title: en ? { de, en } : { de },
});
const messages = (s: SurveyDefinition) => reviewSurvey(s).findings.map((f) => f.message);

describe('the editor rules', () => {
  it('find nothing wrong with the bundled survey, which takes under a minute and a half', () => {
    const review = reviewSurvey(template());
    expect(review.findings).toEqual([]);
    expect(review.seconds).toBeLessThanOrEqual(AIM_SECONDS);
    expect(review.survey?.id).toBe(buergerbueroSurvey.id);
  });

  it('refuse more than 15 questions, and warn that it takes too long', () => {
    const s = template();
    for (let i = s.questions.length; i <= MAX_QUESTIONS; i++) {
      s.questions.push(scale(`extra_${i}`, `Frage ${i}?`));
    }
    const review = reviewSurvey(s);
    expect(review.findings).toContainEqual({
      level: 'error',
      message: `Höchstens 15 Fragen: diese Befragung hat ${MAX_QUESTIONS + 1}.`,
    });
    expect(review.findings.some((f) => f.level === 'warning' && /Sekunden/.test(f.message))).toBe(
      true,
    );
  });

  it('warn of questions that ask for a name, contact, time, staff member or counter, in German and English', () => {
    for (const [de, en] of [
      ['Wie heißt Ihre Sachbearbeiterin?', undefined],
      ['Um wie viel Uhr waren Sie da?', undefined],
      ['Ihre Telefonnummer für Rückfragen', undefined],
      ['An welchem Schalter wurden Sie bedient?', undefined],
      ['Welche Mitarbeiterin hat Ihnen geholfen?', undefined],
      ['Wie war es?', 'Which clerk served you?'],
      ['Wie war es?', 'What time did you arrive?'],
    ] as const) {
      const s = template();
      s.questions.push(scale('risky', de, en));
      const found = reviewSurvey(s).findings.filter((f) => f.question === 'risky');
      expect(found, de + (en ?? '')).toHaveLength(1);
      expect(found[0]?.level).toBe('warning');
    }
    const fine = template();
    fine.questions.push(scale('friendly', 'Wie freundlich waren unsere Mitarbeitenden?'));
    expect(reviewSurvey(fine).findings.filter((f) => f.question === 'friendly')).toEqual([]);
  });

  it('warn of more than 8 options, and of an official term without its German name in brackets', () => {
    const s = template();
    const reason = s.questions[0];
    if (reason?.type !== 'single') throw new Error('the template starts with the reason');
    reason.options[0] = { id: 'id_card', label: { de: 'Personalausweis', tr: 'Kimlik kartı' } };
    for (let i = 0; i < 3; i++) {
      reason.options.push({ id: `more_${i}`, label: { de: `Anliegen ${i}` } });
    }
    expect(messages(s)).toEqual([
      '9 Antworten sind viele; gut lesbar sind bis zu 8.',
      '„Personalausweis“ sollte in tr in Klammern stehen: „… (Personalausweis)“.',
    ]);
  });

  it("report a survey the kiosk could not run with the kiosk's own message, as an error", () => {
    const s = template();
    s.questions.unshift({
      ...scale('early', 'Früh?'),
      showIf: { question: 'reason', anyOf: ['x'] },
    });
    const review = reviewSurvey(s);
    expect(review.survey).toBeUndefined();
    expect(review.findings).toEqual([
      {
        level: 'error',
        message:
          'question "early" (#1), field showIf.question: "reason" is not an earlier question',
      },
    ]);
  });

  it('count per language the texts that would fall back to German', () => {
    const s = template();
    const review = reviewSurvey(s);
    expect(review.languages.find((l) => l.language === 'en')).toEqual({
      language: 'en',
      missing: 0,
    });
    s.questions[1] = { ...(s.questions[1] as Question), title: { de: 'Nur deutsch?' } };
    expect(reviewSurvey(s).languages.find((l) => l.language === 'en')).toEqual({
      language: 'en',
      missing: 1,
    });
  });

  it('estimate more time for more and longer questions', () => {
    const s = template();
    const before = estimateSeconds(s);
    s.questions.push(scale('one_more', 'Noch eine?'));
    expect(estimateSeconds(s)).toBeGreaterThan(before);
  });
});

describe('the diff before publishing', () => {
  it('names added, removed and changed questions, and which changes may change the meaning', () => {
    const before = template();
    const after = template();
    after.questions = after.questions.filter((q) => q.id !== 'improve');
    after.questions.push(scale('new_one', 'Neu?'));
    const overall = after.questions.find((q) => q.id === 'overall');
    if (!overall) throw new Error('no overall question');
    overall.title = { ...overall.title, en: 'Overall, how satisfied were you?' };
    const waiting = after.questions.find((q) => q.id === 'waiting_time');
    if (!waiting) throw new Error('no waiting_time question');
    waiting.title = { de: 'Wie zufrieden waren Sie mit der Wartezeit heute?' };
    const byId = new Map(diffVersions(before, after).map((c) => [c.id, c]));
    expect(byId.get('new_one')?.kind).toBe('added');
    expect(byId.get('improve')?.kind).toBe('removed');
    expect(byId.get('overall')).toMatchObject({ kind: 'changed', meaningMayDiffer: false });
    expect(byId.get('waiting_time')).toMatchObject({ kind: 'changed', meaningMayDiffer: true });
    expect(byId.get('reason')?.kind).toBe('unchanged');
  });
});
