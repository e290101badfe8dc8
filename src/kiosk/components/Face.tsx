/** Mouth per scale value (5 = very satisfied): curvature (+ smile, − frown), half-width, open grin. */
const MOUTHS: Record<number, { curve: number; half: number; open: boolean }> = {
  5: { curve: 13, half: 11, open: true },
  4: { curve: 7, half: 9, open: false },
  3: { curve: 0, half: 8, open: false },
  2: { curve: -7, half: 9, open: false },
  1: { curve: -11, half: 10, open: false },
};

/**
 * A simple face for a scale value, drawn inline so it costs no request and
 * follows the text colour. Always decorative: the button's text label says
 * what the face shows, so neither face nor colour carries meaning alone.
 */
export function Face({ value }: { value: number }) {
  const { curve, half, open } = MOUTHS[value] ?? { curve: 0, half: 8, open: false };
  const y = 29 - curve * 0.4;
  const mouth = `M${24 - half} ${y} Q24 ${y + curve * 1.6} ${24 + half} ${y}${open ? 'Z' : ''}`;
  return (
    <svg class="face" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
      <circle cx="17" cy="18.5" r="3" fill="currentColor" />
      <circle cx="31" cy="18.5" r="3" fill="currentColor" />
      {value === 1 && (
        <path
          d="M11.5 14.5L19.5 11.5M36.5 14.5L28.5 11.5"
          stroke="currentColor"
          stroke-width="2.6"
          stroke-linecap="round"
        />
      )}
      <path
        d={mouth}
        fill={open ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width="3"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** A check mark shown on the chosen answer: a second cue besides the colour change. */
export function Check() {
  return (
    <svg class="check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M5 12.5l4.5 4.5L19 7.5"
        fill="none"
        stroke="currentColor"
        stroke-width="3"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
