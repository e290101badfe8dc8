import type { PublishResult } from '../../shared/survey-editor/editor-api.ts';
import { formatDay } from '../languages.ts';

/** The publish result in plain German: what the offices' kiosks will show, and from when. */
export function PublishedNotice({ result }: { result: PublishResult }) {
  return (
    <div class="published" role="status">
      <strong>Veröffentlicht.</strong> Die Fassung {result.version} gilt für{' '}
      {result.offices.join(', ')} vom {formatDay(result.from)} bis {formatDay(result.to)}. Die
      Kiosks übernehmen sie bei ihrer nächsten Abfrage, sobald sie auf der Startseite ruhen.
    </div>
  );
}
