import { describe, expect, it } from 'vitest';
import { idleWatch } from '../../src/kiosk/idle.ts';
import {
  createKioskReducer,
  initialKioskState,
  type KioskAction,
} from '../../src/kiosk/kiosk-state.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';

const reduce = createKioskReducer(loadSurvey(buergerbueroSurvey));
const run = (actions: KioskAction[]) => actions.reduce(reduce, initialKioskState);
const personal: KioskAction[] = [
  { type: 'setLanguage', lang: 'ar' },
  { type: 'setTextSize', size: 'xlarge' },
];

describe('language and text size belong to one citizen', () => {
  it('keeps both through the survey and back to the welcome screen', () => {
    const midway = run([...personal, { type: 'start' }]);
    expect(midway).toMatchObject({ lang: 'ar', textSize: 'xlarge' });
    const back = reduce(midway, { type: 'back' });
    expect(back).toMatchObject({ screen: { kind: 'welcome' }, lang: 'ar', textSize: 'xlarge' });
  });

  it('resets both for the next citizen', () => {
    const midway = run([...personal, { type: 'start' }]);
    expect(reduce(midway, { type: 'reset' })).toEqual(initialKioskState);
    expect(initialKioskState).toMatchObject({ lang: 'de', textSize: 'normal' });
  });

  it('resets a welcome screen left with a large text size quietly, like one left in a language', () => {
    expect(idleWatch(run([{ type: 'setTextSize', size: 'large' }]), 'de')).toBe('quiet');
    expect(idleWatch(run([{ type: 'setLanguage', lang: 'tr' }]), 'de')).toBe('quiet');
    expect(idleWatch(initialKioskState, 'de')).toBe('none');
  });
});
