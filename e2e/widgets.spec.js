// Two check-ins on one page: each keeps its own saved progress and its own share links, unless
// the counsellor gives both the same widget id on purpose.
import { test, expect, storedKeys } from './fixtures.js';
import { content, toResults } from './content.js';

const firstItem = content.items[0];

/** Saves progress in `widget`, starts, and answers the first question with choice `position`. */
async function saveAndAnswer(widget, position) {
  await widget.getByRole('button', { name: 'Save my progress on this device' }).click();
  await widget.getByRole('button', { name: 'Start the check-in' }).click();
  await widget.getByRole('group', { name: firstItem.text.en }).getByRole('radio').nth(position).check();
  await expect(widget.getByText('Your answers are saved on this device.')).toBeVisible();
}

/** The position of the checked choice of the first question in `widget`, after continuing. */
async function continued(widget) {
  await widget.getByRole('button', { name: 'Continue where I left off' }).click();
  const radios = widget.getByRole('group', { name: firstItem.text.en }).getByRole('radio');
  for (let i = 0; i < 5; i += 1) if (await radios.nth(i).isChecked()) return i;
  return null;
}

test('should keep each widget\'s saved answers apart, and erase only one', async ({ page }) => {
  await page.goto('/host/two-widgets.html');
  const [first, second] = [page.locator('#first'), page.locator('#second')];
  await saveAndAnswer(first, 1);
  await expect(second.getByText('Welcome back')).toHaveCount(0);
  await saveAndAnswer(second, 3);
  // The first widget keeps the key a page with one widget always had.
  expect((await storedKeys(page)).sort()).toEqual(['missing-pieces:v1', 'missing-pieces@2:v1']);

  await page.reload();
  await expect(first.getByText('Welcome back')).toBeVisible();
  await expect(second.getByText('Welcome back')).toBeVisible();
  // Erasing in the second leaves the first's answers.
  await second.getByRole('button', { name: 'Start fresh' }).click();
  await expect(second.getByText('Your answers were erased from this device.')).toBeVisible();
  expect(await storedKeys(page)).toEqual(['missing-pieces:v1']);

  await page.reload();
  await expect(second.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
  await expect(second.getByText('Welcome back')).toHaveCount(0);
  expect(await continued(first)).toBe(1);
});

test('should open a private link in the widget it was made in, and only there', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/host/two-widgets.html');
  const [first, second] = [page.locator('#first'), page.locator('#second')];
  await toResults(second);
  await second.getByRole('button', { name: 'Copy a private link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/host\/two-widgets\.html#w~2~mp1\./);

  await page.goto('about:blank');
  await page.goto(link);
  await expect(second.getByText('You are looking at shared results.')).toBeVisible();
  await expect(second.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
  await expect(first.getByText('You are looking at shared results.')).toHaveCount(0);

  // A link from the first widget opens in the first alone.
  await page.goto('/host/two-widgets.html');
  await toResults(first);
  await first.getByRole('button', { name: 'Copy a private link' }).click();
  const firstLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(firstLink).toMatch(/\/host\/two-widgets\.html#mp1\./);
  await page.goto('about:blank');
  await page.goto(firstLink);
  await expect(first.getByText('You are looking at shared results.')).toBeVisible();
  await expect(second.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
});

test('should share saved answers between two widgets given the same id on purpose', async ({ page }) => {
  const widget = (name) => `<div data-missing-pieces data-widget-id="intake" data-practice-name="${name}"></div>`;
  await page.route('**/host/same-id.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Same id</title><link rel="icon" href="data:,"></head><body><main><h1>Same id</h1>${widget('One')}${widget('Two')}</main><script type="module" src="/embed.js"></script></body></html>`,
  }));
  await page.goto('/host/same-id.html');
  const widgets = page.locator('[data-missing-pieces]');
  await saveAndAnswer(widgets.first(), 2);
  expect(await storedKeys(page)).toEqual(['missing-pieces@intake:v1']);
  await page.reload();
  await expect(widgets.nth(1).getByText('Welcome back')).toBeVisible();
  expect(await continued(widgets.nth(1))).toBe(2);
});
