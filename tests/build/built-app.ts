// Reads an already-built app (dist/ or URNE_DIST) for the build-output tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The build under test; `npm test` builds dist/ first, a helper may point this elsewhere. */
export const DIST = resolve(process.env.URNE_DIST ?? 'dist');

/** Throws a message that says what to do when there is no build to test. */
export function requireBuild(): void {
  for (const file of ['index.html', 'sw.js', '.vite/manifest.json']) {
    if (!existsSync(join(DIST, file))) {
      throw new Error(
        `No built app at ${DIST} (missing ${file}). Build first: \`npx vite build\` ` +
          '(or `npx vite build --outDir /tmp/x` and URNE_DIST=/tmp/x).',
      );
    }
  }
}

export const readDist = (file: string): string => readFileSync(join(DIST, file), 'utf8');

/** Every file of the build, as paths relative to the dist folder with forward slashes. */
export function listDist(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listDist(path);
    return [relative(DIST, path).split('\\').join('/')];
  });
}

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * The precache list injected into sw.js. workbox-build writes it as a JSON array of
 * `{revision, url}` objects where `self.__WB_MANIFEST` stood.
 */
export function precacheEntries(swSource: string): PrecacheEntry[] {
  const match = /\[\{"(?:revision|url)":[\s\S]*?\}\]/.exec(swSource);
  if (!match) throw new Error('No injected precache list found in sw.js');
  return JSON.parse(match[0]) as PrecacheEntry[];
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(join(DIST, file));
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface ViteManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

/** The source modules the kiosk's entry chunk loads with `import()`, i.e. not in the first load. */
export function lazyImportsOfEntry(): string[] {
  const manifest = JSON.parse(readDist('.vite/manifest.json')) as Record<string, ViteManifestChunk>;
  return manifest['index.html']?.dynamicImports ?? [];
}

/**
 * What the browser must fetch before the kiosk can render: the entry chunk of index.html, its
 * CSS, and everything it imports statically (transitively). Lazy `import()` chunks are excluded.
 */
export function firstLoadFiles(): string[] {
  const manifest = JSON.parse(readDist('.vite/manifest.json')) as Record<string, ViteManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Vite manifest has no chunk ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  return [...files];
}

/** The JS and CSS files the built index.html itself references (script, modulepreload, stylesheet). */
export function filesReferencedByIndexHtml(): string[] {
  const html = readDist('index.html');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"[^>]*>/g)];
  return refs
    .map((ref) => (ref[1] ?? '').replace(/^\//, ''))
    .filter((file) => /\.(?:js|css)$/.test(file));
}
