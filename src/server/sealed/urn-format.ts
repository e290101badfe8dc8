/** 2026-07-14 → 14.07.2026 */
export const germanDay = (day: string): string => day.split('-').reverse().join('.');

/**
 * An opening's time as the people in the room read it: the server's local time (its time zone
 * is the office's), e.g. "15.07.2026, 10:04 Uhr".
 */
export function germanDateTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}`;
  return `${day}, ${two(d.getHours())}:${two(d.getMinutes())} Uhr`;
}

export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
