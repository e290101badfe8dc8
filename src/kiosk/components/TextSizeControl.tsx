import type { UiTexts } from '../i18n/index.ts';
import { TEXT_SIZES, type TextSize } from '../text-size.ts';

interface TextSizeControlProps {
  size: TextSize;
  t: UiTexts;
  onChange(size: TextSize): void;
}

/**
 * Three buttons, a small, a middle and a big "A": the size is chosen directly, no cycling to
 * work out. Each is named in words for screen readers ("Große Schrift").
 */
export function TextSizeControl({ size, t, onChange }: TextSizeControlProps) {
  return (
    <fieldset class="text-size" aria-label={t.textSize}>
      {TEXT_SIZES.map((step) => (
        <button
          key={step}
          type="button"
          class={`text-size__option text-size__option--${step}`}
          aria-pressed={step === size}
          aria-label={t.textSizes[step]}
          onClick={() => onChange(step)}
        >
          <span aria-hidden="true">A</span>
        </button>
      ))}
    </fieldset>
  );
}
