import { test, expect } from './fixtures.js';
import { areaTitle, answer, personas } from './content.js';

for (const persona of personas) {
  test(`should show "${persona.name}" the places to start the engine chose`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start the check-in' }).click();
    for (let step = 0; step < 6; step += 1) {
      for (const [itemId, position] of Object.entries(persona.answers)) {
        if (await page.locator(`input[name="mp-${itemId}"]`).count()) await answer(page, itemId, position);
      }
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'See my results' }).click();

    const focus = page.locator('.mp-focus-list > li h4');
    await expect(focus).toHaveText(persona.focus.map(areaTitle));
    const strengths = page.locator('.mp-strengths > li h4');
    await expect(strengths).toHaveText(persona.strengths.map(areaTitle));
    const support = page.getByRole('heading', { name: 'Your answers show things feel very hard right now' });
    if (persona.safety) await expect(support).toBeVisible();
    else await expect(support).toHaveCount(0);
  });
}
