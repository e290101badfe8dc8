import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/editor/preview-time.ts';
import { toPreview } from '../../src/shared/preview-messages.ts';

// The framed kiosk acts only on messages of the editor's shape; anything else is dropped.
describe('toPreview', () => {
  it('takes the three messages the editor sends', () => {
    expect(toPreview({ type: 'urne-preview:draft', definition: { id: 'x' }, extra: 1 })).toEqual({
      type: 'urne-preview:draft',
      definition: { id: 'x' },
    });
    const look = { lang: 'ar', textSize: 'xlarge' };
    expect(toPreview({ type: 'urne-preview:look', look })).toEqual({
      type: 'urne-preview:look',
      look,
    });
    expect(toPreview({ type: 'urne-preview:show' })).toEqual({ type: 'urne-preview:show' });
    expect(toPreview({ type: 'urne-preview:show', question: 'reason' })).toEqual({
      type: 'urne-preview:show',
      question: 'reason',
    });
  });

  it.each([
    null,
    'urne-preview:draft',
    { type: 'SKIP_WAITING' },
    { type: 'urne-preview:look', look: { lang: 'fr', textSize: 'normal' } },
    { type: 'urne-preview:look', look: { lang: 'de', textSize: 'huge' } },
    { type: 'urne-preview:look', look: { lang: 'de', textSize: 'toString' } },
    { type: 'urne-preview:look' },
    { type: 'urne-preview:show', question: 3 },
  ])('drops %j', (data) => {
    expect(toPreview(data)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [3, 'etwa 5 Sekunden'],
    [41, 'etwa 45 Sekunden'],
    [58, 'etwa 1 Minute'],
    [60, 'etwa 1 Minute'],
    [91, 'etwa 1 Minute 35 Sekunden'],
    [120, 'etwa 2 Minuten'],
  ])('%i s reads "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
