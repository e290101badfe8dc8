import { type Question, SCALE_VALUES } from '../survey-schema.ts';
import { MIN_GROUP_SIZE } from './results-model.ts';

/** The smiley scale in words (the kiosk shows faces): 5 = very satisfied. */
export const SCALE_LABELS: Record<string, string> = {
  '5': 'sehr zufrieden',
  '4': 'zufrieden',
  '3': 'teils, teils',
  '2': 'unzufrieden',
  '1': 'sehr unzufrieden',
};

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

/** "weniger als 5", the words shown instead of a small group's figures. */
export const FEWER_THAN_MIN = `weniger als ${MIN_GROUP_SIZE}`;
