import { useEffect, useState } from 'preact/hooks';
import type { StaffViewProps } from '../kiosk/KioskRoot.tsx';
import { requestFullscreenOnce } from './fullscreen.ts';
import { NewPin } from './NewPin.tsx';
import { PinGate } from './PinGate.tsx';
import { needsNewPin } from './pin-gate.ts';
import { StatusPanel } from './StatusPanel.tsx';
import { type StaffLang, staffTexts } from './staff-texts.ts';
import './staff.css';

type Phase = 'loading' | 'pin' | 'newPin' | 'panel' | 'changePin';

/**
 * Staff mode, loaded on the first long press: PIN (or choosing one on a fresh
 * kiosk), then the status panel. Closes itself after `staffIdleMs` without a
 * touch, so a panel left open never stays in front of citizens.
 */
export function StaffMode(props: StaffViewProps) {
  const { store, config, onClose } = props;
  const [phase, setPhase] = useState<Phase>('loading');
  const [lang, setLang] = useState<StaffLang>('de');
  const t = staffTexts(lang);

  useEffect(() => {
    needsNewPin(store).then(
      (fresh) => setPhase(fresh ? 'newPin' : 'pin'),
      () => setPhase('pin'),
    );
  }, [store]);
  useStaffIdle(config.staffIdleMs, onClose);

  const unlocked = () => {
    // The PIN tap is a user gesture: the one moment a browser allows full screen.
    requestFullscreenOnce();
    setPhase('panel');
  };
  switch (phase) {
    case 'loading':
      return <main class="staff" aria-busy="true" />;
    case 'pin':
      return <PinGate t={t} store={store} onUnlock={unlocked} onCancel={onClose} />;
    case 'newPin':
      return <NewPin t={t} store={store} onDone={unlocked} onCancel={onClose} />;
    case 'changePin':
      return (
        <NewPin
          t={t}
          store={store}
          onDone={() => setPhase('panel')}
          onCancel={() => setPhase('panel')}
        />
      );
    case 'panel':
      return (
        <StatusPanel
          {...props}
          t={t}
          lang={lang}
          onLanguage={setLang}
          onChangePin={() => setPhase('changePin')}
        />
      );
  }
}

/** Calls `onIdle` once nobody has touched the screen for `idleMs`. */
function useStaffIdle(idleMs: number, onIdle: () => void): void {
  useEffect(() => {
    let last = performance.now();
    const touch = () => {
      last = performance.now();
    };
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const type of events)
      document.addEventListener(type, touch, { capture: true, passive: true });
    const timer = setInterval(() => {
      if (performance.now() - last >= idleMs) onIdle();
    }, 500);
    return () => {
      clearInterval(timer);
      for (const type of events) document.removeEventListener(type, touch, { capture: true });
    };
  }, [idleMs]);
}
