import type { KioskConfig } from '../kiosk/kiosk-config.ts';
import type { Store } from '../store/index.ts';
import type { EnrollOutcome } from '../sync/enroll.ts';
import type { SyncSummary } from '../sync/index.ts';

/** What the kiosk hands the (lazily loaded) staff mode. */
export interface StaffViewProps {
  store: Store;
  office: string;
  surveyVersion: string;
  config: KioskConfig;
  /** Runs a sync round now and resolves with its summary (problem included). */
  syncNow(): Promise<SyncSummary>;
  stopSync(): Promise<void>;
  /** Enrolls with a provisioning link or code typed in staff mode (enrollWithCode). */
  enroll(text: string): Promise<EnrollOutcome>;
  /** The outcome of a provisioning link opened on this start, answered on screen once. */
  provisioning?: EnrollOutcome;
  onClose(): void;
}
