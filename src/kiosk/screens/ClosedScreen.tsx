import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/localized-text.ts';
import { type ClosedReason, closedText } from '../closed-texts.ts';
import { LanguageMenu } from '../components/LanguageMenu.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { OfficeBrand } from '../components/OfficeBrand.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import { germanTexts, loadUiTexts, type UiTexts } from '../i18n/index.ts';
import { LANGUAGE_INFO } from '../i18n/languages.ts';
import { DEFAULT_TEXT_SIZE, type TextSize, useTextSize } from '../text-size.ts';
import '../styles/closed.css';
import { useScreenClass } from '../screen-class.ts';
import '../styles/messages.css';

/** A language or size chosen here goes back to German and normal after this long untouched. */
const RESET_MS = 60_000;

interface ClosedScreenProps {
  reason: ClosedReason;
  /** The hidden staff entry, so staff can resume the survey from here. */
  corner?: ComponentChildren;
}

/**
 * A friendly "closed" sign: outside the survey period or paused by staff. Takes no answers, but
 * every citizen can read it: the same languages and text sizes as the survey, kept here (the
 * survey's state does not exist while it is closed) and reset for the next citizen.
 */
export function ClosedScreen({ reason, corner }: ClosedScreenProps) {
  const [lang, setLang] = useState<Language>(DEFAULT_LANGUAGE);
  const [t, setTexts] = useState<UiTexts>(germanTexts);
  const [size, setSize] = useState<TextSize>(DEFAULT_TEXT_SIZE);
  const latest = useRef<Language>(lang);
  useTextSize(size);
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = LANGUAGE_INFO[lang].dir;
  }, [lang]);

  const choose = (next: Language) => {
    latest.current = next;
    loadUiTexts(next).then(
      (texts) => {
        if (latest.current !== next) return; // a later tap chose another language
        setTexts(texts);
        setLang(next);
      },
      (error: unknown) => console.error(`Urne: could not load language ${next}:`, String(error)),
    );
  };

  // Back to German and normal once nobody has touched the screen for a while.
  useEffect(() => {
    if (lang === DEFAULT_LANGUAGE && size === DEFAULT_TEXT_SIZE) return;
    let timer = setTimeout(reset, RESET_MS);
    function reset() {
      latest.current = DEFAULT_LANGUAGE;
      setTexts(germanTexts);
      setLang(DEFAULT_LANGUAGE);
      setSize(DEFAULT_TEXT_SIZE);
    }
    const touched = () => {
      clearTimeout(timer);
      timer = setTimeout(reset, RESET_MS);
    };
    document.addEventListener('pointerdown', touched);
    document.addEventListener('keydown', touched);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', touched);
      document.removeEventListener('keydown', touched);
    };
  }, [lang, size]);

  const text = closedText(reason, t);
  return (
    <main class={useScreenClass('message closed')}>
      {corner}
      <OfficeBrand />
      <div class="message__text">
        <h1 class="message__title">{text.title}</h1>
        <p class="message__body">{text.body}</p>
      </div>
      {/* At the bottom, as on the welcome screen: the top corners stay free for the staff entry
          (the top-left one, which is the end corner in Arabic). */}
      <footer class="welcome__settings closed__settings">
        {size === DEFAULT_TEXT_SIZE ? (
          <LanguageSwitch lang={lang} label={t.languageSwitch} onChange={choose} />
        ) : (
          <LanguageMenu lang={lang} t={t} onChange={choose} />
        )}
        <TextSizeControl size={size} t={t} onChange={setSize} />
      </footer>
    </main>
  );
}
