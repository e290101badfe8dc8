/**
 * 62 → "etwa 1 Minute", 95 → "etwa 1 Minute 35 Sekunden", 40 → "etwa 40 Sekunden": rounded up
 * to 5 s like the review's warning, so the two never disagree by a few seconds.
 */
export function formatDuration(seconds: number): string {
  const rounded = Math.max(5, Math.ceil(seconds / 5) * 5);
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  const parts = [
    minutes === 1 ? '1 Minute' : minutes > 1 ? `${minutes} Minuten` : '',
    rest > 0 ? `${rest} Sekunden` : '',
  ];
  return `etwa ${parts.filter(Boolean).join(' ')}`;
}
