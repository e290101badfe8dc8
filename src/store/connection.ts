import { type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, type UrneDB } from './schema.ts';

/** The local database could not be opened or stopped answering; the kiosk asks for a restart. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

export interface ConnectionOptions {
  name?: string;
  /** How long opening and each transaction may take before we give up (Safari can hang forever). */
  timeoutMs?: number;
}

type Names = StoreNames<UrneDB>[];
export type Tx<S extends Names, M extends IDBTransactionMode> = IDBPTransaction<UrneDB, S, M>;

/**
 * Owns the one IndexedDB connection. Every read and write goes through `run`,
 * which adds what IndexedDB lacks on tablets: a timeout on open and on each
 * transaction, and one reopen when Safari dropped the connection while the app
 * sat in the background.
 */
export class Connection {
  private db: Promise<IDBPDatabase<UrneDB>> | undefined;
  private readonly name: string;
  private readonly timeoutMs: number;

  constructor(options: ConnectionOptions = {}) {
    this.name = options.name ?? DB_NAME;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /**
   * Runs `work` inside one transaction and resolves once the transaction has
   * committed (with strict durability for writes, so an answer is on disk
   * before the caller moves on). `work` must only await IndexedDB requests:
   * awaiting anything else lets the transaction auto-commit early.
   *
   * Rejects with StoreUnavailableError when the database cannot be opened, does
   * not answer in time, or the connection is lost again right after a reopen;
   * any other error (e.g. QuotaExceededError) is passed on as it is, with the
   * transaction aborted so nothing of it is written.
   */
  async run<S extends Names, M extends IDBTransactionMode, T>(
    stores: S,
    mode: M,
    work: (tx: Tx<S, M>) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.attempt(stores, mode, work);
    } catch (error) {
      if (!isLostConnection(error)) throw error;
      this.forget();
      try {
        return await this.attempt(stores, mode, work);
      } catch (again) {
        if (!isLostConnection(again)) throw again;
        // Lost twice in a row: the database is gone for this page, only a restart helps.
        this.forget();
        throw new StoreUnavailableError(
          `The local database connection was lost (${describe(again)}).`,
          { cause: again },
        );
      }
    }
  }

  close(): void {
    void this.db?.then((db) => db.close()).catch(() => {});
    this.db = undefined;
  }

  private async attempt<S extends Names, M extends IDBTransactionMode, T>(
    stores: S,
    mode: M,
    work: (tx: Tx<S, M>) => Promise<T>,
  ): Promise<T> {
    const db = await this.open();
    const tx = db.transaction(stores, mode, {
      durability: mode === 'readonly' ? 'default' : 'strict',
    });
    const done = (async () => {
      try {
        const result = await work(tx);
        await tx.done;
        return result;
      } catch (error) {
        abortQuietly(tx);
        throw error;
      }
    })();
    return withTimeout(done, this.timeoutMs, 'The local database did not answer in time.', () => {
      abortQuietly(tx);
      this.forget();
    });
  }

  private open(): Promise<IDBPDatabase<UrneDB>> {
    if (!this.db) {
      const opening = openDB<UrneDB>(this.name, DB_VERSION, {
        upgrade(db) {
          db.createObjectStore('answers');
          db.createObjectStore('batches');
          db.createObjectStore('settings');
        },
        // Another tab (an update) wants a newer version: step aside so it can upgrade.
        blocking: () => this.close(),
        terminated: () => this.forget(),
      });
      const failed = opening.catch((error: unknown) => {
        throw new StoreUnavailableError(
          `The local database could not be opened (${describe(error)}).`,
        );
      });
      this.db = withTimeout(failed, this.timeoutMs, 'The local database could not be opened.', () =>
        this.forget(),
      );
      this.db.catch(() => this.forget());
    }
    return this.db;
  }

  private forget(): void {
    this.db = undefined;
  }
}

function isLostConnection(error: unknown): boolean {
  // InvalidStateError: the connection is closing; UnknownError: Safari's
  // "Connection to Indexed Database server lost".
  return (
    error instanceof DOMException &&
    (error.name === 'InvalidStateError' || error.name === 'UnknownError')
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing to undo.
  }
}

function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  message: string,
  onTimeout: () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new StoreUnavailableError(message));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
