import { pickText } from '../localized-text.ts';
import type { Question, ScaleQuestion, ScaleValue } from '../survey-schema.ts';

/**
 * The words under a face: the question's own label for level `v` in `lang` (German when that
 * language lacks it, as every survey text), else `standard[v]`, the kiosk's own translated label.
 * Kept to one line: it is part of the kiosk's first load (the welcome's overall question); the
 * editor and the results, which need German only, read `scaleLabels?.[v].de` themselves, so this
 * module stays in the kiosk's own chunk.
 */
export function scaleLabel(
  q: Question,
  v: ScaleValue,
  lang: string,
  standard: Record<ScaleValue, string>,
): string {
  // Only scale questions carry scaleLabels; the callers ask only for a scale question's levels.
  const own = (q as ScaleQuestion).scaleLabels;
  return own ? pickText(own[v], lang) : standard[v];
}
