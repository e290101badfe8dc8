import * as z from 'zod/mini';

// zod/mini ships without messages; the server installs English ones (zod-locale.ts) so its
// 400 details and CLI errors read well. The kiosk does not: its survey errors only reach the
// console, and the messages would cost its first load about 1 kB gzip.

/** True for a validation failure from any schema in src/shared (zod/mini or classic). */
export function isSchemaError(error: unknown): error is z.core.$ZodError {
  return error instanceof z.core.$ZodError;
}

/**
 * Turns a zod error into short lines a person can read, e.g.
 * `answerSets[3].day: must be a day YYYY-MM-DD`. Used by the server for 400
 * bodies and by the survey loader; `name` lets the caller replace a path
 * prefix with something friendlier (such as a question id).
 */
export function describeIssues(
  error: z.core.$ZodError,
  name: (path: PropertyKey[]) => string = formatPath,
): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? `${name(issue.path)}: ` : '';
    return `${where}${issue.message}`;
  });
}

export function formatPath(path: PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
