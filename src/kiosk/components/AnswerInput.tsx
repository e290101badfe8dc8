import type { AnswerValue } from '../../shared/answer-schema.ts';
import { type Language, pickText } from '../../shared/localized-text.ts';
import { scaleLabel } from '../../shared/survey/scale-label.ts';
import { type Question, SCALE_VALUES, YES_NO_VALUES } from '../../shared/survey-schema.ts';
import type { UiTexts } from '../i18n/index.ts';
import { type Choice, ChoiceGroup } from './ChoiceGroup.tsx';
import { Face } from './Face.tsx';
import { TextAnswer } from './TextAnswer.tsx';

interface AnswerInputProps {
  question: Question;
  value: AnswerValue | undefined;
  lang: Language;
  t: UiTexts;
  labelledBy: string;
  describedBy?: string;
  disabled: boolean;
  onChange(value: AnswerValue | undefined): void;
}

/** The controlled answer control for any question type: renders what the survey definition says. */
export function AnswerInput(props: AnswerInputProps) {
  const { question: q, value, t, lang } = props;
  const common = {
    labelledBy: props.labelledBy,
    describedBy: props.describedBy,
    disabled: props.disabled,
  };
  switch (q.type) {
    case 'scale': {
      const choices: Choice[] = SCALE_VALUES.map((v) => ({
        value: String(v),
        label: scaleLabel(q, v, lang, t.scale),
        icon: <Face value={v} />,
      }));
      return (
        <ChoiceGroup
          {...common}
          variant="scale"
          choices={choices}
          selected={value === undefined ? [] : [String(value)]}
          onSelect={(v) => props.onChange(Number(v))}
        />
      );
    }
    case 'yesno':
    case 'single': {
      const choices: Choice[] =
        q.type === 'yesno'
          ? YES_NO_VALUES.map((v) => ({ value: v, label: t.yesno[v] }))
          : q.options.map((o) => ({ value: o.id, label: pickText(o.label, lang) }));
      return (
        <ChoiceGroup
          {...common}
          choices={choices}
          selected={typeof value === 'string' ? [value] : []}
          onSelect={props.onChange}
        />
      );
    }
    case 'multi': {
      const chosen = Array.isArray(value) ? value : [];
      // Keep the survey's option order in the stored list, whatever order the taps came in.
      const toggle = (id: string) => {
        const next = q.options
          .map((o) => o.id)
          .filter((o) => (o === id ? !chosen.includes(o) : chosen.includes(o)));
        props.onChange(next.length > 0 ? next : undefined);
      };
      return (
        <ChoiceGroup
          {...common}
          multiple
          choices={q.options.map((o) => ({ value: o.id, label: pickText(o.label, lang) }))}
          selected={chosen}
          onSelect={toggle}
        />
      );
    }
    case 'text':
      return (
        <TextAnswer
          value={typeof value === 'string' ? value : ''}
          maxLength={q.maxLength}
          t={t}
          labelledBy={props.labelledBy}
          disabled={props.disabled}
          onChange={(text) => props.onChange(text === '' ? undefined : text)}
        />
      );
  }
}
