import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE } from '../../src/shared/results/results-model.ts';
import {
  type CountRow,
  crossTabulate,
  isSmallGroup,
  summarizeQuestion,
  suppressedGroups,
  totalsByQuestion,
} from '../../src/shared/results/summarize.ts';
import type { SurveyDefinition } from '../../src/shared/survey-schema.ts';

const survey: SurveyDefinition = {
  id: 's',
  title: { de: 'Test' },
  questions: [
    {
      id: 'reason',
      type: 'single',
      required: true,
      title: { de: 'Anliegen' },
      options: [
        { id: 'a', label: { de: 'A' } },
        { id: 'b', label: { de: 'B' } },
      ],
    },
    { id: 'kids', type: 'yesno', required: true, title: { de: 'Kinder?' } },
    {
      id: 'play',
      type: 'scale',
      required: false,
      title: { de: 'Spielecke' },
      showIf: { question: 'kids', anyOf: ['yes'] },
    },
    {
      id: 'extras',
      type: 'multi',
      required: false,
      title: { de: 'Extras' },
      options: [
        { id: 'x', label: { de: 'X' } },
        { id: 'y', label: { de: 'Y' } },
      ],
    },
  ],
};

// Group a: 6 sets (kids yes 4: play 5,5,4,2), group b: 3 sets (kids no), extras: x+y once, y twice.
const counts: CountRow[] = [
  { group: 'a', question: '', value: '', n: 6 },
  { group: 'b', question: '', value: '', n: 3 },
  { group: 'a', question: 'reason', value: 'a', n: 6 },
  { group: 'b', question: 'reason', value: 'b', n: 3 },
  { group: 'a', question: 'kids', value: 'yes', n: 4 },
  { group: 'a', question: 'kids', value: 'no', n: 2 },
  { group: 'b', question: 'kids', value: 'no', n: 3 },
  { group: 'a', question: 'play', value: '5', n: 2 },
  { group: 'a', question: 'play', value: '4', n: 1 },
  { group: 'a', question: 'play', value: '2', n: 1 },
  { group: 'a', question: 'extras', value: '', n: 3 },
  { group: 'a', question: 'extras', value: 'x', n: 1 },
  { group: 'a', question: 'extras', value: 'y', n: 3 },
];
const totals = totalsByQuestion(counts);
const q = (id: string) => {
  const found = survey.questions.find((x) => x.id === id);
  if (!found) throw new Error(id);
  return summarizeQuestion(found, totals, 9);
};

describe('summaries from counts (hand-computed)', () => {
  it('sums groups: 9 answer sets, 5 kids-no', () => {
    expect(totals.get('')?.get('')).toBe(9);
    expect(totals.get('kids')?.get('no')).toBe(5);
  });

  it('a conditional scale: n 4 of the 4 it was shown to, mean 4, top two 3 of 4', () => {
    const play = q('play');
    expect(play).toMatchObject({ n: 4, shownTo: 4, conditional: true });
    expect(play.options.map((o) => o.count)).toEqual([2, 1, 0, 1, 0]);
    expect(play.mean?.value).toBe(4);
    expect(play.topTwo?.value).toBe(0.75);
  });

  it('yes/partly/no: shares and the share of "ja"', () => {
    const kids = q('kids');
    expect(kids.options.map((o) => [o.label, o.count])).toEqual([
      ['ja', 4],
      ['teilweise', 0],
      ['nein', 5],
    ]);
    expect(kids.topTwo?.value).toBeCloseTo(4 / 9, 12);
  });

  it('multiple choice: n is those who chose anything, shares may add up to more than 100 %', () => {
    const extras = q('extras');
    expect(extras.n).toBe(3);
    expect(extras.shownTo).toBe(9);
    expect(extras.options.map((o) => o.share)).toEqual([1 / 3, 1]);
  });

  it(`suppresses groups under ${MIN_GROUP_SIZE} in the cross-tab`, () => {
    expect(isSmallGroup(4)).toBe(true);
    expect(isSmallGroup(5)).toBe(false);
    const tab = crossTabulate(survey, 'reason', counts);
    // b is small; a (6) is hidden too, or total − 6 would give b away (secondary suppression).
    expect(tab?.rows).toEqual([
      { value: 'a', label: 'A', n: null, means: { play: null } },
      { value: 'b', label: 'B', n: null, means: { play: null } },
    ]);
    expect(crossTabulate(survey, 'nope', counts)).toBeNull();
  });

  it('hides the next-smallest group while the hidden ones hold 1–4 sets together', () => {
    // one small group: the smallest other non-empty one goes with it
    expect(suppressedGroups([20, 3, 7, 0])).toEqual([false, true, true, true]);
    // two small ones of 3 and 2 are 5 together: the difference names no group
    expect(suppressedGroups([20, 3, 2, 9])).toEqual([false, true, true, false]);
    // empty groups reveal nothing: shown as "weniger als 5", nothing more hidden
    expect(suppressedGroups([20, 0, 9])).toEqual([false, true, false]);
    // 1 + 2 = 3 is still recoverable: the 6 goes too
    expect(suppressedGroups([1, 2, 6, 8])).toEqual([true, true, true, false]);
  });
});
