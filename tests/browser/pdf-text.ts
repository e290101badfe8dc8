import { execFileSync } from 'node:child_process';

/**
 * The text of a PDF as poppler's `pdftotext` reads it (Debian package
 * poppler-utils, installed by .ci/run): the same tool a person would use to
 * check what a printed report says.
 */
export function pdfText(path: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return poppler('pdftotext', [...range, '-enc', 'UTF-8', path, '-']);
}

/** pdfinfo's fields ("Title", "Tagged", "Pages", …) as poppler prints them. */
export function pdfInfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of poppler('pdfinfo', ['-enc', 'UTF-8', path]).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

/** The PDF's outline (bookmarks) as "page: title" lines, read by poppler's pdftohtml. */
export function pdfOutline(path: string): string[] {
  const xml = poppler('pdftohtml', ['-xml', '-i', '-q', '-stdout', '-enc', 'UTF-8', path]);
  return [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => `${m[1]}: ${m[2]}`);
}

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} not found: apt-get install -y poppler-utils`);
    }
    throw error;
  }
}

/** Text without white space, so a title broken over two lines still matches. */
export const compact = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
