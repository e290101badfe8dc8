import { useRef, useState } from 'preact/hooks';
import type { Language } from '../../shared/localized-text.ts';
import type { UiTexts } from '../i18n/index.ts';
import { LANGUAGE_INFO } from '../i18n/languages.ts';
import { lazyComponent } from './lazy.ts';

// The sheet's code loads when it is first opened: it is not needed to start answering.
const LanguageSheet = lazyComponent(() =>
  import('./LanguageSheet.tsx').then((m) => m.LanguageSheet),
);

export interface LanguageMenuProps {
  lang: Language;
  t: UiTexts;
  onChange(lang: Language): void;
}

/**
 * The language switch on question screens: one compact button (globe and the current language's
 * name) that opens a sheet with every language as a big target, so eight languages fit a
 * 768 px tablet next to the progress. Choosing keeps the answers given so far.
 */
export function LanguageMenu({ lang, t, onChange }: LanguageMenuProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus({ preventScroll: true });
  };
  return (
    <>
      <button
        type="button"
        class="lang-toggle"
        ref={toggle}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        <Globe />
        <span class="visually-hidden">{t.languageSwitch}: </span>
        <span lang={lang}>{LANGUAGE_INFO[lang].name}</span>
      </button>
      {open && (
        <LanguageSheet
          lang={lang}
          t={t}
          onClose={close}
          onChange={(next) => {
            close();
            onChange(next);
          }}
        />
      )}
    </>
  );
}

function Globe() {
  return (
    <svg class="lang-toggle__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" stroke-width="1.8">
        <circle cx="12" cy="12" r="9.5" />
        <path d="M2.5 12h19M12 2.5c-3.2 3-3.2 16 0 19M12 2.5c3.2 3 3.2 16 0 19" />
      </g>
    </svg>
  );
}
