import type { Kiosk } from './server-store.ts';

/** A row of the `kiosks` table, as both stores read it. */
export interface KioskRow {
  id: number;
  office: string;
  revoked: number;
  created_day: string;
}

/** The columns every kiosk query reads (toKiosk maps them). */
export const KIOSK_COLUMNS = 'id, office, revoked, created_day';

export const toKiosk = (row: KioskRow): Kiosk => ({
  id: row.id,
  office: row.office,
  revoked: row.revoked !== 0,
  createdDay: row.created_day,
});
