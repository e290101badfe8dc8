/**
 * What `npm run report` tells the printed report beyond the filter (?print=1&city=…): the
 * committee's first page names the city, which the answers do not hold.
 */
export interface PrintOptions {
  city?: string;
}

/** The print options from the address, or undefined when this is the screen page. */
export function printOptionsFrom(params: URLSearchParams): PrintOptions | undefined {
  if (params.get('print') !== '1') return undefined;
  const city = params.get('city')?.trim().slice(0, 80);
  return city ? { city } : {};
}

/** The address parameters that keep the print options when the page rewrites its address. */
export function printParams(o: PrintOptions | undefined): Record<string, string> {
  if (!o) return {};
  return { print: '1', ...(o.city ? { city: o.city } : {}) };
}
