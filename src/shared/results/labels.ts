import { STANDARD_SCALE_LABELS_DE } from '../survey/standard-scale-labels.ts';
import { type Question, SCALE_VALUES } from '../survey-schema.ts';
import { MIN_GROUP_SIZE, type QuestionResult } from './results-model.ts';

/**
 * The smiley scale in words, 5 = very satisfied, keyed by the value as results carry it ('5').
 * The very table of the words under the kiosk's faces ("teils/teils"), so the results, the report
 * and the CSV name a level as the citizens read it; only "Vorlesen" says "teils, teils".
 */
export const SCALE_LABELS: Readonly<Record<string, string>> = STANDARD_SCALE_LABELS_DE;

export const YES_NO_LABELS: Record<string, string> = { yes: 'ja', partly: 'teilweise', no: 'nein' };

/** The values a question's chart shows, in display order, with German labels. */
export function valueLabels(q: Question): { value: string; label: string }[] {
  switch (q.type) {
    case 'scale':
      // A question's own German labels ("sehr gut" … "sehr schlecht") are what its citizens read.
      return SCALE_VALUES.map((v) => ({
        value: String(v),
        label: q.scaleLabels?.[v].de ?? SCALE_LABELS[v] ?? String(v),
      }));
    case 'yesno':
      return ['yes', 'partly', 'no'].map((v) => ({ value: v, label: YES_NO_LABELS[v] ?? v }));
    case 'single':
    case 'multi':
      return q.options.map((o) => ({ value: o.id, label: o.label.de }));
    case 'text':
      return [];
  }
}

/**
 * Whether a scale result's levels carry the question's own words ("sehr gut" … "sehr schlecht")
 * instead of "sehr zufrieden" … "sehr unzufrieden": then a sentence or legend that names the
 * standard words is not true of it. A hidden result has no levels and says nothing of them.
 */
export function hasOwnScaleLabels(q: QuestionResult): boolean {
  return q.type === 'scale' && q.options.some((o) => SCALE_LABELS[o.value] !== o.label);
}

const levelLabel = (q: QuestionResult, value: string) =>
  q.options.find((o) => o.value === value)?.label ?? SCALE_LABELS[value];

/** What a scale's share of 4 and 5 counts: "zufrieden oder sehr zufrieden", or „gut“ oder „sehr gut“. */
export function topTwoWords(q: QuestionResult): string {
  return hasOwnScaleLabels(q)
    ? `„${levelLabel(q, '4')}“ oder „${levelLabel(q, '5')}“`
    : 'zufrieden oder sehr zufrieden';
}

/** The same for 1 and 2: "unzufrieden oder sehr unzufrieden", or „schlecht“ oder „sehr schlecht“. */
export function bottomTwoWords(q: QuestionResult): string {
  return hasOwnScaleLabels(q)
    ? `„${levelLabel(q, '2')}“ oder „${levelLabel(q, '1')}“`
    : 'unzufrieden oder sehr unzufrieden';
}

/** The best level's words, for "5 = sehr zufrieden". */
export const bestLevel = (q: QuestionResult) => levelLabel(q, '5');

/** "weniger als 5", the words shown instead of a small group's figures. */
export const FEWER_THAN_MIN = `weniger als ${MIN_GROUP_SIZE}`;
