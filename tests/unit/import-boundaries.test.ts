import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The one-way imports of README "Where things live", checked over the real import graph:
 * kiosk and staff → survey/store/sync/pwa → shared; the results page, the server and the service
 * worker see only shared. Biome's noRestrictedImports cannot say this: it matches the specifier's text, not
 * the file it resolves to, so a pattern for survey/ also hits `../shared/survey/flow.ts`, and
 * `../store/` is src/store from src/server/app.ts but src/server/store from src/server/results/.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Which folders each folder may import from (its own always). A new folder needs a line here. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'src/shared': [],
  'src/survey': ['src/shared'],
  'src/store': ['src/shared'],
  'src/sync': ['src/store', 'src/shared'],
  'src/pwa': ['src/shared'],
  'src/kiosk': ['src/survey', 'src/store', 'src/sync', 'src/pwa', 'src/shared'],
  // Staff mode opens from the kiosk and takes the types of what the kiosk hands it (its
  // configuration, StaffHandover); the kiosk never imports staff (src/main.tsx wires the two).
  'src/staff': ['src/kiosk', 'src/survey', 'src/store', 'src/sync', 'src/pwa', 'src/shared'],
  'src/report': ['src/shared'],
  // The questionnaire editor (editor.html) is a page of its own, like the results page.
  'src/editor': ['src/shared'],
  'src/server': ['src/shared'],
  'src/main.tsx': [
    'src/kiosk',
    'src/staff',
    'src/survey',
    'src/store',
    'src/sync',
    'src/pwa',
    'src/shared',
  ],
  sw: ['src/shared'],
};

/** Packages only these folders may import: IndexedDB, service worker, Node each stay in one place. */
const PACKAGE_OWNERS: [pattern: RegExp, owners: readonly string[]][] = [
  [/^idb(\/|$)/, ['src/store']],
  [/^workbox-window(\/|$)/, ['src/pwa']],
  [/^workbox-/, ['sw']],
  [/^(node:|hono(\/|$)|@hono\/|better-sqlite3$)/, ['src/server']],
  [/^preact(\/|$)/, ['src/kiosk', 'src/staff', 'src/report', 'src/editor', 'src/main.tsx']],
];
/**
 * Both the browser and the server compile src/shared: it gets zod, and @hpke/core (WebCrypto
 * underneath, no DOM, no Node) for the sealed wave's suite that kiosk and opening share.
 */
const SHARED_PACKAGES = /^(zod|@hpke\/core)(\/|$)/;

/** The folder a path (relative to the root, with /) belongs to, as MAY_IMPORT names it. */
function folderOf(path: string): string {
  if (path === 'src/main.tsx') return path;
  const [top = path, second] = path.split('/');
  return top === 'src' && second !== undefined ? `src/${second}` : top;
}

/** Why `file` may not import `specifier`, or undefined when it may. Paths relative to the root. */
function checkImport(file: string, specifier: string): string | undefined {
  const from = folderOf(file);
  const allowed = MAY_IMPORT[from];
  if (!allowed) return `${file}: no import rule for ${from} (add it to MAY_IMPORT)`;
  if (!specifier.startsWith('.')) {
    const owners = PACKAGE_OWNERS.find(([pattern]) => pattern.test(specifier))?.[1];
    if (from === 'src/shared' && !SHARED_PACKAGES.test(specifier)) {
      return `${file} imports '${specifier}': src/shared may import only zod and @hpke/core`;
    }
    if (owners && !owners.includes(from)) {
      return `${file} imports '${specifier}': only ${owners.join(', ')} may import it`;
    }
    return undefined;
  }
  const target = relative(ROOT, resolve(ROOT, dirname(file), specifier.replace(/[?#].*$/, '')));
  const to = folderOf(target.split(sep).join('/'));
  if (to === from || allowed.includes(to)) return undefined;
  const may = [from, ...allowed].join(', ');
  return `${file} imports '${specifier}' (${to}): ${from} may import only ${may}`;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every import of `file`: static, type-only, re-exports and import(), comments ignored. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
}

describe('import boundaries', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('sw')];

  it('every import in src/ and sw/ goes the allowed way', () => {
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) =>
      importsOf(file).flatMap((specifier) => checkImport(file, specifier) ?? []),
    );
    expect(problems).toEqual([]);
  });

  it('resolves paths, so a folder name is not mistaken for another', () => {
    expect(checkImport('src/server/app.ts', '../kiosk/KioskRoot.tsx')).toMatch(
      /src\/server\/app.ts imports '..\/kiosk\/KioskRoot.tsx' \(src\/kiosk\)/,
    );
    expect(checkImport('src/server/app.ts', '../store/index.ts')).toMatch(/\(src\/store\)/);
    expect(checkImport('src/server/results/index.ts', '../store/server-store.ts')).toBeUndefined();
    expect(checkImport('src/server/app.ts', '../shared/survey/flow.ts')).toBeUndefined();
    expect(checkImport('src/kiosk/App.tsx', '../staff/StaffMode.tsx')).toMatch(/\(src\/staff\)/);
    expect(checkImport('src/shared/wire-schema.ts', 'idb')).toMatch(/only zod/);
    expect(checkImport('src/sync/enroll.ts', 'node:crypto')).toMatch(/only src\/server/);
  });
});
