import { test, expect, checkA11y, screenshots } from './fixtures.js';
import { content, toResults } from './content.js';


test('should keep every screen accessible in dark mode with reduced motion', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto('/');
  await checkA11y(page, 'dark welcome');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await page.getByRole('radio').first().check();
  await checkA11y(page, 'dark question');
  await screenshots(page, 'dark-question');
  await page.goto('/');
  await toResults(page);
  await checkA11y(page, 'dark results');
  await screenshots(page, 'dark-results');
});

test('should print results without buttons or progress', async ({ page }) => {
  await page.goto('/');
  await toResults(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Need help now?' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
  // Paper gets the date and every answer, area by area; the screen does not.
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  await expect(page.getByText(`Date: ${today}`)).toBeVisible();
  await expect(page.getByText(`${content.items[0].text.en} — Not true at all`)).toBeVisible();
  // One to two A4 pages, even for a client whose answers fill every part of the results.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length;
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText(`Date: ${today}`)).toBeHidden();
});
