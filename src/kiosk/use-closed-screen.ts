import { useEffect, useState } from 'preact/hooks';
import type { ClosedReason } from './closed-texts.ts';
import type { ClosedScreen } from './screens/ClosedScreen.tsx';

/**
 * The closed screen, loaded only once the survey is closed: a running kiosk
 * never shows it (the chunk is precached for offline). Undefined until loaded.
 */
export function useClosedScreen(reason: ClosedReason | undefined): typeof ClosedScreen | undefined {
  const [Closed, setClosed] = useState<typeof ClosedScreen | undefined>(undefined);
  useEffect(() => {
    if (!reason || Closed) return;
    import('./screens/ClosedScreen.tsx').then((m) => setClosed(() => m.ClosedScreen));
  }, [reason?.kind]);
  return Closed;
}
