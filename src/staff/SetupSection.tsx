import { useEffect, useState } from 'preact/hooks';
import { enrollProblemText } from './problem-texts.ts';
import { setupTexts } from './setup-texts.ts';
import type { StaffLang } from './staff-texts.ts';
import type { StaffViewProps } from './staff-view.ts';

interface SetupSectionProps extends Pick<StaffViewProps, 'store' | 'enroll'> {
  lang: StaffLang;
  /** Told after every attempt, so the status list shows what changed. */
  onDone(enrolled: boolean): void;
}

type Registration = { office: string } | 'none' | undefined;

/**
 * "Set up this tablet": the provisioning link (or its code) pasted by hand —
 * the only way into an installed iPad app, which has no address bar. Ends in
 * one plain sentence: the office it is set up for now, or why not.
 */
export function SetupSection({ store, enroll, lang, onDone }: SetupSectionProps) {
  const s = setupTexts(lang);
  const [registration, setRegistration] = useState<Registration>(undefined);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();

  const readRegistration = async (): Promise<Registration> => {
    const [token, office] = await Promise.all([
      store.getSetting('token'),
      store.getSetting('office'),
    ]);
    const next: Registration = token ? { office: office?.trim() || '–' } : 'none';
    setRegistration(next);
    return next;
  };
  useEffect(() => void readRegistration().catch(() => undefined), [store]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setOutcome({ ok: false, text: s.empty });
      return;
    }
    setBusy(true);
    setOutcome(undefined);
    let enrolled = false;
    try {
      const result = await enroll(text);
      const now = await readRegistration();
      if (result === 'enrolled' && typeof now === 'object') {
        enrolled = true;
        setOutcome({ ok: true, text: s.done(now.office) });
        // The code is spent: leave nothing in the field to be tapped again by mistake.
        setText('');
      } else if (typeof result === 'object') {
        setOutcome({ ok: false, text: enrollProblemText(result, lang) });
      } else {
        setOutcome({ ok: false, text: s.kept });
      }
    } catch (error) {
      console.error('Urne: setting up from the staff panel failed:', String(error));
      setOutcome({ ok: false, text: s.failed });
    }
    setBusy(false);
    onDone(enrolled);
  };

  return (
    <section class="staff__setup" aria-labelledby="staff-setup">
      <h2 class="staff__subtitle" id="staff-setup">
        {s.heading}
      </h2>
      {registration === 'none' && <p>{s.notYet}</p>}
      {typeof registration === 'object' && (
        <p data-setup="current">
          <strong>{s.current(registration.office)}</strong> {s.replaces}
        </p>
      )}
      <form class="staff__setup-form" noValidate onSubmit={submit}>
        <label class="staff__field">
          <span>{s.field}</span>
          <input
            type="url"
            inputMode="url"
            name="enroll"
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellcheck={false}
            placeholder="https://…/?enroll=…"
            value={text}
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {s.button}
        </button>
      </form>
      <p
        class={outcome && !outcome.ok ? 'staff__outcome staff__problem' : 'staff__outcome'}
        role="status"
        data-setup="outcome"
      >
        {busy ? s.working : (outcome?.text ?? '')}
      </p>
    </section>
  );
}
