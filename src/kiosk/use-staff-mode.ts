import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { EnrollOutcome } from '../sync/enroll.ts';

/**
 * What the kiosk hands the staff mode when it opens it: what only the kiosk
 * knows at that moment. The services (store, sync, enrollment, timings) are
 * wired in by src/main.tsx, so the kiosk never imports the staff code.
 */
export interface StaffHandover {
  /** The office the running survey is for. */
  office: string;
  surveyVersion: string;
  /** The outcome of a provisioning link opened on this start, answered on screen once. */
  provisioning?: EnrollOutcome;
  onClose(): void;
}

export interface StaffModeState {
  /** Shut, its chunk loading, or open (the loaded component). */
  view: 'closed' | 'loading' | ComponentType<StaffHandover>;
  /** The outcome of a provisioning link opened on this start, until staff mode first closes. */
  provisioning: EnrollOutcome | undefined;
  open(): void;
  close(): void;
}

/**
 * The staff mode as the kiosk sees it, loaded on first use. Whoever opened a
 * provisioning link is told at once, by staff mode: choose a PIN, "set up for
 * …", or why the link was refused. 'kept' (an enrolled kiosk starting at its
 * used link) needs no word.
 */
export function useStaffMode(
  loadStaff: () => Promise<ComponentType<StaffHandover>>,
  provisioned: EnrollOutcome | undefined,
): StaffModeState {
  const [view, setView] = useState<StaffModeState['view']>('closed');
  const [provisioning, setProvisioning] = useState(
    provisioned === 'kept' ? undefined : provisioned,
  );
  const open = () => {
    setView('loading');
    loadStaff().then(
      (component) => setView(() => component),
      (error: unknown) => {
        console.error('Urne: the staff mode could not be loaded:', String(error));
        setView('closed');
      },
    );
  };
  const close = () => {
    setProvisioning(undefined);
    setView('closed');
  };
  useEffect(() => {
    if (provisioning) open();
  }, []);
  return { view, provisioning, open, close };
}
