import type { UiTexts } from '../i18n/index.ts';
import { TEXT_SIZES, type TextSize } from '../text-size.ts';

interface TextSizeControlProps {
  size: TextSize;
  t: UiTexts;
  onChange(size: TextSize): void;
}

/**
 * Three buttons, a small, a middle and a big "A" under the visible word "Schriftgröße": three
 * bare "A"s were not read as a text size by older visitors. The size is chosen directly, no
 * cycling to work out. Each is named "A" plus words ("A Große Schrift"): the name starts with
 * what is seen, so voice control ("press A") finds it (WCAG 2.5.3), and a screen reader hears
 * which size it is. The word sits above the buttons, so it adds no width beside the progress.
 */
export function TextSizeControl({ size, t, onChange }: TextSizeControlProps) {
  return (
    <fieldset class="text-size">
      <legend class="text-size__label">{t.textSize}</legend>
      {TEXT_SIZES.map((step) => (
        <button
          key={step}
          type="button"
          class={`text-size__option text-size__option--${step}`}
          aria-pressed={step === size}
          onClick={() => onChange(step)}
        >
          A<span class="visually-hidden"> {t.textSizes[step]}</span>
        </button>
      ))}
    </fieldset>
  );
}
