import type { ComponentChildren } from 'preact';
import { type ClosedReason, closedTexts } from '../closed-texts.ts';
import '../styles/closed.css';

interface ClosedScreenProps {
  reason: ClosedReason;
  /** The hidden staff entry, so staff can resume the survey from here. */
  corner?: ComponentChildren;
}

/** A friendly "closed" sign: outside the survey period or paused by staff. Takes no answers. */
export function ClosedScreen({ reason, corner }: ClosedScreenProps) {
  const [first, ...others] = closedTexts(reason);
  return (
    <main class="screen message closed">
      {corner}
      {first && (
        <div class="message__text" lang={first.lang}>
          <h1 class="message__title">{first.title}</h1>
          <p class="message__body">{first.body}</p>
        </div>
      )}
      {others.map((text) => (
        <div class="closed__other" lang={text.lang} key={text.lang}>
          <p class="closed__other-title">{text.title}</p>
          <p>{text.body}</p>
        </div>
      ))}
    </main>
  );
}
