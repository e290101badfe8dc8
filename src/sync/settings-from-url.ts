import type { Store } from '../store/index.ts';

/** The query parameters IT may put on the kiosk's first address to provision it. */
export const PROVISIONING_PARAMS = ['token', 'endpoint', 'office'] as const;

/**
 * Takes provisioning from the kiosk's address, e.g.
 * `https://urne.example.de/?token=…&office=B%C3%BCrgerb%C3%BCro%20L%C3%BCnen`,
 * stores it in the local settings and returns the address without those
 * parameters, for `history.replaceState`, so the token does not stay in the
 * address bar or the history. Returns undefined when the address carries no
 * token (nothing is changed then). An endpoint that is not an http(s) address
 * is not stored; staff see why in `lastProblem`.
 */
export async function takeProvisioningFromUrl(
  url: URL,
  store: Pick<Store, 'setSetting'>,
): Promise<URL | undefined> {
  const token = url.searchParams.get('token')?.trim();
  if (!token) return undefined;
  await store.setSetting('token', token);

  const endpoint = url.searchParams.get('endpoint')?.trim();
  if (endpoint) {
    const parsed = parseEndpoint(endpoint);
    if (parsed) await store.setSetting('endpoint', parsed);
    else await store.setSetting('lastProblem', { code: 'badEndpoint', endpoint });
  }
  const office = url.searchParams.get('office')?.trim();
  // The same bounds as an answer set's office, so it can be stamped on answers as it is.
  if (office && office.length <= 120) await store.setSetting('office', office);

  const cleaned = new URL(url);
  for (const name of PROVISIONING_PARAMS) cleaned.searchParams.delete(name);
  return cleaned;
}

function parseEndpoint(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.search || url.hash || url.username || url.password) return undefined;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}
