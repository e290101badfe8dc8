import type { ShownCount } from '../../shared/results/results-model.ts';

/** One line: how many answered only the overall question, with one tap on the welcome screen. */
export function OnlyOverall({ count }: { count: ShownCount | undefined }) {
  if (count === undefined) return null;
  const shown = count === '<5' ? 'weniger als 5' : count.toLocaleString('de-DE');
  return (
    <p class="meta" data-figure="only-overall">
      Nur die Gesamtfrage beantwortet (ein Tipp auf dem Startbildschirm, danach keine weitere
      Frage): {shown}.
    </p>
  );
}
