import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../store/index.ts';
import { checkReset, confirmsLoss, type ResetCheck } from './reset-rules.ts';
import type { StaffTexts } from './staff-texts.ts';

interface ResetDialogProps {
  t: StaffTexts;
  store: Pick<Store, 'sealBatches' | 'allBatches' | 'pendingCount' | 'getSetting'>;
  /** Stops sync, wipes the tablet and reloads; rejects if the wipe failed. */
  onReset(): Promise<void>;
  onCancel(): void;
}

type Step = 'checking' | 'ready' | 'typed' | 'working' | 'failed';

/**
 * "Reset device", guarded: with unsent answers that are not in the last
 * exported backup it is refused, unless staff type a sentence naming the
 * number of answers that will be lost and then confirm a last warning.
 */
export function ResetDialog({ t, store, onReset, onCancel }: ResetDialogProps) {
  const [check, setCheck] = useState<ResetCheck | undefined>(undefined);
  const [step, setStep] = useState<Step>('checking');
  const [typed, setTyped] = useState('');

  useEffect(() => {
    void (async () => {
      // Loose answers are sealed first, so each one is in a batch a backup can cover.
      await store.sealBatches();
      const [batches, loose, lastBackup] = await Promise.all([
        store.allBatches(),
        store.pendingCount(),
        store.getSetting('lastBackup'),
      ]);
      const inBatches = batches.reduce((sum, b) => sum + b.batch.answerSets.length, 0);
      setCheck(checkReset(batches, Math.max(0, loose - inBatches), lastBackup));
      setStep('ready');
    })().catch(() => setStep('failed'));
  }, [store]);

  const wipe = () => {
    setStep('working');
    onReset().catch(() => setStep('failed'));
  };

  const phrase = check?.kind === 'confirm' ? t.resetPhrase(check.count) : '';
  return (
    <section
      class="staff__dialog"
      role="alertdialog"
      aria-labelledby="reset-title"
      aria-modal="true"
    >
      <h2 id="reset-title" class="staff__subtitle">
        {t.resetTitle}
      </h2>
      <p>{t.resetWhat}</p>
      {step === 'failed' && (
        <p class="staff__problem" role="alert">
          {check ? t.resetFailed : t.loadFailed}
        </p>
      )}
      {check?.kind === 'free' && <p>{t.resetSafe}</p>}
      {check?.kind === 'covered' && <p>{t.resetCovered(check.count)}</p>}
      {check?.kind === 'confirm' && step !== 'typed' && (
        <>
          <p class="staff__problem" role="alert">
            {t.resetRefused(check.count)}
          </p>
          {/* The way round the lock, set apart and named as the exception it is. */}
          <fieldset class="staff__override">
            <legend>{t.resetOverride}</legend>
            <label class="staff__field">
              <span>{t.resetTypeToConfirm(phrase)}</span>
              <input
                type="text"
                autoComplete="off"
                autoCapitalize="off"
                spellcheck={false}
                value={typed}
                onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
              />
            </label>
          </fieldset>
        </>
      )}
      {check?.kind === 'confirm' && step === 'typed' && (
        <p class="staff__problem staff__problem--strong" role="alert">
          {t.resetLastWarning(check.count)}
        </p>
      )}
      <div class="staff__row">
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
        {check?.kind === 'confirm' && step !== 'typed' ? (
          <button
            type="button"
            class="button button--danger"
            disabled={!confirmsLoss(typed, phrase)}
            onClick={() => setStep('typed')}
          >
            {t.resetContinue}
          </button>
        ) : (
          <button
            type="button"
            class="button button--danger"
            disabled={!check || step === 'working'}
            onClick={wipe}
          >
            {t.resetConfirm}
          </button>
        )}
      </div>
    </section>
  );
}
