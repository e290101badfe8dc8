import type { Comparison, QuestionChangeMark, Wave } from '../../shared/results/results-model.ts';
import { diffVersions } from '../../shared/survey-editor/version-diff.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { PublicationStore, SurveyPublication } from '../store/publication-store.ts';
import type { ServerStore } from '../store/server-store.ts';

/** What the comparison needs to tell which questionnaire each wave ran. */
export type QuestionnaireStore = PublicationStore & Pick<ServerStore, 'findSurvey'>;

const lastIndex = <T>(list: readonly T[], test: (item: T) => boolean) => {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
};

/**
 * The version a wave ran, by the days of the publications (oldest first): the newest one
 * published for days of the wave; else, for a wave before any of them, the version the next one
 * replaced; else (after them all) the newest. Undefined when nothing was ever published from the
 * editor: then every wave counts as running the same questionnaire, as before issue 14.
 * Offices are not told apart: a publication for some offices counts for the whole wave.
 */
export function waveVersion(
  wave: Pick<Wave, 'from' | 'to'>,
  publications: readonly SurveyPublication[],
): string | undefined {
  const during = lastIndex(publications, (p) => p.from <= wave.to && p.to >= wave.from);
  if (during >= 0) return publications[during]?.version;
  const next = publications.find((p) => p.from > wave.to);
  if (next) return next.previousVersion ?? undefined;
  return publications.at(-1)?.version;
}

/**
 * Whether question `id` may be compared from version `from` to version `to`: undefined when its
 * meaning cannot differ (same wording, options, scale labels, type and condition: a translation,
 * hint, order or "required" alone keep it comparable, version-diff.ts), 'confirmed' when every
 * publication on the way that changed its meaning was confirmed by the admin as the same
 * question, else 'changed'.
 */
async function markOf(
  id: string,
  from: string,
  to: string,
  publications: readonly SurveyPublication[],
  definition: (version: string) => Promise<SurveyDefinition | undefined>,
): Promise<QuestionChangeMark | undefined> {
  const [a, b] = [await definition(from), await definition(to)];
  if (!a || !b) return undefined;
  const change = diffVersions(a, b).find((c) => c.id === id);
  if (!change?.meaningMayDiffer) return undefined;
  // Where a version stands in the chain of publications; -1: the one the first replaced.
  const position = (v: string) => {
    const at = lastIndex(publications, (p) => p.version === v);
    return at >= 0 ? at : publications[0]?.previousVersion === v ? -1 : undefined;
  };
  const [pa, pb] = [position(from), position(to)];
  if (pa === undefined || pb === undefined || pa === pb) return 'changed';
  // Each step on the way was judged by the admin against its own previous version.
  for (const p of publications.slice(Math.min(pa, pb) + 1, Math.max(pa, pb) + 1)) {
    const before = p.previousVersion ? await definition(p.previousVersion) : undefined;
    const after = await definition(p.version);
    if (!before || !after) return 'changed';
    const step = diffVersions(before, after).find((c) => c.id === id);
    // Dropped and asked again later: nobody was asked whether it is the same question.
    if (!step || step.kind === 'added' || step.kind === 'removed') return 'changed';
    if (step.meaningMayDiffer && !p.sameQuestions.includes(id)) return 'changed';
  }
  return 'confirmed';
}

/**
 * The comparison with what each wave's questionnaire asked: a question its wave did not ask is
 * marked (its figures are null anyway, but "< 5" would be a wrong reason), a question whose
 * meaning changed between the previous and the selected wave is marked not comparable unless
 * confirmed, and the previous wave's questions that were dropped are named. Only definitions are
 * read: nothing here is a figure, so nothing here can disclose an answer.
 */
export async function withQuestionnaires(
  store: QuestionnaireStore,
  survey: SurveyDefinition,
  comparison: Comparison,
): Promise<Comparison> {
  const publications = await store.listSurveyPublications(survey.id);
  if (publications.length === 0) return comparison;
  const definitions = new Map<string, Promise<SurveyDefinition | undefined>>();
  const definition = (version: string) => {
    let found = definitions.get(version);
    if (!found) {
      found = store.findSurvey(survey.id, version);
      definitions.set(version, found);
    }
    return found;
  };
  const compared = survey.questions.filter((q) => q.type === 'scale' || q.type === 'yesno');
  const versionOf = new Map(
    comparison.rows.map((r) => [r.wave.id, waveVersion(r.wave, publications)]),
  );
  const now = versionOf.get(comparison.selected);
  const rows = await Promise.all(
    comparison.rows.map(async (row) => {
      const version = versionOf.get(row.wave.id);
      const asked = version ? await definition(version) : undefined;
      if (!version || !asked) return row;
      const ids = new Set(asked.questions.map((q) => q.id));
      const notAsked = compared.filter((q) => !ids.has(q.id)).map((q) => q.id);
      const otherWording: string[] = [];
      if (now && now !== version) {
        for (const q of compared.filter((x) => ids.has(x.id))) {
          if ((await markOf(q.id, version, now, publications, definition)) === 'changed') {
            otherWording.push(q.id);
          }
        }
      }
      if (notAsked.length === 0 && otherWording.length === 0) return row;
      const questions = { ...row.questions };
      for (const id of notAsked) questions[id] = null;
      return {
        ...row,
        questions,
        ...(notAsked.length > 0 ? { notAsked } : {}),
        ...(otherWording.length > 0 ? { otherWording } : {}),
      };
    }),
  );
  const then = comparison.previous === null ? undefined : versionOf.get(comparison.previous);
  if (!now || !then || now === then) return { ...comparison, rows };
  const changedQuestions: Record<string, QuestionChangeMark> = {};
  for (const q of compared) {
    const mark = await markOf(q.id, then, now, publications, definition);
    if (mark) changedQuestions[q.id] = mark;
  }
  const [before, after] = [await definition(then), await definition(now)];
  const kept = new Set(after?.questions.map((q) => q.id));
  const onlyPrevious = (after ? (before?.questions ?? []) : [])
    .filter((q) => (q.type === 'scale' || q.type === 'yesno') && !kept.has(q.id))
    .map((q) => ({ id: q.id, title: q.title.de }));
  return {
    ...comparison,
    rows,
    ...(Object.keys(changedQuestions).length > 0 ? { changedQuestions } : {}),
    ...(onlyPrevious.length > 0 ? { onlyPrevious } : {}),
  };
}
