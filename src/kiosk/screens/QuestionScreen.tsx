import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { AnswerValue } from '../../shared/answer-schema.ts';
import { type Language, pickText } from '../../shared/localized-text.ts';
import type { Question } from '../../shared/survey-schema.ts';
import { AnswerInput } from '../components/AnswerInput.tsx';
import { LanguageMenu } from '../components/LanguageMenu.tsx';
import { Progress } from '../components/Progress.tsx';
import { ReadAloud } from '../components/ReadAloud.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import type { UiTexts } from '../i18n/index.ts';
import { useScreenClass } from '../screen-class.ts';
import '../styles/question-fade.css';
import type { TextSize } from '../text-size.ts';

// "Vorlesen" comes with the screens after the welcome. Loaded on the first question instead, it
// appeared a moment after the answers, above them, and pushed them down under a tap already on
// its way: the tap then missed (WebKit, tests/webkit/fade-tap.test.ts) or met "Vorlesen".
const canSpeak = typeof speechSynthesis !== 'undefined';

interface QuestionScreenProps {
  question: Question;
  value: AnswerValue | undefined;
  progress: { current: number; total: number };
  isLast: boolean;
  /** The answer set is being written: everything waits. */
  busy: boolean;
  t: UiTexts;
  lang: Language;
  onLanguage(lang: Language): void;
  textSize: TextSize;
  onTextSize(size: TextSize): void;
  /** Read-aloud is on for this citizen (it stays on from screen to screen). */
  readAloud: boolean;
  onReadAloud(on: boolean): void;
  onAnswer(value: AnswerValue | undefined): void;
  onBack(): void;
  onNext(): void;
  onSkip(): void;
  onSubmit(): void;
}

/** One question per screen: progress and language on top, the answers, Back / Skip / Next / Send below. */
export function QuestionScreen(props: QuestionScreenProps) {
  const { question: q, value, t, lang, busy, isLast } = props;
  const title = useRef<HTMLHeadingElement>(null);
  // A new question moves the focus to its title, so a screen reader reads it first.
  useEffect(() => title.current?.focus({ preventScroll: true }), [q.id]);
  // The screen and its body stay from question to question: Preact changes what differs (the
  // title, the labels, a face or mark where the type changes) instead of building the body
  // anew, which was most of a tap's work on a slow tablet (39 elements built and 39 removed,
  // the removed ones holding the focus). Only the title is new for each question (keyed below),
  // so the focus moves to a new element and a screen reader reads it, also where a tap does
  // not focus the button (Safari). The first question fades in with the screen itself; each
  // later one fades its body, by alternating between two equal animations: a changed
  // animation name starts the fade again on the element that stays.
  const entered = useRef<{ id: string; count: number }>(undefined);
  if (entered.current?.id !== q.id)
    entered.current = { id: q.id, count: (entered.current?.count ?? 0) + 1 };
  const { count } = entered.current;
  const fade =
    count === 1 ? '' : count % 2 ? ' screen--fade question__body--again' : ' screen--fade';
  // A long list scrolled down (larger text) starts at its top on the next question; only read
  // and set after a scroll, so a tap never forces a layout for it.
  const body = useRef<HTMLDivElement>(null);
  const scrolled = useRef(false);
  useLayoutEffect(() => {
    if (!scrolled.current || !body.current) return;
    body.current.scrollTop = 0;
    scrolled.current = false;
  }, [q.id]);

  const answered = value !== undefined;
  const ownHint = q.hint ? pickText(q.hint, lang) : q.type === 'multi' ? t.multiHint : undefined;
  const hint = [q.required ? undefined : t.optional, ownHint].filter(Boolean).join(' · ');
  // One-tap answers move on by themselves; "Next" appears once there is an answer to keep
  // (after Back) or where a single tap cannot finish the answer.
  const showNext = !isLast && (answered || (q.type === 'multi' && q.required));
  const showSkip = !isLast && !q.required && !answered;
  // At the larger sizes "Vorlesen" moves into the toolbar as a speaker button: under the
  // question it pushed the last options of a long question below the fold.
  const compact = props.textSize !== 'normal';
  const speech = {
    question: q,
    hint: hint || undefined,
    lang,
    t,
    on: props.readAloud,
    onToggle: props.onReadAloud,
  };

  return (
    <main class={useScreenClass('question')} aria-busy={busy}>
      <header class="topbar">
        <Progress
          {...props.progress}
          label={t.progress(props.progress.current, props.progress.total)}
        />
        <div class="toolbar">
          {canSpeak && compact && <ReadAloud {...speech} compact />}
          <TextSizeControl size={props.textSize} t={t} onChange={props.onTextSize} />
          <LanguageMenu lang={lang} t={t} onChange={props.onLanguage} />
        </div>
      </header>
      <div
        class={`question__body${fade}`}
        ref={body}
        onScroll={() => {
          scrolled.current = true;
        }}
      >
        <h1 class="question__title" id="question-title" tabIndex={-1} ref={title} key={q.id}>
          {pickText(q.title, lang)}
        </h1>
        {hint && (
          <p class="question__hint" id="question-hint">
            {hint}
          </p>
        )}
        {canSpeak && !compact && <ReadAloud {...speech} />}
        <AnswerInput
          question={q}
          value={value}
          lang={lang}
          t={t}
          labelledBy="question-title"
          describedBy={hint ? 'question-hint' : undefined}
          disabled={busy}
          onChange={props.onAnswer}
        />
      </div>
      <footer class="navbar">
        <button
          type="button"
          class="button button--secondary"
          onClick={props.onBack}
          disabled={busy}
        >
          <span aria-hidden="true">‹ </span>
          {t.back}
        </button>
        <div class="navbar__end">
          {showSkip && (
            <button type="button" class="button button--secondary" onClick={props.onSkip}>
              {t.skip}
            </button>
          )}
          {showNext && (
            <button
              type="button"
              class="button button--primary"
              onClick={props.onNext}
              disabled={q.required && !answered}
            >
              {t.next}
              <span aria-hidden="true"> ›</span>
            </button>
          )}
          {isLast && (
            <button
              type="button"
              class="button button--primary button--send"
              onClick={props.onSubmit}
              disabled={busy || (q.required && !answered)}
            >
              {busy ? t.sending : t.send}
            </button>
          )}
        </div>
      </footer>
    </main>
  );
}
