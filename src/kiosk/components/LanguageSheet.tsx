import { useEffect, useRef } from 'preact/hooks';
import type { LanguageMenuProps } from './LanguageMenu.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import '../styles/language-sheet.css';

/** The modal list of languages opened from the question screens' language button. */
export function LanguageSheet(props: LanguageMenuProps & { onClose(): void }) {
  const { lang, t, onClose } = props;
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
  }, []);

  // A modal sheet: Escape closes it, Tab stays inside it.
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onClose();
    if (event.key !== 'Tab' || !panel.current) return;
    const targets = [...panel.current.querySelectorAll<HTMLElement>('button')];
    const first = targets[0];
    const last = targets[targets.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      last?.focus();
      event.preventDefault();
    } else if (!event.shiftKey && document.activeElement === last) {
      first?.focus();
      event.preventDefault();
    }
  }

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a tap beside the sheet closes it; keys have Escape and the close button
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop, as above
    <div class="sheet" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        class="sheet__panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="lang-sheet-title"
        ref={panel}
        onKeyDown={onKeyDown}
      >
        <h2 class="sheet__title" id="lang-sheet-title">
          {t.languageChoose}
        </h2>
        <LanguageSwitch lang={lang} label={t.languageSwitch} onChange={props.onChange} />
        <button type="button" class="button button--secondary sheet__close" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </div>
  );
}
