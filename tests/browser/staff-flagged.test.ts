import { expect, it } from 'vitest';
import { describeBrowser, launchKioskBrowser, serveDist, useServerAndBrowser } from './harness.ts';
import { readAnswers } from './kiosk-steps.ts';
import { tapThroughSurvey, welcome } from './staff-steps.ts';

describeBrowser('flagged answer sets (children at play)', () => {
  const world = useServerAndBrowser(serveDist, launchKioskBrowser, 'each');

  it('a survey sent faster than the minimum is stored, marked flagged; a slower one is not', async () => {
    const page = await world.browser.context.newPage();
    // A minimum far above how long this tap-through takes; no cooldown, so only speed counts.
    await page.goto(
      `${world.server.url}?minSurveyMs=120000&cooldownMs=0&thankYouMs=1000&confirmMs=0`,
    );
    await welcome(page);
    await tapThroughSurvey(page);
    let { values } = await readAnswers(page);
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({ flagged: true });

    // A minimum below the tap-through's own duration: kept unflagged (no `flagged` key at all).
    await page.goto(`${world.server.url}?minSurveyMs=500&cooldownMs=0&thankYouMs=1000&confirmMs=0`);
    await welcome(page);
    await tapThroughSurvey(page);
    ({ values } = await readAnswers(page));
    expect(values).toHaveLength(2);
    const unflagged = (values as Record<string, unknown>[]).filter((v) => !('flagged' in v));
    expect(unflagged).toHaveLength(1);
  });

  it('a survey sent within the cooldown after the previous one is flagged too', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(
      `${world.server.url}?minSurveyMs=0&cooldownMs=120000&thankYouMs=1000&confirmMs=0`,
    );
    await welcome(page);
    await tapThroughSurvey(page);
    await welcome(page);
    await tapThroughSurvey(page);
    const { values } = await readAnswers(page);
    const flags = (values as { flagged?: true }[]).map((v) => v.flagged ?? false).sort();
    expect(flags).toEqual([false, true]);
  });
});
