// The shared personas (tests/personas.json) driven through the whole journey in the real widget:
// the screen shows what the engine returns on the host, and keeps the care rules.
import { test, expect, checkA11y } from './fixtures.js';
import { areaTitle, content, onToReview, personas } from './content.js';

const itemText = (id) => content.items.find((i) => i.id === id).text.en;
const signTitle = (id) => content.signs.find((s) => s.id === id).title.en;

/** Answers `itemId` with the choice at `position` (0-4), or "Prefer not to say". */
async function give(page, itemId, position) {
  const group = page.getByRole('group', { name: itemText(itemId) });
  if (position === 'prefer_not') await group.getByRole('radio', { name: content.prefer_not.en }).check();
  else await group.getByRole('radio').nth(position).check();
}

for (const persona of personas) {
  test(`should show "${persona.name}" what the engine found, keeping every care rule`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start the check-in' }).click();
    for (const area of content.areas) {
      for (const [itemId, position] of Object.entries(persona.answers)) {
        if (content.items.find((i) => i.id === itemId).area === area.id) await give(page, itemId, position);
      }
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await onToReview(page);
    await page.getByRole('button', { name: 'See my results' }).click();

    await expect(page.locator('.mp-focus-list > li h4')).toHaveText(persona.focus.map(areaTitle));
    await expect(page.locator('.mp-strengths > li h4')).toHaveText(persona.strengths.map(areaTitle));
    // No silent sign: every sign present is named on the results screen.
    for (const sign of persona.signs) {
      await expect(page.getByText(signTitle(sign), { exact: true }).first()).toBeVisible();
    }
    // Strengths beside gaps: the client's own resource answers are quoted.
    const alsoHelping = page.locator('.mp-also-helping q');
    await expect(alsoHelping).toHaveText(persona.also_helping.map(itemText));
    // Support first, before the places to start, or not at all.
    const support = page.getByRole('heading', { name: 'Your answers suggest things feel very hard right now' });
    if (persona.safety) {
      await expect(support).toBeVisible();
      const start = page.getByRole('heading', { name: 'Where you might start' });
      const [supportBox, startBox] = [await support.boundingBox(), await start.boundingBox()];
      expect(supportBox.y).toBeLessThan(startBox.y);
      await expect(page.locator('.mp-support-first').getByText('call your local emergency number now')).toBeVisible();
    } else {
      await expect(support).toHaveCount(0);
    }
    if (persona.signs.length) await expect(page.getByText(/No one area stands out/)).toHaveCount(0);
    // Whatever support first decided, the results end with where help is.
    await expect(page.locator('.mp-results-part').last().getByText('call your local emergency number now')).toBeVisible();
    await expect(page.getByText(/If something here does not fit you, say so/)).toBeVisible();
    await checkA11y(page, `results for "${persona.name}"`);
  });
}
