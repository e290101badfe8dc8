import { germanScaleLabel } from '../survey/standard-scale-labels.ts';
import { canonicalJson } from '../survey/survey-version.ts';
import { type Question, SCALE_VALUES, type SurveyDefinition } from '../survey-schema.ts';

/** How one question differs between the published version and the new one. */
export interface QuestionChange {
  id: string;
  /** 'changed': same id, other wording, options, type or condition. */
  kind: 'added' | 'removed' | 'changed' | 'unchanged';
  /** What changed, in plain German, for the diff shown before publishing. */
  details: string[];
  /**
   * Whether the answers may no longer mean the same: other German wording, other options or
   * scale labels, another type. The editor then asks whether it is still the same question; a translation, a hint or
   * the order alone keep it comparable.
   */
  meaningMayDiffer: boolean;
}

const options = (q: Question) => ('options' in q ? q.options : []);
const ownScaleLabels = (q: Question) => (q.type === 'scale' ? q.scaleLabels : undefined);

/**
 * A scale's levels whose German words differ, as diff lines: like an option's label, the words
 * are what citizens answered ("sehr gut" is not "sehr zufrieden"). Own labels equal to the
 * kiosk's own words change nothing.
 */
function scaleLabelDetails(before: Question, after: Question): string[] {
  if (before.type !== 'scale' || after.type !== 'scale') return [];
  return SCALE_VALUES.flatMap((v) => {
    const [was, now] = [before, after].map((q) => germanScaleLabel(q, v));
    return was === now ? [] : [`Stufe ${v}: „${was}“ → „${now}“`];
  });
}

function detailsOf(before: Question, after: Question): { details: string[]; meaning: boolean } {
  const details: string[] = [];
  let meaning = false;
  if (before.type !== after.type) {
    details.push(`Art: ${before.type} → ${after.type}`);
    meaning = true;
  }
  if (before.title.de !== after.title.de) {
    details.push(`Frage: „${before.title.de}“ → „${after.title.de}“`);
    meaning = true;
  } else if (canonicalJson(before.title) !== canonicalJson(after.title)) {
    details.push('Übersetzung der Frage geändert');
  }
  const was = new Map(options(before).map((o) => [o.id, o.label.de]));
  const now = new Map(options(after).map((o) => [o.id, o.label.de]));
  for (const [id, label] of now) {
    if (!was.has(id)) details.push(`Antwort neu: „${label}“`);
    else if (was.get(id) !== label) details.push(`Antwort: „${was.get(id)}“ → „${label}“`);
  }
  for (const [id, label] of was) if (!now.has(id)) details.push(`Antwort entfernt: „${label}“`);
  const levels = scaleLabelDetails(before, after);
  details.push(...levels);
  if (
    levels.length === 0 &&
    canonicalJson(ownScaleLabels(before) ?? null) !== canonicalJson(ownScaleLabels(after) ?? null)
  ) {
    details.push('Übersetzung der Stufen geändert');
  }
  if (details.some((d) => d.startsWith('Antwort') || d.startsWith('Stufe '))) meaning = true;
  if (before.required !== after.required) {
    details.push(after.required ? 'jetzt Pflichtfrage' : 'jetzt freiwillig');
  }
  if (canonicalJson(before.showIf ?? null) !== canonicalJson(after.showIf ?? null)) {
    details.push('Bedingung geändert');
    meaning = true;
  }
  if (canonicalJson(before.hint ?? null) !== canonicalJson(after.hint ?? null)) {
    details.push('Hinweis geändert');
  }
  return { details, meaning };
}

/** Question by question, what publishing `next` changes against `previous` (issue 14, 5 and 6). */
export function diffVersions(
  previous: SurveyDefinition | undefined,
  next: SurveyDefinition,
): QuestionChange[] {
  const before = new Map((previous?.questions ?? []).map((q) => [q.id, q]));
  const changes: QuestionChange[] = next.questions.map((q) => {
    const old = before.get(q.id);
    if (!old) return { id: q.id, kind: 'added', details: [], meaningMayDiffer: false };
    const { details, meaning } = detailsOf(old, q);
    return {
      id: q.id,
      kind: details.length > 0 ? 'changed' : 'unchanged',
      details,
      meaningMayDiffer: meaning,
    };
  });
  const kept = new Set(next.questions.map((q) => q.id));
  for (const q of previous?.questions ?? []) {
    if (!kept.has(q.id)) {
      changes.push({ id: q.id, kind: 'removed', details: [], meaningMayDiffer: false });
    }
  }
  return changes;
}
