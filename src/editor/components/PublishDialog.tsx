import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftView } from '../../shared/survey-editor/editor-api.ts';
import type { QuestionChange } from '../../shared/survey-editor/version-diff.ts';

/** What the admin decided in the dialog; the page renames and publishes. */
export interface PublishChoice {
  offices: string[];
  from: string;
  to: string;
  /** Changed questions kept as the same question (comparable across waves). */
  same: string[];
  /** Changed questions that become a new question with a new id. */
  renamed: string[];
}

interface Props {
  view: DraftView;
  busy: boolean;
  error?: string;
  details?: string[];
  onPublish: (choice: PublishChoice) => void;
  onClose: () => void;
}

const KIND: Record<QuestionChange['kind'], string> = {
  added: 'neu',
  removed: 'entfernt',
  changed: 'geändert',
  unchanged: 'unverändert',
};

/** Offices, period, the changes against the published version, and for each changed meaning a choice. */
export function PublishDialog({ view, busy, error, details, onPublish, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [offices, setOffices] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [choices, setChoices] = useState<Record<string, 'same' | 'new'>>({});
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const changes = view.changes.filter((c) => c.kind !== 'unchanged');
  const toDecide = changes.filter((c) => c.meaningMayDiffer);
  const officeList = offices
    .split('\n')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  const ready =
    officeList.length > 0 &&
    from !== '' &&
    to !== '' &&
    from <= to &&
    toDecide.every((c) => choices[c.id]) &&
    view.version !== undefined;
  const submit = (e: Event) => {
    e.preventDefault();
    if (!ready) return;
    const ids = (kind: 'same' | 'new') =>
      toDecide.filter((c) => choices[c.id] === kind).map((c) => c.id);
    onPublish({ offices: officeList, from, to, same: ids('same'), renamed: ids('new') });
  };
  return (
    <dialog ref={ref} class="publish" aria-labelledby="publish-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="publish-title">Entwurf veröffentlichen</h2>
        <label class="stacked">
          Standorte (einer je Zeile)
          <textarea
            name="offices"
            rows={3}
            value={offices}
            onInput={(e) => setOffices((e.target as HTMLTextAreaElement).value)}
          />
        </label>
        <div class="period">
          <label class="stacked">
            Erster Tag
            <input
              type="date"
              name="from"
              value={from}
              onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
            />
          </label>
          <label class="stacked">
            Letzter Tag
            <input
              type="date"
              name="to"
              value={to}
              onInput={(e) => setTo((e.target as HTMLInputElement).value)}
            />
          </label>
        </div>
        {from !== '' && to !== '' && from > to && (
          <p class="finding finding--error">
            <strong>Fehler: </strong>Der erste Tag liegt nach dem letzten.
          </p>
        )}
        <h3>Änderungen gegenüber der veröffentlichten Fassung</h3>
        {changes.length === 0 ? (
          <p>Keine Änderungen an den Fragen.</p>
        ) : (
          <ul class="changes">
            {changes.map((c) => (
              <li key={c.id}>
                <strong>{c.id}</strong>: {KIND[c.kind]}
                {c.details.length > 0 && ` – ${c.details.join('; ')}`}
                {c.meaningMayDiffer && (
                  <fieldset class="same-or-new">
                    <legend>Ist „{c.id}“ noch dieselbe Frage?</legend>
                    <label class="check">
                      <input
                        type="radio"
                        name={`meaning-${c.id}`}
                        checked={choices[c.id] === 'same'}
                        onChange={() => setChoices({ ...choices, [c.id]: 'same' })}
                      />
                      dieselbe Frage (vergleichbar)
                    </label>
                    <label class="check">
                      <input
                        type="radio"
                        name={`meaning-${c.id}`}
                        checked={choices[c.id] === 'new'}
                        onChange={() => setChoices({ ...choices, [c.id]: 'new' })}
                      />
                      neue Frage (neue Kennung)
                    </label>
                  </fieldset>
                )}
              </li>
            ))}
          </ul>
        )}
        {view.version === undefined && (
          <p class="finding finding--error">
            <strong>Fehler: </strong>Der Entwurf hat noch Fehler und kann nicht veröffentlicht
            werden.
          </p>
        )}
        {error && (
          <div class="finding finding--error" role="alert">
            <strong>Nicht veröffentlicht: </strong>
            {error}
            {details && details.length > 0 && (
              <ul>
                {details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div class="dialog-actions">
          <button type="button" class="button" onClick={() => ref.current?.close()}>
            Abbrechen
          </button>
          <button type="submit" class="button button--primary" disabled={!ready || busy}>
            Jetzt veröffentlichen
          </button>
        </div>
      </form>
    </dialog>
  );
}
