/** "Frage 3 von 12" plus a bar; the bar only repeats the text, so assistive tech skips it. */
export function Progress({
  current,
  total,
  label,
}: {
  current: number;
  total: number;
  label: string;
}) {
  return (
    <div class="progress">
      <p class="progress__text">{label}</p>
      <div class="progress__bar" aria-hidden="true">
        <div class="progress__fill" style={{ inlineSize: `${(current / total) * 100}%` }} />
      </div>
    </div>
  );
}
