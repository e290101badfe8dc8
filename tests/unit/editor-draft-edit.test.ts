import { describe, expect, it } from 'vitest';
import {
  addQuestion,
  type Draft,
  idFromTitle,
  moveQuestion,
  removeQuestion,
  renameQuestion,
  retitleQuestion,
} from '../../src/editor/draft-edit.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { reviewSurvey } from '../../src/shared/survey-editor/review-survey.ts';

describe('the editor draft edits', () => {
  it('derives plain, unique ids from the German title', () => {
    expect(idFromTitle('Würden Sie uns weiterempfehlen?', [])).toBe(
      'wuerden_sie_uns_weiterempfehlen',
    );
    expect(idFromTitle('Wartezeit', ['wartezeit'])).toBe('wartezeit_2');
    expect(idFromTitle('2 Fragen', [])).toBe('frage_2_fragen');
    expect(idFromTitle('?', [])).toBe('frage');
    expect(idFromTitle('x'.repeat(60), [])).toHaveLength(40);
  });

  it('a new question follows its title until it is published or renamed by hand', () => {
    let draft = addQuestion(buergerbueroSurvey, 'yesno');
    const last = draft.questions.length - 1;
    expect(draft.questions[last]).toMatchObject({
      id: 'neue_frage',
      type: 'yesno',
      required: true,
    });
    draft = retitleQuestion(draft, last, { de: 'Fanden Sie den Weg leicht?' });
    expect(draft.questions[last]?.id).toBe('fanden_sie_den_weg_leicht');
    // Emptied on the way to a new title, it still follows.
    draft = retitleQuestion(draft, last, { de: '' });
    draft = retitleQuestion(draft, last, { de: 'Weg' });
    expect(draft.questions[last]?.id).toBe('weg');
    expect(retitleQuestion(draft, last, { de: 'Pfad' }, new Set(['weg'])).questions[last]?.id).toBe(
      'weg',
    );
    // An existing question keeps its id: its answers are stored under it.
    const renamed = retitleQuestion(draft, 0, { de: 'Worum ging es heute?' });
    expect(renamed.questions[0]?.id).toBe(buergerbueroSurvey.questions[0]?.id);
  });

  it('free text is added as optional, and a fresh survey with it still passes the review', () => {
    const draft = addQuestion(buergerbueroSurvey, 'text');
    expect(draft.questions.at(-1)).toMatchObject({ type: 'text', required: false });
    expect(reviewSurvey(draft).findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  it('renaming carries conditions and the overall question along; removing drops conditions on it', () => {
    const conditioned = buergerbueroSurvey.questions.find((q) => q.showIf);
    const target = conditioned?.showIf?.question ?? '';
    const renamed = renameQuestion(buergerbueroSurvey, target, `${target}_2`);
    expect(renamed.questions.find((q) => q.id === conditioned?.id)?.showIf?.question).toBe(
      `${target}_2`,
    );
    const overall = renameQuestion(buergerbueroSurvey, 'overall', 'overall_2');
    expect(overall.overallQuestion).toBe('overall_2');
    const index = buergerbueroSurvey.questions.findIndex((q) => q.id === target);
    const removed = removeQuestion(buergerbueroSurvey, index);
    expect(removed.questions.find((q) => q.id === conditioned?.id)?.showIf).toBeUndefined();
  });

  it('moves a question one place and stays put at either end', () => {
    const ids = (d: Draft) => d.questions.map((q) => q.id);
    const moved = moveQuestion(buergerbueroSurvey, 1, -1);
    expect(ids(moved).slice(0, 2)).toEqual(ids(buergerbueroSurvey).slice(0, 2).reverse());
    expect(moveQuestion(buergerbueroSurvey, 0, -1)).toBe(buergerbueroSurvey);
  });
});
