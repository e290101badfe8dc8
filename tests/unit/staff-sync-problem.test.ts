import { describe, expect, it } from 'vitest';
import { syncProblemIn } from '../../src/staff/sync-problem-en.ts';
import { SYNC_MESSAGES, type SyncMessage, syncMessage } from '../../src/sync/messages.ts';

describe("a stored sync problem in the staff panel's language", () => {
  it('gives every German sentence in English, with its values carried over', () => {
    const values = {
      status: 'HTTP 503',
      count: 12,
      reason: 'HTTP 422: „Inhalt passt nicht“',
      endpoint: 'htp:/x',
    };
    for (const key of Object.keys(SYNC_MESSAGES) as SyncMessage[]) {
      const german = syncMessage(key, values);
      const english = syncProblemIn(german, 'en');
      expect(english, key).not.toBe(german);
      expect(english, key).not.toMatch(/\{\w+\}/);
      for (const [name, value] of Object.entries(values)) {
        if (SYNC_MESSAGES[key].de.includes(`{${name}}`))
          expect(english, key).toContain(String(value));
      }
    }
    expect(syncProblemIn(syncMessage('held', values), 'en')).toBe(
      'The server did not accept 12 answers (HTTP 422: „Inhalt passt nicht“). They stay on this device; please tell IT.',
    );
  });

  it('leaves German, empty and unknown sentences as they are', () => {
    const german = syncMessage('offline');
    expect(syncProblemIn(german, 'de')).toBe(german);
    expect(syncProblemIn('', 'en')).toBe('');
    expect(syncProblemIn('Eine Meldung einer älteren Version.', 'en')).toBe(
      'Eine Meldung einer älteren Version.',
    );
  });
});
