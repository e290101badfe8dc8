import { useEffect, useRef } from 'preact/hooks';

interface HiddenCornerProps {
  /** How long the finger must rest there. */
  holdMs: number;
  onLongPress(): void;
}

/**
 * The staff entry: an invisible 80×80 px area in the top-left corner. A long
 * press opens the PIN pad; a short tap behaves like a tap anywhere else on the
 * screen, so citizens never notice it. Not focusable and hidden from screen
 * readers: staff use the touch screen.
 */
export function HiddenCorner({ holdMs, onLongPress }: HiddenCornerProps) {
  const timer = useRef<number | undefined>(undefined);
  const fired = useRef(false);
  const cancel = () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
  };
  useEffect(() => cancel, []);

  const start = (event: PointerEvent) => {
    if (event.isPrimary === false) return;
    cancel();
    fired.current = false;
    timer.current = window.setTimeout(() => {
      fired.current = true;
      timer.current = undefined;
      onLongPress();
    }, holdMs);
  };
  // The click that ends a long press must not also start the survey underneath.
  const swallowAfterLongPress = (event: MouseEvent) => {
    if (fired.current) event.stopPropagation();
  };
  return (
    <div
      class="hidden-corner"
      aria-hidden="true"
      data-staff-corner=""
      onPointerDown={start}
      onPointerUp={cancel}
      onPointerCancel={cancel}
      onPointerLeave={cancel}
      onClick={swallowAfterLongPress}
    />
  );
}
