import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../shared/localized-text.ts';
import type { DraftView, PublishResult } from '../../shared/survey-editor/editor-api.ts';
import type { Question, QuestionType } from '../../shared/survey-schema.ts';
import type { EditorApi } from '../api-client.ts';
import {
  addQuestion,
  type Draft,
  moveQuestion,
  removeQuestion,
  renameQuestion,
  replaceQuestion,
  retitleQuestion,
  TYPE_NAMES,
  uniqueId,
} from '../draft-edit.ts';
import { isEditable } from '../draft-shape.ts';
import { findingsFor, surveyFindings } from '../findings.ts';
import { downloadJson, readJsonFile } from '../json-file.ts';
import { formatSeconds } from '../languages.ts';
import { relabelOption, retypeOptionId } from '../option-edit.ts';
import type { TestRunApi } from '../test-run-client.ts';
import { changeType, typeLocked } from '../type-change.ts';
import { DraftActions } from './DraftActions.tsx';
import { FindingList } from './FindingList.tsx';
import { KioskPreview } from './KioskPreview.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { LocalizedFields } from './LocalizedFields.tsx';
import { type Problem, ProblemBox, problemOf } from './ProblemBox.tsx';
import { type PublishChoice, PublishDialog } from './PublishDialog.tsx';
import { PublishedNotice } from './PublishedNotice.tsx';
import { moveButtonId, QuestionCard } from './QuestionCard.tsx';
import { TestRun } from './TestRun.tsx';

const SOURCE: Record<DraftView['source'], string> = {
  draft: 'gespeicherter Entwurf',
  published: 'veröffentlichte Fassung (noch kein Entwurf)',
  template: 'Vorlage Bürgerbüro (noch kein Entwurf)',
};

/** The editor itself: the draft in the form, the last save's review beside it, and the actions. */
export function DraftEditor({
  api,
  testRun,
  surveyId,
  who,
}: {
  api: EditorApi;
  testRun: TestRunApi;
  surveyId: string;
  who: string;
}) {
  const [view, setView] = useState<DraftView>();
  const [draft, setDraft] = useState<Draft>();
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [shown, setShown] = useState<Language[]>(['en']);
  const [newType, setNewType] = useState<QuestionType>('yesno');
  const [moved, setMoved] = useState<{ index: number; delta: -1 | 1 }>();
  // Keyboard users move a question step by step: the focus goes with it, to the same button,
  // or to the other one once the question reached the top or the bottom.
  useEffect(() => {
    if (!moved) return;
    const same = document.getElementById(moveButtonId(moved.index, moved.delta));
    const other = document.getElementById(moveButtonId(moved.index, moved.delta === 1 ? -1 : 1));
    ((same as HTMLButtonElement | null)?.disabled ? other : same)?.focus();
    setMoved(undefined);
  }, [moved]);
  const [publishing, setPublishing] = useState<Problem | null>();
  const [published, setPublished] = useState<PublishResult>();

  const take = (next: DraftView) => {
    setView(next);
    setDraft(isEditable(next.definition) ? next.definition : undefined);
    setDirty(false);
  };
  useEffect(() => {
    api.load(surveyId).then(take, (err) => setProblem(problemOf(err)));
  }, [api, surveyId]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  };
  const edit = (next: Draft) => {
    setDraft(next);
    setDirty(true);
    setPublished(undefined);
  };
  const save = () => run(async () => draft && take(await api.save(surveyId, draft)));
  const discard = () => {
    if (
      !window.confirm(
        'Den Entwurf verwerfen? Alle ungespeicherten und gespeicherten Änderungen gehen verloren.',
      )
    )
      return;
    void run(async () => {
      await api.discard(surveyId);
      take(await api.load(surveyId));
    });
  };
  const upload = (file: File | undefined) =>
    file &&
    run(async () => {
      take(await api.save(surveyId, await readJsonFile(file)));
    });
  const openPublish = () =>
    run(async () => {
      if (dirty && draft) take(await api.save(surveyId, draft));
      setPublishing(null);
    });
  const publish = async (choice: PublishChoice) => {
    setBusy(true);
    try {
      let current = draft;
      if (current && choice.renamed.length > 0) {
        // "A new question": it gets a new id, so the old answers stay with the old id and the
        // wave comparison never puts the two side by side.
        for (const id of choice.renamed) {
          const taken = new Set(current.questions.map((q) => q.id));
          current = renameQuestion(current, id, uniqueId(`${id}_2`, taken));
        }
        take(await api.save(surveyId, current));
      }
      const { offices, from, to, same } = choice;
      const result = await api.publish(surveyId, { offices, from, to, sameQuestions: same });
      setPublishing(undefined);
      setPublished(result);
      take(await api.load(surveyId));
    } catch (err) {
      setPublishing(problemOf(err));
    } finally {
      setBusy(false);
    }
  };

  if (!view) {
    return problem ? (
      <ProblemBox problem={problem} />
    ) : (
      <p class="status">Der Entwurf wird geladen …</p>
    );
  }
  const languages: Language[] = ['de', ...shown];
  const ids = draft?.questions.map((q) => q.id) ?? [];
  const publishedIds = new Set(view.changes.filter((c) => c.kind !== 'added').map((c) => c.id));
  const fixedOption = (q: Question, index: number) => {
    const id = 'options' in q ? q.options[index]?.id : undefined;
    return id !== undefined && (view.publishedOptions[q.id] ?? []).includes(id);
  };
  const errors = view.findings.filter((f) => f.level === 'error').length;
  // A draft the kiosk's checks reject has no estimate (seconds 0): say nothing rather than "5".
  return (
    <main class="editor" data-editor-ready>
      <header class="editor__header">
        <h1>Fragebogen bearbeiten</h1>
        <p class="meta">
          {surveyId} · {SOURCE[view.source]}
          {view.savedBy && ` · zuletzt gespeichert von ${view.savedBy}`} · angemeldet: {who}
        </p>
      </header>
      <DraftActions
        busy={busy}
        editable={draft !== undefined}
        saved={view.source === 'draft'}
        onSave={save}
        onDiscard={discard}
        onExport={() => downloadJson(`${surveyId}.json`, draft ?? view.definition)}
        onUpload={upload}
        onPublish={openPublish}
      />
      <p class="save-state" role="status">
        {busy
          ? 'Einen Moment …'
          : dirty
            ? 'Ungespeicherte Änderungen. Die Prüfung unten gilt für den zuletzt gespeicherten Stand.'
            : `Gespeichert. ${view.seconds > 0 ? `Ausfüllen dauert ${formatSeconds(view.seconds)}. ` : ''}${errors === 0 ? 'Keine Fehler.' : `${errors} Fehler.`}`}
      </p>
      {problem && <ProblemBox problem={problem} />}
      {published && <PublishedNotice result={published} />}
      <FindingList findings={surveyFindings(view.findings, ids)} />
      {draft ? (
        <>
          <section class="survey-head" aria-labelledby="survey-texts">
            <h2 id="survey-texts">Befragung</h2>
            <LanguagePicker shown={shown} languages={view.languages} onChange={setShown} />
            <LocalizedFields
              label="Titel"
              text={draft.title}
              languages={languages}
              onChange={(title) => edit({ ...draft, title })}
            />
          </section>
          <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">Fragen ({draft.questions.length})</h2>
            <ol class="questions">
              {draft.questions.map((q, i) => (
                <QuestionCard
                  // By position: a new question's id follows its title as the admin types, and
                  // a key by id would rebuild the card (and drop the focus) on every keystroke.
                  key={i}
                  question={q}
                  index={i}
                  count={draft.questions.length}
                  earlier={draft.questions.slice(0, i)}
                  languages={languages}
                  findings={findingsFor(view.findings, q.id)}
                  onChange={(next) => edit(replaceQuestion(draft, i, next))}
                  onTitle={(title) => edit(retitleQuestion(draft, i, title, publishedIds))}
                  onRename={(id) => id && id !== q.id && edit(renameQuestion(draft, q.id, id))}
                  typeLock={typeLocked(draft, q, publishedIds)}
                  onType={(type) => edit(changeType(draft, i, type))}
                  fixedOptions={new Set(view.publishedOptions[q.id] ?? [])}
                  onOptionLabel={(o, label) =>
                    edit(relabelOption(draft, i, o, label, fixedOption(q, o)))
                  }
                  onOptionId={(o, typed) =>
                    !fixedOption(q, o) && edit(retypeOptionId(draft, i, o, typed))
                  }
                  onMove={(delta) => {
                    edit(moveQuestion(draft, i, delta));
                    setMoved({ index: i + delta, delta });
                  }}
                  onRemove={() =>
                    window.confirm(`Frage ${i + 1} „${q.title.de}“ entfernen?`) &&
                    edit(removeQuestion(draft, i))
                  }
                />
              ))}
            </ol>
            <div class="add-question">
              <label for="new-type">Art der neuen Frage</label>
              <span class="select">
                <select
                  id="new-type"
                  value={newType}
                  onChange={(e) =>
                    setNewType((e.target as HTMLSelectElement).value as QuestionType)
                  }
                >
                  {Object.entries(TYPE_NAMES).map(([type, name]) => (
                    <option key={type} value={type}>
                      {name}
                    </option>
                  ))}
                </select>
              </span>
              <button
                type="button"
                class="button"
                onClick={() => edit(addQuestion(draft, newType))}
              >
                Frage hinzufügen
              </button>
            </div>
          </section>
        </>
      ) : (
        <p class="finding finding--error">
          <strong>Fehler: </strong>Dieser Entwurf lässt sich nicht im Formular zeigen. Bitte die
          JSON-Datei nach den Fehlern oben berichtigen und neu hochladen, oder den Entwurf
          verwerfen.
        </p>
      )}
      {draft && (
        <TestRun
          api={testRun}
          surveyId={surveyId}
          testable={errors === 0 || dirty}
          saveFirst={async () => {
            if (dirty) take(await api.save(surveyId, draft));
          }}
        />
      )}
      {draft && <KioskPreview draft={draft} />}
      {publishing !== undefined && (
        <PublishDialog
          view={view}
          busy={busy}
          error={publishing?.message}
          details={publishing?.details}
          onPublish={publish}
          onClose={() => setPublishing(undefined)}
        />
      )}
    </main>
  );
}
