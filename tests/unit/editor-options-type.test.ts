import { describe, expect, it } from 'vitest';
import { addOption, type Draft, withHint } from '../../src/editor/draft-edit.ts';
import { optionIdFromLabel, relabelOption, retypeOptionId } from '../../src/editor/option-edit.ts';
import { changeType, typeLocked } from '../../src/editor/type-change.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { reviewSurvey } from '../../src/shared/survey-editor/review-survey.ts';
import type { Question } from '../../src/shared/survey-schema.ts';

const at = (d: Draft, id: string) => {
  const i = d.questions.findIndex((q) => q.id === id);
  return { i, q: d.questions[i] as Question };
};
const optionIds = (q: Question) => ('options' in q ? q.options.map((o) => o.id) : []);
const errors = (d: Draft) => reviewSurvey(d).findings.filter((f) => f.level === 'error');

describe('option ids', () => {
  it('come from the German label as plain, unique ids', () => {
    expect(optionIdFromLabel('Führungszeugnis', [])).toBe('fuehrungszeugnis');
    expect(optionIdFromLabel('Ja, gern!', ['ja_gern'])).toBe('ja_gern_2');
    expect(optionIdFromLabel('1 Stunde', [])).toBe('antwort_1_stunde');
    expect(optionIdFromLabel('x'.repeat(60), [])).toHaveLength(40);
  });

  it('a new option follows its label; a published one or one typed by hand keeps its id', () => {
    const { i } = at(buergerbueroSurvey, 'with_children');
    const q = buergerbueroSurvey.questions[i] as Extract<Question, { options: unknown }>;
    let d: Draft = {
      ...buergerbueroSurvey,
      questions: buergerbueroSurvey.questions.map((x, j) => (j === i ? addOption(q) : x)),
    };
    expect(optionIds(at(d, 'with_children').q)).toEqual(['yes', 'no', 'antwort_3']);
    d = relabelOption(d, i, 2, { de: 'Mit Enkelkindern' });
    expect(optionIds(at(d, 'with_children').q)).toEqual(['yes', 'no', 'mit_enkelkindern']);
    // "yes" was never derived from its label "Ja": it stays, as does a fixed (published) one.
    expect(
      optionIds(at(relabelOption(d, i, 0, { de: 'Ja, mit Kindern' }), 'with_children').q)[0],
    ).toBe('yes');
    expect(optionIds(at(relabelOption(d, i, 2, { de: 'Enkel' }, true), 'with_children').q)[2]).toBe(
      'mit_enkelkindern',
    );
    // Typed by hand: made plain and unique, then it no longer follows the label.
    d = retypeOptionId(d, i, 2, 'Enkel Kinder');
    expect(optionIds(at(d, 'with_children').q)[2]).toBe('enkel_kinder');
    d = relabelOption(d, i, 2, { de: 'Mit Enkeln' });
    expect(optionIds(at(d, 'with_children').q)[2]).toBe('enkel_kinder');
    expect(optionIds(at(retypeOptionId(d, i, 2, 'yes'), 'with_children').q)[2]).toBe('yes_2');
    expect(errors(d)).toEqual([]);
  });

  it('a renamed option carries the conditions that name it along', () => {
    const { i } = at(buergerbueroSurvey, 'with_children');
    const d = retypeOptionId(buergerbueroSurvey, i, 0, 'kinder_dabei');
    expect(at(d, 'play_corner').q.showIf).toEqual({
      question: 'with_children',
      anyOf: ['kinder_dabei'],
    });
    expect(errors(d)).toEqual([]);
  });
});

describe('question type and hint', () => {
  it('a published question and the overall question keep their type, a new one may change', () => {
    const published = new Set(buergerbueroSurvey.questions.map((q) => q.id));
    expect(typeLocked(buergerbueroSurvey, at(buergerbueroSurvey, 'rooms').q, published)).toMatch(
      /neue Frage/,
    );
    expect(typeLocked(buergerbueroSurvey, at(buergerbueroSurvey, 'overall').q, new Set())).toMatch(
      /Skala/,
    );
    expect(typeLocked(buergerbueroSurvey, at(buergerbueroSurvey, 'rooms').q, new Set())).toBe(
      undefined,
    );
  });

  it('changes type keeping texts; conditions on it go unless its answers stay (single ↔ multi)', () => {
    const { i } = at(buergerbueroSurvey, 'with_children');
    const multi = changeType(buergerbueroSurvey, i, 'multi');
    expect(at(multi, 'with_children').q).toMatchObject({
      type: 'multi',
      options: expect.any(Array),
    });
    expect(at(multi, 'play_corner').q.showIf?.question).toBe('with_children');
    const yesno = changeType(buergerbueroSurvey, i, 'yesno');
    expect(at(yesno, 'with_children').q).not.toHaveProperty('options');
    expect(at(yesno, 'play_corner').q.showIf).toBeUndefined();
    const text = changeType(buergerbueroSurvey, at(buergerbueroSurvey, 'rooms').i, 'text');
    expect(at(text, 'rooms').q).toMatchObject({ type: 'text', required: false, maxLength: 500 });
    const single = changeType(text, at(text, 'rooms').i, 'single');
    expect(at(single, 'rooms').q).toMatchObject({ type: 'single', required: true });
    for (const d of [multi, yesno, text, single]) expect(errors(d)).toEqual([]);
  });

  it('a hint is set in any language and gone once every language is empty', () => {
    const q = at(buergerbueroSurvey, 'rooms').q;
    const hinted = withHint(q, { de: 'Denken Sie an Sitzplätze.', en: 'Think of seats.' });
    expect(hinted.hint).toEqual({ de: 'Denken Sie an Sitzplätze.', en: 'Think of seats.' });
    expect(withHint(hinted, { de: '' })).not.toHaveProperty('hint');
  });
});
