import { test, expect, checkA11y, screenshots } from './fixtures.js';

test('should show what the check-in is, with a way in and a way to urgent help', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'A short check-in before your first session' })).toBeVisible();
  await expect(page.getByText('It is not a test and it does not give a diagnosis.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
  await checkA11y(page, 'welcome');
  await screenshots(page, 'welcome');
});

test('should open urgent help from the welcome and close it again', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByRole('heading', { name: 'Need help now?' })).toBeVisible();
  await expect(page.getByText('call your local emergency number now')).toBeVisible();
  await checkA11y(page, 'support panel');
  await screenshots(page, 'support');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('call your local emergency number now')).toBeHidden();
});
