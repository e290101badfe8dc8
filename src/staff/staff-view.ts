import type { KioskConfig } from '../kiosk/kiosk-config.ts';
import type { StaffHandover } from '../kiosk/use-staff-mode.ts';
import type { Store } from '../store/index.ts';
import type { EnrollOutcome } from '../sync/enroll.ts';
import type { SyncSummary } from '../sync/index.ts';

/** What the staff mode works with: the kiosk's handover, and the services src/main.tsx wires in. */
export interface StaffViewProps extends StaffHandover {
  store: Store;
  config: KioskConfig;
  /** Runs a sync round now and resolves with its summary (problem included). */
  syncNow(): Promise<SyncSummary>;
  stopSync(): Promise<void>;
  /** Enrolls with a provisioning link or code typed in staff mode (enrollWithCode). */
  enroll(text: string): Promise<EnrollOutcome>;
}

/** The services alone, as src/main.tsx provides them. */
export type StaffServices = Omit<StaffViewProps, keyof StaffHandover>;
