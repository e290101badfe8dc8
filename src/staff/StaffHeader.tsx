import { type StaffLang, type StaffTexts, staffTexts } from './staff-texts.ts';

interface StaffHeaderProps {
  t: StaffTexts;
  lang: StaffLang;
  onLanguage(lang: StaffLang): void;
  onClose(): void;
}

/** Title, the panel's language (German / English) and the way back to the citizens' screen. */
export function StaffHeader({ t, lang, onLanguage, onClose }: StaffHeaderProps) {
  return (
    <header class="staff__header">
      <h1 class="staff__title">{t.title}</h1>
      <div class="staff__row">
        <StaffLanguages lang={lang} onLanguage={onLanguage} />
        <button type="button" class="button button--primary button--small" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </header>
  );
}

/** German / English, each named in itself. */
export function StaffLanguages({
  lang,
  onLanguage,
}: Pick<StaffHeaderProps, 'lang' | 'onLanguage'>) {
  return (
    <>
      {(['de', 'en'] as const).map((l) => (
        <button
          type="button"
          key={l}
          lang={l}
          class="button button--secondary button--small"
          aria-pressed={lang === l}
          onClick={() => onLanguage(l)}
        >
          {staffTexts(l).langName}
        </button>
      ))}
    </>
  );
}
