import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useScreenClass } from '../screen-class.ts';

interface MessageScreenProps {
  title: string;
  body: string;
  action: string;
  onAction(): void;
  /** Controls in the top corner (the text size). */
  tools?: ComponentChildren;
}

/**
 * A plain, friendly message with one way forward: the apology after a failed
 * write, or "please restart the app". Never a stack trace or an error name.
 */
export function MessageScreen({ title, body, action, onAction, tools }: MessageScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <main class={useScreenClass('message')}>
      {tools && <header class="message__tools">{tools}</header>}
      <div class="message__icon message__icon--warn" aria-hidden="true">
        !
      </div>
      <div class="message__text" role="alert">
        <h1 class="message__title" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        <p class="message__body">{body}</p>
      </div>
      <button type="button" class="button button--primary button--huge" onClick={onAction}>
        {action}
      </button>
    </main>
  );
}
