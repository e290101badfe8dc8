import { useEffect, useState } from 'preact/hooks';
import type { StaffTexts } from './staff-texts.ts';

interface PinPadProps {
  t: StaffTexts;
  title: string;
  /** One sentence under the title: the hint, or why the last PIN did not work. */
  message: string;
  /** Shown as an alert (a wrong PIN, a lock-out) rather than a hint. */
  problem?: boolean;
  /** No input while checking or locked. */
  disabled?: boolean;
  onSubmit(pin: string): void;
  onCancel(): void;
}

const MAX_DIGITS = 8;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Big digit buttons (80 px), dots for what was typed, Delete and OK. A hardware keyboard works too. */
export function PinPad({ t, title, message, problem, disabled, onSubmit, onCancel }: PinPadProps) {
  const [pin, setPin] = useState('');
  const add = (digit: string) => setPin((p) => (p.length < MAX_DIGITS ? p + digit : p));
  const submit = () => {
    if (pin.length === 0 || disabled) return;
    onSubmit(pin);
    setPin('');
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (disabled) return;
      if (/^\d$/.test(event.key)) add(event.key);
      else if (event.key === 'Backspace') setPin((p) => p.slice(0, -1));
      else if (event.key === 'Enter') submit();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <main class="staff staff--pin">
      <h1 class="staff__title">{title}</h1>
      <p class={problem ? 'staff__problem' : 'staff__hint'} role={problem ? 'alert' : 'status'}>
        {message}
      </p>
      <output class="pin__dots" aria-label={t.pinDigits(pin.length)}>
        {Array.from({ length: Math.max(4, pin.length) }, (_, i) => (
          <span key={i} class={i < pin.length ? 'pin__dot pin__dot--on' : 'pin__dot'} />
        ))}
      </output>
      <div class="pin__grid">
        {KEYS.map((digit) => (
          <button
            type="button"
            class="pin__key"
            key={digit}
            disabled={disabled}
            onClick={() => add(digit)}
          >
            {digit}
          </button>
        ))}
        <button
          type="button"
          class="pin__key pin__key--small"
          disabled={disabled || pin.length === 0}
          onClick={() => setPin((p) => p.slice(0, -1))}
        >
          {t.pinDelete}
        </button>
        <button type="button" class="pin__key" disabled={disabled} onClick={() => add('0')}>
          0
        </button>
        <button
          type="button"
          class="pin__key pin__key--ok"
          disabled={disabled || pin.length < 4}
          onClick={submit}
        >
          {t.pinOk}
        </button>
      </div>
      <button type="button" class="button button--secondary" onClick={onCancel}>
        {t.cancel}
      </button>
    </main>
  );
}
