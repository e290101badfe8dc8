import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** What the office header shows: the brand IT set (its values unchecked yet) and the office. */
export interface OfficeIdentity {
  brand?: Record<string, string>;
  office?: string;
}

// Module state, not a preact context: createContext would add about 250 bytes to a first load
// at its budget. KioskRoot sets it on every render, before the screens that read it render.
let shown: OfficeIdentity | undefined;
let Header: FunctionComponent<OfficeIdentity> | undefined;

/** The office header (OfficeBrand): nothing without a brand, or before its chunk is here. */
export function OfficeBrand() {
  return shown?.brand && Header ? <Header {...shown} /> : null;
}

/**
 * Called by KioskRoot with the running configuration: remembers the identity for the office
 * header and, when IT set a brand, loads its chunk (value check, colours, header), which puts the
 * colours on the root (base.css holds the neutral defaults), then renders again to show the
 * header. A kiosk without a brand loads nothing: the first load is at its budget, and the header
 * may appear a moment after the first paint. The brand object changes only with the settings.
 */
export function useOfficeBrand(active: OfficeIdentity | undefined): void {
  shown = active;
  const brand = active?.brand;
  const [, setLoaded] = useState(false);
  useEffect(() => {
    // Loaded before means colours were set, which a configuration without a brand takes away.
    if (!brand && !Header) return;
    void import('./OfficeBrandHeader.tsx').then((m) => {
      m.showBrandColours(brand);
      Header = m.OfficeBrandHeader;
      setLoaded(true);
    });
  }, [brand]);
}
