import { useState } from 'preact/hooks';
import { requestFullscreenOnce } from './fullscreen.ts';
import { PinPad } from './PinPad.tsx';
import { type PinStore, setPin } from './pin-gate.ts';
import { isValidPin } from './pin-hash.ts';
import type { StaffTexts } from './staff-texts.ts';

interface NewPinProps {
  t: StaffTexts;
  store: PinStore;
  onDone(): void;
  onCancel(): void;
}

/** Choose a PIN by typing it twice (first run, after enrollment, or "Change PIN"). */
export function NewPin({ t, store, onDone, onCancel }: NewPinProps) {
  const [first, setFirst] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  const submit = (pin: string) => {
    if (!isValidPin(pin)) {
      setProblem(t.newPinTooShort);
      return;
    }
    if (first === undefined) {
      setFirst(pin);
      setProblem(undefined);
      return;
    }
    if (pin !== first) {
      setFirst(undefined);
      setProblem(t.newPinMismatch);
      return;
    }
    // In the confirming tap itself, like PinGate: hashing the new PIN may outlast the tap's
    // permission for full screen.
    requestFullscreenOnce();
    setSaving(true);
    setPin(store, pin).then(onDone, () => {
      setSaving(false);
      setFirst(undefined);
      setProblem(t.loadFailed);
    });
  };
  return (
    <PinPad
      key={first === undefined ? 'first' : 'repeat'}
      t={t}
      title={t.newPinTitle}
      message={problem ?? (first === undefined ? t.newPinHint : t.newPinRepeat)}
      problem={problem !== undefined}
      disabled={saving}
      onSubmit={submit}
      onCancel={onCancel}
    />
  );
}
