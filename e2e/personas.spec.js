// The shared personas (tests/personas.json) driven through the whole journey in the real widget:
// the screen shows what the engine returns on the host, and keeps the care rules.
import { test, expect, checkA11y } from './fixtures.js';
import { areaTitle, content, onToReview, personas, stepsAsking } from './content.js';

const itemText = (id) => content.items.find((i) => i.id === id).text.en;
const signTitle = (id) => content.signs.find((s) => s.id === id).title.en;

/** Answers `itemId` with the choice at `position` (0-4), or "Prefer not to say". */
async function give(page, itemId, position) {
  const group = page.getByRole('group', { name: itemText(itemId) });
  if (position === 'prefer_not') await group.getByRole('radio', { name: content.prefer_not.en }).check();
  else await group.getByRole('radio').nth(position).check();
}

for (const persona of personas) {
  test(`should show "${persona.name}" what the engine found, keeping every care rule`, async ({ page: tab }) => {
    // A persona with a shorter check-in is answered on a counsellor's page that asks those
    // areas (e2e/hosts/choices.html asks hope, relational support and self-compassion).
    let page = tab;
    if (persona.areas) {
      expect(persona.areas).toEqual(['hope', 'relational_support', 'self_compassion']);
      await tab.goto('/host/choices.html');
      page = tab.locator('[data-missing-pieces]');
    } else {
      await tab.goto('/');
    }
    await page.getByRole('button', { name: 'Start the check-in' }).click();
    for (const { area, full, items } of stepsAsking(persona.areas)) {
      await expect(page.getByRole('heading', { level: 2, name: area.title.en })).toBeVisible();
      if (!full) await expect(page.getByText('Every check-in asks these few questions')).toBeVisible();
      for (const item of items) {
        if (item.id in persona.answers) await give(page, item.id, persona.answers[item.id]);
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
    const onAnswers = persona.support_on_answers !== false;
    const support = page.getByRole('heading', {
      name: onAnswers ? 'Your answers suggest things feel hard right now' : 'Help is close, if you need it',
    });
    if (persona.safety) {
      // It says what it rests on.
      await expect(page.getByText('This is here because:')).toBeVisible();
      if (!onAnswers) await expect(page.getByText(/Some questions were left unanswered/)).toBeVisible();
      await expect(support).toBeVisible();
      const start = page.getByRole('heading', { name: 'Where you might start' });
      const [supportBox, startBox] = [await support.boundingBox(), await start.boundingBox()];
      expect(supportBox.y).toBeLessThan(startBox.y);
      await expect(page.locator('.mp-support-first').getByText('call your local emergency number now')).toBeVisible();
    } else {
      await expect(support).toHaveCount(0);
    }
    if (persona.signs.length || persona.safety) await expect(page.getByText(/No one area stands out/)).toHaveCount(0);
    // Whatever support first decided, the results end with where help is.
    await expect(page.locator('.mp-results-part').last().getByText('call your local emergency number now')).toBeVisible();
    await expect(page.getByText(/If something here does not fit you, say so/)).toBeVisible();
    // Things to try never lean on what the client said they lack, and every place to start
    // still has one.
    const asked = new Set(stepsAsking(persona.areas).flatMap((step) => step.items.map((i) => i.id)));
    const saidLacking = (itemId) => {
      const position = asked.has(itemId) ? persona.answers[itemId] : undefined;
      if (typeof position !== 'number') return false;
      const item = content.items.find((i) => i.id === itemId);
      const level = item.polarity === 'reverse' ? 4 - position : position;
      return level <= content.rules.hard_end_at_most;
    };
    for (const tip of content.areas.flatMap((a) => a.try_first)) {
      if ((tip.assumes ?? []).some(saidLacking)) {
        await expect(page.getByText(tip.text.en, { exact: true })).toHaveCount(0);
      }
    }
    for (const card of await page.locator('.mp-focus-list > li').all()) {
      await expect(card.locator(':scope > ul:not(.mp-evidence) > li').first()).toBeVisible();
    }
    await checkA11y(tab, `results for "${persona.name}"`);
  });
}
