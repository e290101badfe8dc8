import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveDistCopy } from '../browser/harness.ts';
import { FINGER_PRESS_MS } from '../browser/kiosk-steps.ts';
import { describeWebKit, useWebKit } from './harness.ts';

/** The first answer's centre and the question's title, read at once. */
function lookAtQuestion(): { title: string | null; x: number; y: number } | null {
  const answer = document.querySelector('.question__body [role="radio"]');
  if (!answer) return null;
  const box = answer.getBoundingClientRect();
  return {
    title: document.querySelector('#question-title')?.textContent ?? null,
    x: Math.round(box.x + box.width / 2),
    y: Math.round(box.y + box.height / 2),
  };
}

/**
 * A citizen taps as soon as the answers are there, while the question still fades in. On the
 * first question "Vorlesen" used to load a moment late and push the answers down under a tap
 * already on its way: the tap was lost (every first survey after a start, in WebKit).
 */
describeWebKit('a tap during the entry fade', () => {
  const webkit = useWebKit();
  let server: Awaited<ReturnType<typeof serveDistCopy>>;
  beforeAll(async () => {
    server = await serveDistCopy();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is answered on every question, the first one included, and nothing moves under it', async () => {
    const { page } = webkit;
    await page.goto(`${server.url}?confirmMs=0&thankYouMs=500`);
    const unanswered: string[] = [];
    for (let survey = 0; survey < 2; survey++) {
      await page.startSurvey();
      for (let step = 0; step < 20; step++) {
        const look = await page.run(lookAtQuestion);
        if (!look) break; // the last question: a free-text field
        await page.press(look.x, look.y, FINGER_PRESS_MS);
        const answered = await expect
          .poll(() => page.text('#question-title'), { timeout: 3_000, interval: 50 })
          .not.toBe(look.title)
          .then(
            () => true,
            () => false,
          );
        if (answered) continue;
        unanswered.push(`${survey + 1}. ${look.title}`);
        await page.settled();
        await page.tap('.question__body [role="radio"]');
      }
      await page.tapButton('Absenden');
      await page.find('.welcome');
    }
    expect(unanswered).toEqual([]);
  });
});
