import type { AnswerSet } from '../shared/answer-schema.ts';
import type { UrnConfiguration } from '../shared/sealed/sealed-schema.ts';
import type { OpenSettings, Store } from '../store/index.ts';
import { answerSetToStore } from './seal-answer-set.ts';

/**
 * The one record of the visitor at the kiosk (src/store/open-answer-set.ts), written in order:
 * every write waits for the one before, so a late update can never land after the finish. A
 * sealed wave's set is sealed before each write: IndexedDB never holds it readable.
 */
export interface VisitorRecord {
  /**
   * With `urn`: a new record, sealed for the wave it names (none: `{}`), e.g. the welcome's
   * answer, or a whole survey without an overall question (`finish`). Without: the open record
   * grows (`finish`: and is done), a no-op without one. Resolves once durably stored.
   */
  write(set: AnswerSet, finish: boolean, urn?: { urn?: UrnConfiguration }): Promise<void>;
  /** Done with what the record already holds (the survey closed meanwhile). */
  finish(): Promise<void>;
  /**
   * Send: the open record finished with `set` in the same transaction that reads the settings
   * `isOpen` judges (store's finishOpenAnswerSetIfOpen): 'closed' finishes it as it was,
   * 'unknown' writes nothing (then stillOpen and `write`, as before), 'gone' without an open
   * record. Resolves once durably stored.
   */
  send(
    set: AnswerSet,
    isOpen: (stored: OpenSettings) => unknown,
  ): Promise<'written' | 'closed' | 'unknown' | 'gone'>;
}

type RecordStore = Pick<
  Store,
  'writeOpenAnswerSet' | 'finishOpenAnswerSet' | 'finishOpenAnswerSetIfOpen'
>;

/** Starts by finishing a record a crash or reload left open, before any new visitor's write. */
export function createVisitorRecord(store: RecordStore): VisitorRecord {
  let open: { key?: string; urn?: UrnConfiguration } | undefined;
  let queue: Promise<unknown> = store.finishOpenAnswerSet().catch(() => {});
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const done = queue.then(work);
    queue = done.catch(() => {});
    return done;
  };
  return {
    write: (set, finish, first) =>
      inTurn(async () => {
        if (first) open = { urn: first.urn };
        if (!open) return;
        const sealed = await answerSetToStore(set, open.urn);
        open.key = await store.writeOpenAnswerSet(open.key, sealed, finish);
        if (finish || !open.key) open = undefined;
      }),
    finish: () =>
      inTurn(async () => {
        if (open) await store.finishOpenAnswerSet();
        open = undefined;
      }),
    send: (set, isOpen) =>
      inTurn(async () => {
        if (!open?.key) return 'gone';
        const sealed = await answerSetToStore(set, open.urn);
        const outcome = await store.finishOpenAnswerSetIfOpen(open.key, sealed, isOpen);
        if (outcome !== 'unknown') open = undefined;
        return outcome;
      }),
  };
}
