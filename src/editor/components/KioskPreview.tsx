import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../shared/localized-text.ts';
import { PREVIEW_PATH } from '../../shared/preview-messages.ts';
import { AIM_SECONDS, estimateSeconds } from '../../shared/survey-editor/estimate-time.ts';
import type { TextSize } from '../../shared/text-sizes.ts';
import type { Draft } from '../draft-edit.ts';
import { LANGUAGE_NAMES } from '../languages.ts';
import { useFitScale, usePreviewFrame } from '../preview-frame.ts';
import { formatDuration } from '../preview-time.ts';
import '../styles/preview.css';

/** The two tablets the kiosk is laid out for, in CSS pixels. */
const DEVICES = {
  portrait: { name: 'Hochformat', width: 768, height: 1024 },
  landscape: { name: 'Querformat', width: 1280, height: 800 },
} as const;
type Device = keyof typeof DEVICES;

/** The kiosk's own three steps, as its buttons show them ("A", "A", "A"), named for the admin. */
const SIZE_NAMES: Record<TextSize, string> = {
  normal: 'normal',
  large: 'groß',
  xlarge: 'sehr groß',
};

/** The frame is taller than the tablet by the preview's banner (src/kiosk/preview/preview.css). */
const BANNER_PX = 32;

/**
 * The real kiosk in a frame beside the draft: at a tablet's size, in any language and text size,
 * following every edit; with the estimated time to answer. The frame stores nothing (its banner
 * says so), and only ever gets the draft by message (preview-frame.ts).
 */
export function KioskPreview({ draft }: { draft: Draft }) {
  const [device, setDevice] = useState<Device>('portrait');
  const [lang, setLang] = useState<Language>('de');
  const [textSize, setTextSize] = useState<TextSize>('normal');
  const [question, setQuestion] = useState('');
  const frame = useRef<HTMLIFrameElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const { width, height } = DEVICES[device];
  const scale = useFitScale(stage, width, height + BANNER_PX);
  const { show } = usePreviewFrame(frame, draft, { lang, textSize });
  // The picker follows the question being edited (its card in DraftEditor's list, by position),
  // so "Anzeigen" shows it without a search through the list.
  const questions = useRef(draft.questions);
  questions.current = draft.questions;
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const card = (event.target as Element | null)?.closest?.('ol.questions > li');
      if (!card?.parentElement) return;
      const id = questions.current[[...card.parentElement.children].indexOf(card)]?.id;
      if (id) setQuestion(id);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  const seconds = estimateSeconds(draft);
  const long = seconds > AIM_SECONDS;

  return (
    <aside class="kiosk-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Vorschau am Kiosk</h2>
      <p class={long ? 'preview-time finding finding--warning' : 'preview-time'} role="status">
        {long && <strong>Hinweis: </strong>}
        Ausfüllen dauert {formatDuration(seconds)}
        {long ? ' – gut ist etwa eine Minute.' : '.'}
      </p>
      <div class="preview-controls">
        <fieldset class="preview-device">
          <legend>Bildschirm</legend>
          {(Object.keys(DEVICES) as Device[]).map((d) => (
            <label key={d} class="check">
              <input
                type="radio"
                name="preview-device"
                checked={device === d}
                onChange={() => setDevice(d)}
              />
              {DEVICES[d].name} {DEVICES[d].width} × {DEVICES[d].height}
            </label>
          ))}
        </fieldset>
        <div class="stacked">
          <label for="preview-lang">Sprache</label>
          <span class="select">
            <select
              id="preview-lang"
              value={lang}
              onChange={(e) => setLang((e.target as HTMLSelectElement).value as Language)}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </span>
        </div>
        <div class="stacked">
          <label for="preview-size">Textgröße</label>
          <span class="select">
            <select
              id="preview-size"
              value={textSize}
              onChange={(e) => setTextSize((e.target as HTMLSelectElement).value as TextSize)}
            >
              {(Object.keys(SIZE_NAMES) as TextSize[]).map((s) => (
                <option key={s} value={s}>
                  {SIZE_NAMES[s]}
                </option>
              ))}
            </select>
          </span>
        </div>
        <div class="stacked preview-question">
          <label for="preview-question">Frage anzeigen</label>
          <div class="preview-question__row">
            <span class="select">
              <select
                id="preview-question"
                value={question}
                onChange={(e) => setQuestion((e.target as HTMLSelectElement).value)}
              >
                <option value="">Begrüßung</option>
                {draft.questions.map((q, i) => (
                  <option key={q.id} value={q.id}>
                    {i + 1}. {q.title.de || '(ohne Titel)'}
                  </option>
                ))}
              </select>
            </span>
            <button type="button" class="button" onClick={() => show(question || undefined)}>
              Anzeigen
            </button>
            <button type="button" class="button" onClick={() => show()}>
              Von vorn
            </button>
          </div>
        </div>
      </div>
      <div class="preview-stage" ref={stage}>
        <div
          class="preview-box"
          style={{ width: `${width * scale}px`, height: `${(height + BANNER_PX) * scale}px` }}
        >
          <iframe
            ref={frame}
            src={PREVIEW_PATH}
            title={`Kiosk-Vorschau, ${DEVICES[device].name}`}
            width={width}
            height={height + BANNER_PX}
            style={{ transform: `scale(${scale})` }}
          />
        </div>
      </div>
    </aside>
  );
}
