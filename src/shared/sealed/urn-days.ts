import type { UrnConfiguration } from './sealed-schema.ts';

/**
 * Whether an answer set of `day` (YYYY-MM-DD) belongs to the urn's wave, so it must be sealed
 * (or, without a key, not taken at all). Free of zod and HPKE: the kiosk asks on every start.
 */
export function isUrnDay(urn: UrnConfiguration | undefined, day: string): urn is UrnConfiguration {
  return urn !== undefined && urn.from <= day && day <= urn.to;
}
