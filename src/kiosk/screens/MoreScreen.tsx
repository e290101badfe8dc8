import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { UiTexts } from '../i18n/index.ts';
import { useScreenClass } from '../screen-class.ts';
import '../styles/messages.css';

interface MoreScreenProps {
  t: UiTexts;
  /** The questions after the welcome, as the progress counts them ("Frage 1 von 12"). */
  questions: number;
  onMore(): void;
  onNo(): void;
  /** Controls in the top corner (the text size). */
  tools?: ComponentChildren;
}

/** A generous time per question (the UX review: 12 questions take an older visitor 1–2 minutes). */
const SECONDS_PER_QUESTION = 10;

/**
 * After the welcome's tap, whose answer is already stored: the offer of the other questions,
 * timed honestly (never "about a minute" for two), with "no" as easy as "yes".
 */
export function MoreScreen({ t, questions, onMore, onNo, tools }: MoreScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  const minutes = Math.max(1, Math.ceil((questions * SECONDS_PER_QUESTION) / 60));
  return (
    <main class={useScreenClass('message message--more')}>
      {tools && <header class="message__tools">{tools}</header>}
      <div class="message__text">
        <p class="message__body" role="status">
          {t.moreSaved}
        </p>
        <h1 class="message__title" tabIndex={-1} ref={heading}>
          {t.moreTitle(minutes)}
        </h1>
        <p class="message__body">{t.moreBody(questions)}</p>
      </div>
      <div class="message__actions">
        <button type="button" class="button button--primary button--huge" onClick={onMore}>
          {t.next}
        </button>
        <button type="button" class="button button--huge" onClick={onNo}>
          {t.moreNo}
        </button>
      </div>
    </main>
  );
}
