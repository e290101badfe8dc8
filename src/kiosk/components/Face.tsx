import type { ScaleValue } from '../../shared/survey-schema.ts';

// Per scale value, 1 (very dissatisfied) first, at index value − 1. Plain lists, not objects
// keyed by value: the faces are part of the kiosk's first load, at its budget.
/** The mouth's curvature: + smile, − frown. */
const CURVES = [-11, -7, 0, 7, 13];
/** The mouth's half-width. */
const HALF_WIDTHS = [10, 9, 8, 9, 11];

/**
 * Green (5) to red (1), as on the satisfaction terminals people know: for weak eyes the colour
 * is the fastest cue. Each has at least 4.9:1 against white, both ways: the disc on the page
 * and the white eyes and mouth on the disc (WCAG 1.4.11 asks 3:1). On a chosen (blue) answer a
 * white ring keeps the disc apart from the background.
 */
const COLOURS = ['#b42318', '#b4510c', '#8a6500', '#4d7c0f', '#1e7b34'];

/**
 * A simple face for a scale value, drawn inline so it costs no request: coloured, and shaped by
 * its mouth (and frown lines on the lowest). Always decorative: the button's text label says
 * what the face shows, so neither face nor colour carries meaning alone.
 */
export function Face({ value }: { value: ScaleValue }) {
  // Typed to the five levels, so no fallback for another value: it would cost the first load.
  const curve = CURVES[value - 1] as number;
  const half = HALF_WIDTHS[value - 1] as number;
  // Only the best face grins with an open mouth.
  const open = value === 5;
  const ink = '#fff';
  const y = 29 - curve * 0.4;
  const mouth = `M${24 - half} ${y} Q24 ${y + curve * 1.6} ${24 + half} ${y}${open ? 'Z' : ''}`;
  return (
    <svg class="face" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="22.5" fill={COLOURS[value - 1]} stroke={ink} stroke-width="1.5" />
      <circle cx="17" cy="18.5" r="3" fill={ink} />
      <circle cx="31" cy="18.5" r="3" fill={ink} />
      {value === 1 && (
        <path
          d="M11.5 14.5L19.5 11.5M36.5 14.5L28.5 11.5"
          stroke={ink}
          stroke-width="2.6"
          stroke-linecap="round"
        />
      )}
      <path
        d={mouth}
        fill={open ? ink : 'none'}
        stroke={ink}
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
