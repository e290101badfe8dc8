import type { WaveDeletion } from '../../shared/results/results-model.ts';
import { formatDay } from '../format.ts';

const period = (months: number) =>
  `Löschfrist ${months} ${months === 1 ? 'Monat' : 'Monate'} nach Ende der Welle`;

/** The free texts' deletion, where the texts would be listed. */
export function textsDeletedText(texts: NonNullable<WaveDeletion['texts']>): string {
  return `Die Freitexte dieser Welle wurden am ${formatDay(texts.on)} gelöscht (${period(texts.months)}).`;
}

/** A sealed wave's urn destroyed unopened, in place of its count. */
export function urnDestroyedText(sets: NonNullable<WaveDeletion['sets']>): string {
  return `Die Urne dieser Welle wurde nie geöffnet und am ${formatDay(sets.on)} ungeöffnet vernichtet (${period(sets.months)}); ihre Antworten wurden von niemandem gelesen und sind nicht mehr vorhanden.`;
}

/**
 * Which data of the wave no longer exists (the deletion schedule), under the header: the figures
 * below still stand, since the counts behind them were kept; the texts and the export do not.
 */
export function DeletedNotice({ deleted }: { deleted: WaveDeletion | undefined }) {
  const { sets, texts } = deleted ?? {};
  if (!sets && !texts) return null;
  return (
    <div class="deleted" role="note">
      {sets && !sets.urnDestroyed && (
        <p>
          Die einzelnen Antworten dieser Welle wurden am {formatDay(sets.on)} gelöscht (
          {period(sets.months)}); die Zahlen bleiben. Ein Export ist nicht mehr möglich.
        </p>
      )}
      {sets?.urnDestroyed && <p>{urnDestroyedText(sets)}</p>}
      {texts && !sets && (
        <p>{textsDeletedText(texts)} Wie viele Menschen etwas geschrieben haben, bleibt gezählt.</p>
      )}
    </div>
  );
}
