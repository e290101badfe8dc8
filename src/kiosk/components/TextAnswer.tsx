import { withoutForbiddenCharacters } from '../../shared/answer-schema.ts';
import type { UiTexts } from '../i18n/index.ts';
import '../styles/text-answer.css';

interface TextAnswerProps {
  value: string;
  maxLength: number;
  t: UiTexts;
  labelledBy: string;
  disabled: boolean;
  onChange(text: string): void;
}

/**
 * The optional free-text answer. The privacy hint sits above the field, not
 * in a placeholder that disappears on the first keystroke. Autocomplete is off
 * so the browser offers the next citizen nothing of what this one typed.
 * Characters the shared schema refuses (control characters, bidi overrides, lone surrogates:
 * FORBIDDEN_TEXT) are stripped as they are typed or pasted, so the state never holds one.
 */
export function TextAnswer(props: TextAnswerProps) {
  const { t, value, maxLength } = props;
  return (
    <div class="text-answer">
      <p class="privacy-hint" id="privacy-hint">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M12 10.5v6M12 7v.5" stroke="currentColor" stroke-width="2.4" />
        </svg>
        {t.textPrivacy}
      </p>
      <textarea
        class="text-answer__field"
        value={value}
        maxLength={maxLength}
        rows={5}
        autocomplete="off"
        placeholder={t.textPlaceholder}
        aria-labelledby={props.labelledBy}
        aria-describedby="privacy-hint text-counter"
        disabled={props.disabled}
        onInput={(event) => props.onChange(cleaned(event.currentTarget))}
      />
      <p class="text-answer__counter" id="text-counter">
        {t.textCounter(value.length, maxLength)}
      </p>
    </div>
  );
}

/**
 * The field's text without FORBIDDEN_TEXT characters. When one was removed, the field is set
 * here: if the cleaned text equals the state, Preact does not render and would leave it on
 * screen. A field without one is not touched (an IME's composition goes on undisturbed), and
 * the caret keeps its place, less the characters removed before it.
 */
function cleaned(field: HTMLTextAreaElement): string {
  const text = withoutForbiddenCharacters(field.value);
  if (text !== field.value) {
    const caret = withoutForbiddenCharacters(field.value.slice(0, field.selectionEnd)).length;
    field.value = text;
    field.setSelectionRange(caret, caret);
  }
  return text;
}
