/**
 * Whether kiosks' uploads are being stored, for GET /health. The database can
 * answer while batches still fail (a full disk, an I/O error):
 * kiosks then keep their answers and retry, quietly, so IT's monitoring must
 * be the one to turn red.
 */
export interface UploadHealth {
  /** The status POST /batches answered with. */
  record(status: number): void;
  /** What is wrong, in a sentence for IT; undefined while uploads are stored. */
  problem(): string | undefined;
}

export function createUploadHealth(): UploadHealth {
  let failing = false;
  return {
    record(status) {
      // A client's mistake (4xx) says nothing about the server; the next stored batch clears it.
      if (status >= 500) failing = true;
      else if (status < 300) failing = false;
    },
    problem: () =>
      failing
        ? 'The last upload from a kiosk could not be stored (see the server log). Kiosks keep their answers and send them again.'
        : undefined,
  };
}
