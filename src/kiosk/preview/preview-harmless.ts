import type { Store } from '../../store/index.ts';
import type { KioskConfig } from '../kiosk-config.ts';
import type { VisitorRecord } from '../visitor-record.ts';

/**
 * What makes the preview harmless, in one place. The App stores a visitor's answers only through
 * its record, and reads the store only for the office; the preview hands it a record that keeps
 * nothing and an office, so Send leads to the thank-you with nothing written.
 */
export const NOTHING_STORED: VisitorRecord = {
  write: () => Promise.resolve(),
  finish: () => Promise.resolve(),
  send: () => Promise.resolve('written'),
};

/**
 * In place of IndexedDB: every call fails. The App should never call it (see above); if a later
 * change made it, the preview would show the kiosk's restart notice rather than store an answer.
 */
export const NO_STORE = new Proxy({} as Store, {
  get: () => () => Promise.reject(new Error('The preview stores nothing.')),
});

/**
 * The kiosk's timings, but no "Sind Sie noch da?" while the admin types beside the frame: an
 * hour, the longest the kiosk's own links allow.
 */
export const previewConfig = (config: KioskConfig): KioskConfig => ({
  ...config,
  idleMs: 3_600_000,
});
