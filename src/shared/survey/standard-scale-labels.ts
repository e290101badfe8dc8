import type { ScaleQuestion, ScaleValue } from '../survey-schema.ts';

/**
 * The kiosk's own German labels (src/kiosk/i18n/de.ts, which a unit test holds equal), for the
 * pages that cannot import the kiosk: the editor shows them, starts own labels from them, and
 * the version diff compares against them.
 */
export const STANDARD_SCALE_LABELS_DE: Record<ScaleValue, string> = {
  5: 'sehr zufrieden',
  4: 'zufrieden',
  3: 'teils/teils',
  2: 'unzufrieden',
  1: 'sehr unzufrieden',
};

/** Level `v` of scale question `q` as a German reader of the kiosk sees it: own label or standard. */
export function germanScaleLabel(q: ScaleQuestion, v: ScaleValue): string {
  return q.scaleLabels?.[v].de ?? STANDARD_SCALE_LABELS_DE[v];
}
