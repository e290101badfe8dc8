import { useEffect, useRef } from 'preact/hooks';
import type { UiTexts } from '../i18n/index.ts';
import '../styles/idle.css';

export interface IdleOverlayProps {
  t: UiTexts;
  secondsLeft: number;
  /** Any touch already counts as "still here"; the button makes that obvious. */
  onContinue(): void;
}

/** "Are you still there?" with a countdown; covers the question so a stray tap cannot answer it. */
export function IdleDialog({ t, secondsLeft, onContinue }: IdleOverlayProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus({ preventScroll: true }), []);
  return (
    <div class="overlay">
      <div
        class="overlay__dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
      >
        <h2 class="overlay__title" id="idle-title">
          {t.idleTitle}
        </h2>
        <p class="overlay__count" aria-hidden="true">
          {secondsLeft}
        </p>
        <p class="overlay__body" id="idle-body">
          {t.idleBody(secondsLeft)}
        </p>
        <button
          type="button"
          class="button button--primary button--huge"
          ref={button}
          onClick={onContinue}
        >
          {t.idleContinue}
        </button>
      </div>
    </div>
  );
}
