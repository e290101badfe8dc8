import { useEffect } from 'preact/hooks';
import type { Question } from '../../shared/survey-schema.ts';
import type { UiTexts } from '../i18n/index.ts';
import { findVoice, speak, spokenText, stopSpeaking, useVoices } from '../speech.ts';
import '../styles/read-aloud.css';

export interface ReadAloudProps {
  question: Question;
  /** The hint shown under the question, read after it. */
  hint?: string;
  lang: string;
  t: UiTexts;
  /** Read-aloud is on for this citizen: each new screen is read as it appears. */
  on: boolean;
  onToggle(on: boolean): void;
  /**
   * For the larger text sizes: a speaker button alone, in the top toolbar, so the question
   * and all its options still fit the screen; and nothing where this language has no voice.
   */
  compact?: boolean;
}

/**
 * "Vorlesen": speaks the question and its options with the platform's speech synthesis in the
 * citizen's language. Once switched on it stays on for this citizen and reads each new question
 * by itself (someone who needs it once needs it on all 12 screens, not 12 taps more); a second
 * tap switches it off. Absent where the device has no voices at all; disabled, with a plain
 * sentence why, where it has none for this language. Speech stops when the question, the
 * language or the screen changes.
 */
export function ReadAloud({
  question,
  hint,
  lang,
  t,
  on,
  onToggle,
  compact = false,
}: ReadAloudProps) {
  const text = spokenText(question, lang, t, hint);
  const voices = useVoices();
  const voice = voices && findVoice(voices, lang);
  // By name: some platforms hand out new voice objects on every getVoices().
  const voiceKey = voice ? `${voice.name}|${voice.lang}` : '';
  useEffect(() => {
    if (!on || !voice) return stopSpeaking;
    speak(text, voice, () => {});
    return stopSpeaking;
  }, [on, text, voiceKey]);

  if (!voices || voices.length === 0) return null;
  const toggle = () => onToggle(!on && voice !== undefined);
  const label = on ? t.readAloudStop : t.readAloud;
  if (compact) {
    if (!voice) return null;
    return (
      <button
        type="button"
        class="button button--secondary read-aloud__button read-aloud__button--compact"
        aria-label={label}
        aria-pressed={on}
        onClick={toggle}
      >
        <Speaker />
      </button>
    );
  }
  return (
    <div class="read-aloud">
      <button
        type="button"
        class="button button--secondary read-aloud__button"
        aria-describedby={voice ? undefined : 'read-aloud-missing'}
        aria-pressed={voice ? on : undefined}
        disabled={!voice}
        onClick={toggle}
      >
        <Speaker />
        {voice ? label : t.readAloud}
      </button>
      {!voice && (
        <p class="read-aloud__missing" id="read-aloud-missing">
          {t.readAloudMissing}
        </p>
      )}
    </div>
  );
}

function Speaker() {
  return (
    <svg class="read-aloud__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4 9.5h3.5L12 5v14l-4.5-4.5H4z" fill="currentColor" />
      <path
        d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
      />
    </svg>
  );
}
