// German number formats: 1.234 answers, 45 %, mean 3,87.
const integer = new Intl.NumberFormat('de-DE');
const decimal = new Intl.NumberFormat('de-DE', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export const formatCount = (n: number): string => integer.format(n);

/** A released count: "<5" (1–4, withheld by the server) reads "weniger als 5". */
export const formatShown = (n: number | '<5'): string =>
  n === '<5' ? 'weniger als 5' : integer.format(n);

/**
 * "1 Antwort", "2 Antworten", "weniger als 5 Antworten". Without an article the adjective ends in
 * -e in both numbers ("1 auffällige Antwort", "3 auffällige Antworten"), so only the noun changes.
 */
export function formatAnswers(n: number | '<5', adjective = ''): string {
  const noun = n === 1 ? 'Antwort' : 'Antworten';
  return `${formatShown(n)} ${adjective ? `${adjective} ` : ''}${noun}`;
}
export const formatMean = (x: number): string => decimal.format(x);
export const formatPercent = (share: number): string => `${Math.round(share * 100)} %`;
export const formatInterval = (low: number, high: number, percent: boolean): string =>
  percent
    ? `${Math.round(low * 100)}–${Math.round(high * 100)} %`
    : `${decimal.format(low)}–${decimal.format(high)}`;

/** 2026-06-18 → 18.06.2026 */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

/** Every day from `from` to `to` inclusive (YYYY-MM-DD), for a chart with gaps shown as zero. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = new Date(`${to}T00:00:00Z`).getTime();
  for (
    let t = new Date(`${from}T00:00:00Z`).getTime();
    t <= end && days.length < 1000;
    t += 86_400_000
  ) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
