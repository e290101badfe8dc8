import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useScreenClass } from '../screen-class.ts';
import '../styles/message-screen.css';
import '../styles/messages.css';

export interface MessageScreenProps {
  title: string;
  /** One paragraph per line: the restart text's second line is a quieter note for the visitor. */
  body: string;
  action: string;
  onAction(): void;
  /** Controls in the top corner (the text size). */
  tools?: ComponentChildren;
}

/**
 * A plain, friendly message with one way forward: the apology after a failed
 * write, or the restart notice for staff. Never a stack trace or an error name.
 */
export function MessageScreenBody({ title, body, action, onAction, tools }: MessageScreenProps) {
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
        {body.split('\n').map((paragraph) => (
          <p class="message__body" key={paragraph}>
            {paragraph}
          </p>
        ))}
      </div>
      <button type="button" class="button button--primary button--huge" onClick={onAction}>
        {action}
      </button>
    </main>
  );
}
