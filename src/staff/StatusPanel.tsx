import { useEffect, useRef, useState } from 'preact/hooks';
import { syncOutcome } from './actions.ts';
import { APP_VERSION } from './app-version.ts';
import { deliverFile, exportBackup } from './backup-file.ts';
import { ResetDialog } from './ResetDialog.tsx';
import { SetupSection } from './SetupSection.tsx';
import { StaffHeader } from './StaffHeader.tsx';
import { ItDetails, StatusList } from './StatusList.tsx';
import { StatusSummary } from './StatusSummary.tsx';
import type { StaffLang, StaffTexts } from './staff-texts.ts';
import type { StaffViewProps } from './staff-view.ts';
import { readStatus, type StaffStatus } from './status.ts';

interface StatusPanelProps extends Omit<StaffViewProps, 'config'> {
  t: StaffTexts;
  lang: StaffLang;
  onLanguage(lang: StaffLang): void;
  onChangePin(): void;
}

type Busy = 'sync' | 'export' | 'pause' | undefined;

/**
 * The staff panel: a green, amber or red line first, the device's status in plain words, the five
 * actions (each ending in a plain sentence), and behind their own buttons the details IT asks
 * for and the device set-up, which a clerk rarely needs and which pushed the panel below the fold.
 */
export function StatusPanel(props: StatusPanelProps) {
  const { t, lang, store } = props;
  const locale = lang === 'en' ? 'en-GB' : 'de-DE';
  const [status, setStatus] = useState<StaffStatus | undefined>(undefined);
  const [busy, setBusy] = useState<Busy>(undefined);
  const [outcome, setOutcome] = useState<{ text: string; problem: boolean } | undefined>();
  const [resetting, setResetting] = useState(false);
  const listProps = {
    t,
    lang,
    locale,
    appVersion: APP_VERSION,
    surveyVersion: props.surveyVersion,
  };

  // Reads can overlap (after set-up: one at once, one after the first sync round), and an
  // earlier one may finish last; only the newest read may set what the panel shows.
  const reads = useRef(0);
  const reload = () => {
    const read = ++reads.current;
    return readStatus(store).then(
      (next) => {
        if (read === reads.current) setStatus(next);
        return next;
      },
      () => {
        setOutcome({ text: t.loadFailed, problem: true });
        return undefined;
      },
    );
  };
  useEffect(() => void reload(), [store]);

  const run = async (
    kind: Exclude<Busy, undefined>,
    work: () => Promise<string>,
    failed: string,
  ) => {
    setBusy(kind);
    setOutcome(undefined);
    try {
      setOutcome({ text: await work(), problem: false });
    } catch (error) {
      console.error('Urne staff action failed:', String(error));
      setOutcome({ text: error instanceof SyncProblem ? error.message : failed, problem: true });
    }
    setBusy(undefined);
    await reload();
  };

  const syncNow = () =>
    run(
      'sync',
      async () => {
        const summary = await props.syncNow();
        const text = syncOutcome(summary, t, lang);
        if (summary.outcome !== 'done') throw new SyncProblem(text);
        return text;
      },
      t.syncError,
    );
  const exportNow = () =>
    run(
      'export',
      async () => {
        const done = await exportBackup(store, props.office, deliverFile);
        return done.delivered ? t.exportDone(done.count, done.fileName) : t.exportCancelled;
      },
      t.exportFailed,
    );
  const togglePause = () =>
    run(
      'pause',
      async () => {
        const paused = !status?.paused;
        await store.setSetting('paused', paused);
        return paused ? t.paused : t.resumed;
      },
      t.loadFailed,
    );

  // A new registration is tried at once, so "Last transfer" no longer says "not set up".
  const afterSetup = (enrolled: boolean) => {
    void reload();
    if (enrolled) props.syncNow().then(reload, reload);
  };

  if (resetting) {
    return (
      <main class="staff staff--panel">
        <ResetDialog
          t={t}
          store={store}
          onCancel={() => setResetting(false)}
          onReset={async () => {
            await props.stopSync();
            await store.wipeAll();
            window.location.reload();
          }}
        />
      </main>
    );
  }
  return (
    <main class="staff staff--panel">
      <StaffHeader t={t} lang={lang} onLanguage={props.onLanguage} onClose={props.onClose} />
      <section class="staff__status" aria-labelledby="staff-status">
        <h2 class="staff__subtitle" id="staff-status">
          {t.statusHeading}
        </h2>
        {status && <StatusSummary t={t} locale={locale} status={status} />}
        {status && <StatusList {...listProps} status={status} />}
        {status && (
          <details class="staff__more">
            <summary class="button button--secondary">{t.itDetails}</summary>
            <ItDetails {...listProps} status={status} />
          </details>
        )}
      </section>
      <section class="staff__act" aria-labelledby="staff-actions">
        <h2 class="staff__subtitle" id="staff-actions">
          {t.actionsHeading}
        </h2>
        <p
          class={outcome?.problem ? 'staff__outcome staff__problem' : 'staff__outcome'}
          role="status"
        >
          {busy === 'sync' ? t.syncing : busy === 'export' ? t.exporting : (outcome?.text ?? '')}
        </p>
        <div class="staff__actions">
          <button
            type="button"
            class="button button--primary"
            disabled={busy !== undefined}
            onClick={syncNow}
          >
            {busy === 'sync' && <span class="spinner" aria-hidden="true" />}
            {t.syncNow}
          </button>
          <button
            type="button"
            class="button button--secondary"
            disabled={busy !== undefined}
            onClick={exportNow}
          >
            {t.exportBackup}
          </button>
          <button
            type="button"
            class="button button--secondary"
            disabled={busy !== undefined}
            onClick={togglePause}
          >
            {status?.paused ? t.resume : t.pause}
          </button>
          <button
            type="button"
            class="button button--secondary"
            disabled={busy !== undefined}
            onClick={props.onChangePin}
          >
            {t.changePin}
          </button>
          <button
            type="button"
            class="button button--danger"
            disabled={busy !== undefined}
            onClick={() => setResetting(true)}
          >
            {t.reset}
          </button>
        </div>
      </section>
      <details class="staff__more staff__setup-more">
        <summary class="button button--secondary">{t.setupButton}</summary>
        <SetupSection store={store} enroll={props.enroll} lang={lang} onDone={afterSetup} />
      </details>
    </main>
  );
}

/** A sync round that ended without delivering: its sentence is the outcome, shown as a problem. */
class SyncProblem extends Error {}
