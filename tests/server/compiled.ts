import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where `npm run build` puts the server's JavaScript (tsconfig.server.json). */
export const SERVER_BUILD = fileURLToPath(new URL('../../dist-server/', import.meta.url));

/**
 * The arguments for `node` that run a product command as IT runs it: the
 * compiled JavaScript, no tsx. `entry` is its path under src/ without the
 * extension, e.g. 'server/cli/kiosk'. Needs a build, as the browser tests do
 * (`npm test` builds first).
 */
export function compiledEntry(entry: string): string[] {
  const file = `${SERVER_BUILD}${entry}.js`;
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run npm run build (the CLI tests run the built server).`);
  }
  return [file];
}
