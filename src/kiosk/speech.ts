import { useEffect, useState } from 'preact/hooks';
import { pickText } from '../shared/localized-text.ts';
import { scaleLabel } from '../shared/survey/scale-label.ts';
import { type Question, SCALE_VALUES, YES_NO_VALUES } from '../shared/survey-schema.ts';
import type { UiTexts } from './i18n/index.ts';

/**
 * What "Vorlesen" says on a question screen: the question, its hint, then every answer option
 * in screen order (for free text: the privacy hint), each ending in a pause.
 */
export function spokenText(q: Question, lang: string, t: UiTexts, hint?: string): string {
  const options =
    q.type === 'scale'
      ? SCALE_VALUES.map((v) => scaleLabel(q, v, lang, t.scale))
      : q.type === 'yesno'
        ? YES_NO_VALUES.map((v) => t.yesno[v])
        : q.type === 'text'
          ? [t.textPrivacy]
          : q.options.map((o) => pickText(o.label, lang));
  return [pickText(q.title, lang), hint, ...options]
    .map((part) => part && saidAsWords(part).trim())
    .filter((part): part is string => Boolean(part))
    .map((part) => (/[.!?؟…]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/**
 * "teils/teils" as "teils, teils": a slash between words is read out as "Schrägstrich" (or
 * skipped without a pause) by the voices; a comma gives the pause the words mean.
 */
function saidAsWords(text: string): string {
  return text.replace(/(\p{L})\s*\/\s*(?=\p{L})/gu, '$1, ');
}

/**
 * A voice for `lang`, matched by the primary language (`de-x-ls` is read by a German voice;
 * Android reports `de_DE`). Voices on the device come first: a kiosk is often offline, and a
 * network voice then stays silent.
 */
export function findVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  const matching = voices.filter((v) => primary(v.lang) === primary(lang));
  return matching.find((v) => v.localService) ?? matching.find((v) => v.default) ?? matching[0];
}

/** The platform's voices, updated when they arrive late; undefined where there is no synthesis. */
export function useVoices(): readonly SpeechSynthesisVoice[] | undefined {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  const [voices, setVoices] = useState(() => synth?.getVoices() ?? []);
  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    synth.addEventListener('voiceschanged', update);
    update();
    return () => synth.removeEventListener('voiceschanged', update);
  }, []);
  return synth ? voices : undefined;
}

/** Speaks `text`, replacing whatever was being said; `onEnd` runs when it ends or fails. */
export function speak(text: string, voice: SpeechSynthesisVoice, onEnd: () => void): void {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  speechSynthesis.cancel();
  speechSynthesis.speak(utterance);
}

/** Silence, e.g. when the question, the language or the screen changes. */
export function stopSpeaking(): void {
  globalThis.speechSynthesis?.cancel();
}
