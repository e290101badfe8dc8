import type { Finding } from '../../shared/survey-editor/review-survey.ts';

/** Errors and warnings as words first ("Fehler:", "Hinweis:"), colour second. */
export function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="findings">
      {findings.map((f) => (
        <li key={`${f.level}:${f.message}`} class={`finding finding--${f.level}`}>
          <strong>{f.level === 'error' ? 'Fehler: ' : 'Hinweis: '}</strong>
          {f.message}
        </li>
      ))}
    </ul>
  );
}
