import type { EnrollOutcome } from '../sync/enroll.ts';
import { needsNewPin, type PinStore } from './pin-gate.ts';

/** Where staff mode opens: the PIN, choosing one, or the answer to a provisioning link. */
export type StartPhase = 'pin' | 'newPin' | 'enrolled' | 'refused';

/**
 * Staff mode opened by a provisioning link starts with its outcome: a refusal
 * says why; an enrollment goes on as `afterEnrollment` decides. Opened by the
 * long press, it asks for the PIN (or for a new one, see needsNewPin).
 */
export async function startPhase(
  store: PinStore,
  provisioning: EnrollOutcome | undefined,
): Promise<StartPhase> {
  if (typeof provisioning === 'object') return 'refused';
  if (provisioning === 'enrolled') return afterEnrollment(store);
  return (await needsNewPin(store)) ? 'newPin' : 'pin';
}

/**
 * Right after enrollment the person holding the one-time link chooses the PIN,
 * at once — otherwise whoever long-presses the corner next could. A kiosk that
 * already has a PIN keeps it (enrollment's "set a PIN" request is cleared, for
 * the same reason) and only confirms: the link proves who may register the
 * device, not who may open its staff panel.
 */
export async function afterEnrollment(store: PinStore): Promise<'newPin' | 'enrolled'> {
  if (!(await store.getSetting('pinHash'))) return 'newPin';
  await store.setSetting('needsPin', false);
  return 'enrolled';
}
