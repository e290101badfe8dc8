interface Props {
  busy: boolean;
  /** The draft has a shape the form can show (draft-shape.ts); else only export and discard. */
  editable: boolean;
  /** A draft is stored on the server (there is something to discard). */
  saved: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onExport: () => void;
  onUpload: (file: File | undefined) => void;
  onPublish: () => void;
}

/** The draft's actions, one row at the top of the editor. */
export function DraftActions(p: Props) {
  return (
    <nav class="actions" aria-label="Entwurf">
      <button
        type="button"
        class="button button--primary"
        disabled={p.busy || !p.editable}
        onClick={p.onSave}
      >
        Entwurf speichern
      </button>
      <button type="button" class="button" disabled={p.busy || !p.saved} onClick={p.onDiscard}>
        Entwurf verwerfen
      </button>
      <button type="button" class="button" onClick={p.onExport}>
        Als JSON herunterladen
      </button>
      <label class="button file-button">
        JSON-Datei hochladen
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            p.onUpload(input.files?.[0]);
            // The same file again (after fixing it) must fire a change too.
            input.value = '';
          }}
        />
      </label>
      <button type="button" class="button" disabled={p.busy || !p.editable} onClick={p.onPublish}>
        Veröffentlichen …
      </button>
    </nav>
  );
}
