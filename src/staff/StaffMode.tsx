import { useEffect, useState } from 'preact/hooks';
import { NewPin } from './NewPin.tsx';
import { PinGate } from './PinGate.tsx';
import { ProvisioningNotice } from './ProvisioningNotice.tsx';
import { enrollProblemText } from './problem-texts.ts';
import { afterEnrollment, type StartPhase, startPhase } from './provisioning-start.ts';
import { StatusPanel } from './StatusPanel.tsx';
import { setupTexts } from './setup-texts.ts';
import { type StaffLang, staffTexts } from './staff-texts.ts';
import type { StaffViewProps } from './staff-view.ts';
import './staff.css';

type Phase = 'loading' | StartPhase | 'panel' | 'changePin';

/**
 * Staff mode, loaded on the first long press: PIN (or choosing one on a fresh
 * kiosk), then the status panel. Closes itself after `staffIdleMs` without a
 * touch, so a panel left open never stays in front of citizens.
 */
export function StaffMode(props: StaffViewProps) {
  const { store, config, provisioning, onClose } = props;
  const [phase, setPhase] = useState<Phase>('loading');
  const [lang, setLang] = useState<StaffLang>('de');
  const t = staffTexts(lang);

  useEffect(() => {
    startPhase(store, provisioning).then(setPhase, () => setPhase('pin'));
  }, [store]);
  useStaffIdle(config.staffIdleMs, onClose);

  // Full screen was asked for in the PIN tap itself (PinGate, NewPin).
  const unlocked = () => setPhase('panel');
  // A refused link that still registered the device (its survey was faulty) goes on like an enrollment.
  const afterRefusal = () => {
    if (typeof provisioning !== 'object' || provisioning.code !== 'badConfiguration') onClose();
    else
      afterEnrollment(store).then(
        (next) => (next === 'newPin' ? setPhase(next) : onClose()),
        onClose,
      );
  };
  const s = setupTexts(lang);
  switch (phase) {
    case 'loading':
      return <main class="staff" aria-busy="true" />;
    case 'pin':
      return <PinGate t={t} store={store} onUnlock={unlocked} onCancel={onClose} />;
    case 'newPin':
      return <NewPin t={t} store={store} onDone={unlocked} onCancel={onClose} />;
    case 'enrolled':
      return (
        <ProvisioningNotice
          lang={lang}
          onLanguage={setLang}
          ok
          title={s.enrolledTitle(props.office)}
          body={s.pinStays}
          action={s.ok}
          onAction={onClose}
        />
      );
    case 'refused':
      return (
        <ProvisioningNotice
          lang={lang}
          onLanguage={setLang}
          ok={false}
          title={s.linkTitle}
          body={typeof provisioning === 'object' ? enrollProblemText(provisioning, lang) : ''}
          action={s.ok}
          onAction={afterRefusal}
        />
      );
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
