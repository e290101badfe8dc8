import type { Draft } from './draft-edit.ts';
import { TYPE_NAMES } from './draft-edit.ts';

/**
 * Whether a definition (the saved draft, or an uploaded file) has the shape the form can show:
 * a German title and questions of known types with a German title. Anything else is only shown
 * as the review's errors, to be fixed in the file or discarded; the rest of the checks are the
 * server's review, which also accepts an imperfect draft so nothing typed is lost.
 */
export function isEditable(definition: unknown): definition is Draft {
  const d = definition as Partial<Draft> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.title?.de === 'string' &&
    Array.isArray(d.questions) &&
    d.questions.every(
      (q) =>
        typeof q === 'object' &&
        q !== null &&
        typeof q.id === 'string' &&
        q.type in TYPE_NAMES &&
        typeof q.title?.de === 'string' &&
        (!('options' in q) || Array.isArray(q.options)),
    )
  );
}
