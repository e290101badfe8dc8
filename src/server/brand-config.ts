import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brandContrastProblems } from '../shared/brand-colours.ts';
import { Brand, LOGO_MAX_CHARS } from '../shared/brand-schema.ts';

const LOGO_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/** What a refused variable must be instead (the schema only says yes or no). */
const REFUSED: Record<string, string> = {
  city: 'must be a name of 1 to 80 characters',
  office: 'must be a name of 1 to 80 characters',
  primary: 'must be a colour written as # and six hex digits, e.g. #1d4f91',
  accent: 'must be a colour written as # and six hex digits, e.g. #b1001c',
};

/**
 * The office's identity from the environment (docs/install.md, "The office's look"):
 * URNE_BRAND_CITY, URNE_BRAND_OFFICE, URNE_BRAND_LOGO (a file), URNE_BRAND_PRIMARY and
 * URNE_BRAND_ACCENT. Undefined when none is set: kiosks then keep their neutral look, and their
 * configuration carries no `brand` at all (so a kiosk whose app predates brands accepts it).
 * @throws Error in plain words naming the variable: a colour too pale for the text drawn with it
 *   (with its contrast ratio), a logo that is missing, too large or not an image.
 */
export function readBrand(
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => Buffer = readFileSync,
): Brand | undefined {
  const value = (name: string) => env[name]?.trim() || undefined;
  const logoPath = value('URNE_BRAND_LOGO');
  const raw = {
    city: value('URNE_BRAND_CITY'),
    office: value('URNE_BRAND_OFFICE'),
    logo: logoPath && logoDataUrl(logoPath, readFile),
    primary: value('URNE_BRAND_PRIMARY')?.toLowerCase(),
    accent: value('URNE_BRAND_ACCENT')?.toLowerCase(),
  };
  const set = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length === 0) return undefined;
  const parsed = Brand.safeParse(set);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    throw new Error(`URNE_BRAND_${field.toUpperCase()} ${REFUSED[field] ?? 'is not valid'}.`);
  }
  const problems = brandContrastProblems(parsed.data);
  if (problems.length > 0) {
    throw new Error(
      problems
        .map((p) =>
          p.replace(/^The (primary|accent) colour/, (_, f) => `URNE_BRAND_${f.toUpperCase()}:`),
        )
        .join('\n'),
    );
  }
  return parsed.data;
}

function logoDataUrl(path: string, readFile: (path: string) => Buffer): string {
  const type = LOGO_TYPES[extname(path).toLowerCase()];
  if (!type) {
    throw new Error(`URNE_BRAND_LOGO must be an .svg, .png or .webp file, not "${path}".`);
  }
  let bytes: Buffer;
  try {
    bytes = readFile(path);
  } catch (error) {
    throw new Error(`URNE_BRAND_LOGO: the file "${path}" cannot be read (${String(error)}).`);
  }
  const url = `data:${type};base64,${bytes.toString('base64')}`;
  if (url.length > LOGO_MAX_CHARS) {
    const kb = Math.ceil(bytes.length / 1000);
    throw new Error(
      `URNE_BRAND_LOGO "${path}" is ${kb} kB; the kiosk carries it in every configuration, so it ` +
        `may be at most ${Math.floor((LOGO_MAX_CHARS * 3) / 4 / 1000)} kB (a simplified SVG usually is).`,
    );
  }
  return url;
}
