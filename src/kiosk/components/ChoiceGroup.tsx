import type { ComponentChildren } from 'preact';
import { Check } from './Face.tsx';
import { measureWords } from './fit-words.ts';

export interface Choice {
  value: string;
  label: string;
  /** Decoration before the label (a face on the scale); the label always carries the meaning. */
  icon?: ComponentChildren;
}

interface ChoiceGroupProps {
  choices: Choice[];
  /** The chosen value(s): one for a radio group, several for a multi-choice. */
  selected: readonly string[];
  multiple?: boolean;
  labelledBy: string;
  describedBy?: string;
  disabled?: boolean;
  /** Layout variant: `scale` lays the five faces out in a row on wide screens. */
  variant?: 'list' | 'scale';
  onSelect(value: string): void;
}

/**
 * Big answer buttons as a semantic radio group (or checkbox group with
 * `multiple`). Arrow keys move the focus (roving tabindex) but do not choose:
 * unlike a desktop radio group, choosing here moves on to the next question,
 * so it must take a deliberate tap, Enter or Space.
 */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const { choices, selected, multiple = false, variant = 'list' } = props;
  const focusIndex = Math.max(
    0,
    choices.findIndex((c) => selected.includes(c.value)),
  );
  const many = choices.length >= 4 && variant === 'list' ? ' choices--many' : '';

  function onKeyDown(event: KeyboardEvent) {
    const group = event.currentTarget as HTMLElement;
    // Left and right follow what is seen: right to left (Arabic), the next option is on the left.
    const ahead = getComputedStyle(group).direction === 'rtl' ? -1 : 1;
    const step = { ArrowDown: 1, ArrowRight: ahead, ArrowUp: -1, ArrowLeft: -ahead }[event.key];
    if (!step) return;
    const buttons = [...group.querySelectorAll<HTMLElement>('[data-choice]')];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const next = buttons[(at + step + buttons.length) % buttons.length];
    next?.focus();
    event.preventDefault();
  }

  const buttons = choices.map((choice, i) => {
    const checked = selected.includes(choice.value);
    const common = {
      type: 'button' as const,
      'data-choice': true,
      class: `choice${checked ? ' choice--checked' : ''}`,
      tabIndex: multiple || i === focusIndex ? 0 : -1,
      disabled: props.disabled,
      onClick: () => props.onSelect(choice.value),
    };
    const content = (
      <>
        {choice.icon ?? <span class="choice__mark" aria-hidden="true" />}
        {/* A new function each render: the text may have changed (language). */}
        <span
          class="choice__label"
          ref={variant === 'scale' ? (el) => measureWords(el) : undefined}
        >
          {choice.label}
        </span>
        {checked && <Check />}
      </>
    );
    // Buttons rather than native inputs: a native radio chooses on arrow keys, which here would
    // also move on to the next question (see above). Keyed by place, not by value: the next
    // question's options take over these buttons (QuestionScreen keeps its body), so a tap
    // changes labels instead of building and removing every button.
    return multiple ? (
      // biome-ignore lint/a11y/useSemanticElements: see the comment above
      <button key={i} role="checkbox" aria-checked={checked} {...common}>
        {content}
      </button>
    ) : (
      // biome-ignore lint/a11y/useSemanticElements: see the comment above
      <button key={i} role="radio" aria-checked={checked} {...common}>
        {content}
      </button>
    );
  });

  const group = {
    class: `choices choices--${variant}${many}`,
    'aria-labelledby': props.labelledBy,
    'aria-describedby': props.describedBy,
    onKeyDown,
  };
  return multiple ? (
    <fieldset {...group}>{buttons}</fieldset>
  ) : (
    <div role="radiogroup" {...group}>
      {buttons}
    </div>
  );
}
