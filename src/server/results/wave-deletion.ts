import type { WaveDeletion } from '../../shared/results/results-model.ts';
import { ApiError } from '../http-error.ts';
import { germanDay } from '../sealed/urn-format.ts';
import type { RetentionStore } from '../store/retention-store.ts';

/** What the deletion schedule removed of a wave, for the summary; undefined while nothing. */
export async function waveDeletion(
  store: Pick<RetentionStore, 'listWaveSchedules'>,
  waveId: number,
): Promise<WaveDeletion | undefined> {
  const w = (await store.listWaveSchedules()).find((x) => x.waveId === waveId);
  if (!w || (!w.textsDeletedOn && !w.setsDeletedOn)) return undefined;
  return {
    ...(w.textsDeletedOn ? { texts: { on: w.textsDeletedOn, months: w.keepTextsMonths } } : {}),
    ...(w.setsDeletedOn
      ? {
          sets: {
            on: w.setsDeletedOn,
            months: w.keepSetsMonths,
            urnDestroyed: w.sealed && !w.opened,
          },
        }
      : {}),
  };
}

/**
 * The export needs the raw answer sets (and its text part the texts): once deleted, it is gone
 * (410), with the reason in German for the page. The counts, and so the page's figures, remain.
 */
export function refuseDeletedExport(deleted: WaveDeletion | undefined, textsOnly: boolean): void {
  const sets = deleted?.sets;
  if (sets) {
    throw new ApiError(
      410,
      `Die einzelnen Antworten dieser Welle wurden am ${germanDay(sets.on)} gelöscht (Löschfrist ${sets.months} Monate nach Ende der Welle); es gibt sie nicht mehr zum Export. Die Zahlen der Ergebnisseite bleiben.`,
    );
  }
  const texts = deleted?.texts;
  if (textsOnly && texts) {
    throw new ApiError(
      410,
      `Die Freitexte dieser Welle wurden am ${germanDay(texts.on)} gelöscht (Löschfrist ${texts.months} Monate nach Ende der Welle).`,
    );
  }
}
