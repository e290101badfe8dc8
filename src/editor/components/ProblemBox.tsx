import { EditorApiError } from '../api-client.ts';

/** What went wrong, as the server (or the file reader) said it, with its single problems. */
export interface Problem {
  message: string;
  details?: string[];
}

export const problemOf = (err: unknown): Problem =>
  err instanceof EditorApiError
    ? { message: err.message, details: err.details }
    : { message: err instanceof Error ? err.message : String(err) };

export function ProblemBox({ problem }: { problem: Problem }) {
  return (
    <div class="finding finding--error" role="alert">
      <strong>Fehler: </strong>
      {problem.message}
      {problem.details && problem.details.length > 0 && (
        <ul>
          {problem.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
