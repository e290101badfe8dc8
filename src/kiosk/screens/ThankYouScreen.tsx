import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Check } from '../components/Face.tsx';
import { OfficeBrand } from '../components/OfficeBrand.tsx';
import type { UiTexts } from '../i18n/index.ts';
import { useScreenClass } from '../screen-class.ts';
import { findVoice, speak, stopSpeaking } from '../speech.ts';
import '../styles/messages.css';

interface ThankYouScreenProps {
  t: UiTexts;
  lang: string;
  /** Read-aloud is on: the thank-you is read too. */
  readAloud: boolean;
  /** Taps in this first stretch are ignored: the tap that sent must not also dismiss the thanks. */
  lockMs: number;
  onDone(): void;
  /** Controls in the top corner (the text size); taps on them do not leave the screen. */
  tools?: ComponentChildren;
}

/** Shown only after the answer set is on disk. A tap after the lock returns to the welcome screen early. */
export function ThankYouScreen({ t, lang, readAloud, lockMs, onDone, tools }: ThankYouScreenProps) {
  const shownAt = useRef(performance.now());
  useEffect(() => {
    shownAt.current = performance.now();
  }, []);
  // Read-aloud on: the thank-you is read too, so a citizen who cannot read it knows the answers
  // arrived. Here, not in the App: the App is part of every start, this screen is not.
  useEffect(() => {
    if (!readAloud) return;
    const voice = findVoice(globalThis.speechSynthesis?.getVoices() ?? [], lang);
    if (!voice) return;
    speak(`${t.thanksTitle} ${t.thanksBody}`, voice, () => {});
    return stopSpeaking;
  }, []);
  const tap = (event: MouseEvent) => {
    if ((event.target as Element).closest('button, fieldset')) return;
    if (performance.now() - shownAt.current >= lockMs) onDone();
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: an optional shortcut; the screen leaves by itself
    <main class={useScreenClass('message message--thanks')} onClick={tap}>
      {tools && <header class="message__tools">{tools}</header>}
      <OfficeBrand />
      <div class="message__icon message__icon--ok">
        <Check />
      </div>
      <div class="message__text" role="status">
        <h1 class="message__title">{t.thanksTitle}</h1>
        <p class="message__body">{t.thanksBody}</p>
      </div>
    </main>
  );
}
