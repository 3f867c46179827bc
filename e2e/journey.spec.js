import { test, expect, checkA11y, screenshots } from './fixtures.js';
import { content, areaTitle, itemsIn, answer, STEPS, NEXTS_TO_REVIEW } from './content.js';

const heading = (page) => page.locator('#mp-step-heading');

test('should complete the whole journey by mouse, with every screen accessible', async ({ page }) => {
  await page.goto('/');
  await checkA11y(page, 'welcome');
  await page.getByRole('button', { name: 'Start the check-in' }).click();

  for (const [index, area] of content.areas.entries()) {
    await expect(heading(page)).toHaveText(area.title.en);
    await expect(page.getByText(`Step ${index + 1} of ${STEPS}`)).toBeVisible();
    const items = itemsIn(area.id);
    // Answer all but the last item; leave that one skipped.
    for (const item of items.slice(0, -1)) await answer(page, item.id, 1);
    if (index === 0) await screenshots(page, 'question');
    await checkA11y(page, `area ${area.id}`);
    await page.getByRole('button', { name: 'Next' }).click();
  }

  await expect(heading(page)).toHaveText('In your own words');
  await page.getByLabel(content.reflections[0].prompt.en).fill('Sleep better & feel <less> alone');
  await page.getByRole('checkbox', { name: content.reflections.find((r) => r.id === 'way_of_working').options[1].label.en }).check();
  await checkA11y(page, 'reflections');
  await screenshots(page, 'reflections');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(heading(page)).toHaveText('Check your answers');
  const first = itemsIn(content.areas[0].id).length;
  await expect(page.getByText(`${first - 1} of ${first} answered`).first()).toBeVisible();
  await expect(page.getByText('You wrote some notes.')).toBeVisible();
  await checkA11y(page, 'review');
  await screenshots(page, 'review');
  await page.getByRole('button', { name: 'See my results' }).click();

  await expect(heading(page)).toHaveText('Your check-in');
  await expect(page.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
  await expect(page.getByText('it is not a diagnosis')).toBeVisible();
  await expect(page.getByRole('table', { name: 'How present each area is right now' })).toBeAttached();
  await checkA11y(page, 'results');
  await screenshots(page, 'results');

  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(heading(page)).toHaveText('A short check-in before your first session');
});

test('should go back from the review to change an area', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  for (let i = 0; i < NEXTS_TO_REVIEW; i += 1) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: `Change: ${areaTitle('self_compassion')}` }).click();
  await expect(heading(page)).toHaveText(areaTitle('self_compassion'));
  await expect(heading(page)).toBeFocused();
});

test('should reach results after skipping everything, without blame', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  for (let i = 0; i < NEXTS_TO_REVIEW; i += 1) await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(`0 of ${itemsIn(content.areas[0].id).length} answered`).first()).toBeVisible();
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByText('There were not enough answers to suggest a place to start.')).toBeVisible();
  // Nothing answered: help is close, and the results say why, without "your answers suggest".
  await expect(page.getByRole('heading', { name: 'Help is close, if you need it' })).toBeVisible();
  await expect(page.getByText(/Some questions were left unanswered/)).toBeVisible();
  await expect(page.getByText('Your answers suggest things feel hard right now')).toHaveCount(0);
  await expect(page.getByText('Not enough answers').first()).toBeVisible();
  await checkA11y(page, 'results after skipping');
  await screenshots(page, 'results-skipped');
});

test('should complete the journey with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return `${el.tagName.toLowerCase()}|${el.getAttribute('type') ?? ''}|${el.textContent.trim()}`;
  });
  /** Presses Tab until the focused element's summary is `wanted` (tag|type|text). */
  const tabTo = async (wanted) => {
    for (let i = 0; i < 80; i += 1) {
      if ((await focused()) === wanted) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`never reached ${wanted}; last focus ${await focused()}`);
  };

  await tabTo('button|button|Start the check-in');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  // Answer the first question with arrow keys: Tab into the group, move right, which selects.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  const first = content.items[0];
  await expect(page.getByRole('group', { name: first.text.en }).getByRole('radio').nth(1)).toBeChecked();

  for (let step = 0; step < NEXTS_TO_REVIEW; step += 1) {
    await tabTo('button|button|Next');
    await page.keyboard.press('Enter');
    await expect(heading(page)).toBeFocused();
  }
  await tabTo('button|button|See my results');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Your check-in');
  await expect(heading(page)).toBeFocused();
});
