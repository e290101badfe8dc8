import { execFileSync } from 'node:child_process';

/**
 * The text of a PDF as poppler's `pdftotext` reads it (Debian package
 * poppler-utils, installed by .ci/run): the same tool a person would use to
 * check what a printed report says.
 */
export function pdfText(path: string): string {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext not found: apt-get install -y poppler-utils');
    }
    throw error;
  }
}

/** Text without white space, so a title broken over two lines still matches. */
export const compact = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
