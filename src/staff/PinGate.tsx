import { useEffect, useState } from 'preact/hooks';
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
    setState({ kind: 'checking' });
    checkPin(store, pin).then(
      (result) => {
        if (result.kind === 'ok') onUnlock();
        else if (result.kind === 'unset') setState({ kind: 'failed' });
        else if (result.kind === 'wrong') setState(result);
        else setState({ kind: 'locked', until: Date.now() + result.ms });
      },
      () => setState({ kind: 'failed' }),
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
