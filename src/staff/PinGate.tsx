import { useEffect, useState } from 'preact/hooks';
import { leaveFullscreen, requestFullscreenOnce } from './fullscreen.ts';
import { PinPad } from './PinPad.tsx';
import { checkPin, currentLock, type PinStore } from './pin-gate.ts';
import type { StaffTexts } from './staff-texts.ts';

interface PinGateProps {
  t: StaffTexts;
  store: PinStore;
  onUnlock(): void;
  onCancel(): void;
}

type GateState =
  | { kind: 'ready' }
  | { kind: 'checking' }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'locked'; until: number }
  | { kind: 'failed' };

/** Asks for the PIN; after 5 wrong tries the pad locks (the lock survives a reload). */
export function PinGate({ t, store, onUnlock, onCancel }: PinGateProps) {
  const [state, setState] = useState<GateState>({ kind: 'checking' });
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    currentLock(store).then(
      (ms) => setState(ms > 0 ? { kind: 'locked', until: Date.now() + ms } : { kind: 'ready' }),
      () => setState({ kind: 'failed' }),
    );
  }, [store]);

  // The lock-out counts down visibly and opens the pad again by itself.
  useEffect(() => {
    if (state.kind !== 'locked') return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= state.until) setState({ kind: 'ready' });
    }, 500);
    return () => clearInterval(timer);
  }, [state]);

  const submit = (pin: string) => {
    // Full screen is asked for here, in the tap (or Enter) that completes the PIN, before the
    // check: PBKDF2 plus IndexedDB can outlast the tap's short-lived permission for full screen
    // on a slow tablet, and after it browsers refuse. Not on the long press that opens the pad:
    // that fires from a timer seconds after the finger came down, and anyone can do it. A PIN
    // that does not open the panel leaves full screen again, so a guess changes nothing.
    const fullscreen = requestFullscreenOnce();
    setState({ kind: 'checking' });
    checkPin(store, pin).then(
      (result) => {
        if (result.kind === 'ok') return onUnlock();
        leaveFullscreen(fullscreen);
        if (result.kind === 'unset') setState({ kind: 'failed' });
        else if (result.kind === 'wrong') setState(result);
        else setState({ kind: 'locked', until: Date.now() + result.ms });
      },
      () => {
        leaveFullscreen(fullscreen);
        setState({ kind: 'failed' });
      },
    );
  };

  const message =
    state.kind === 'wrong'
      ? t.pinWrong(state.triesLeft)
      : state.kind === 'locked'
        ? t.pinLocked(Math.max(1, Math.ceil((state.until - now) / 1000)))
        : state.kind === 'checking'
          ? t.pinChecking
          : state.kind === 'failed'
            ? t.loadFailed
            : t.pinHint;
  return (
    <PinPad
      t={t}
      title={t.pinTitle}
      message={message}
      problem={state.kind === 'wrong' || state.kind === 'locked' || state.kind === 'failed'}
      disabled={state.kind === 'checking' || state.kind === 'locked' || state.kind === 'failed'}
      onSubmit={submit}
      onCancel={onCancel}
    />
  );
}
