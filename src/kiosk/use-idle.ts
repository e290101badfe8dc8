import { useEffect, useRef, useState } from 'preact/hooks';
import { type IdlePhase, idlePhase } from './idle.ts';
import type { KioskConfig } from './kiosk-config.ts';

const ACTIVE: IdlePhase = { kind: 'active' };
/** Touches, pens, mice, keys and the on-screen keyboard all count as "someone is here". */
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel'] as const;

/**
 * Watches for a kiosk left alone. `survey`: after idleMs ask, after the
 * countdown call `onExpire`. `quiet`: call `onExpire` after idleMs without
 * asking. `none`: do nothing. The timing itself is the pure `idlePhase`.
 */
export function useIdle(
  watch: 'survey' | 'quiet' | 'none',
  config: Pick<KioskConfig, 'idleMs' | 'countdownMs'>,
  onExpire: () => void,
): { phase: IdlePhase; touch(): void } {
  const [phase, setPhase] = useState<IdlePhase>(ACTIVE);
  const lastTouch = useRef(performance.now());
  const expire = useRef(onExpire);
  expire.current = onExpire;

  const touch = () => {
    lastTouch.current = performance.now();
    setPhase(ACTIVE);
  };

  useEffect(() => {
    for (const type of ACTIVITY)
      document.addEventListener(type, touch, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) document.removeEventListener(type, touch, { capture: true });
    };
  }, []);

  useEffect(() => {
    lastTouch.current = performance.now();
    setPhase(ACTIVE);
    if (watch === 'none') return;
    const timing = watch === 'survey' ? config : { idleMs: config.idleMs, countdownMs: 0 };
    const timer = setInterval(() => {
      const next = idlePhase(performance.now() - lastTouch.current, timing);
      if (next.kind === 'expired') {
        lastTouch.current = performance.now();
        setPhase(ACTIVE);
        expire.current();
        return;
      }
      setPhase((prev) => (samePhase(prev, next) ? prev : next));
    }, 250);
    return () => clearInterval(timer);
  }, [watch, config.idleMs, config.countdownMs]);

  return { phase, touch };
}

function samePhase(a: IdlePhase, b: IdlePhase): boolean {
  return (
    a.kind === b.kind && (a.kind !== 'asking' || a.secondsLeft === (b as typeof a).secondsLeft)
  );
}
