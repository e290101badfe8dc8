import type { AnswerSet } from '../shared/answer-schema.ts';
import type { UrnConfiguration } from '../shared/sealed/sealed-schema.ts';
import type { Store } from '../store/index.ts';
import { answerSetToStore } from './seal-answer-set.ts';

/**
 * The one record of the visitor at the kiosk (src/store/open-answer-set.ts), written in order:
 * every write waits for the one before, so a late update can never land after the finish. A
 * sealed wave's set is sealed before each write: IndexedDB never holds it readable.
 */
export interface VisitorRecord {
  /** The first answer; resolves once it is durably stored (rejects when it could not be). */
  open(set: AnswerSet, urn: UrnConfiguration | undefined): Promise<void>;
  /** The visitor answered more (`finish`: and is done); a no-op without an open record. */
  update(set: AnswerSet, finish: boolean): Promise<void>;
  /** Done with what the record already holds (the survey closed meanwhile). */
  finish(): Promise<void>;
}

type RecordStore = Pick<Store, 'openAnswerSet' | 'updateAnswerSet' | 'finishOpenAnswerSet'>;

/** Starts by finishing a record a crash or reload left open, before any new visitor's write. */
export function createVisitorRecord(store: RecordStore): VisitorRecord {
  let open: { key: string; urn: UrnConfiguration | undefined } | undefined;
  let queue: Promise<unknown> = store.finishOpenAnswerSet().catch(() => {});
  const inTurn = (work: () => Promise<void>): Promise<void> => {
    const done = queue.then(work);
    queue = done.catch(() => {});
    return done;
  };
  return {
    open: (set, urn) =>
      inTurn(async () => {
        open = { key: await store.openAnswerSet(await answerSetToStore(set, urn)), urn };
      }),
    update: (set, finish) =>
      inTurn(async () => {
        if (!open) return;
        await store.updateAnswerSet(open.key, await answerSetToStore(set, open.urn), finish);
        if (finish) open = undefined;
      }),
    finish: () =>
      inTurn(async () => {
        if (!open) return;
        await store.finishOpenAnswerSet();
        open = undefined;
      }),
  };
}
