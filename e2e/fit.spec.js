// The widget on a counsellor's theme: it keeps to the width its element is given, and printing
// it prints the widget alone, not the site around it.
import { test, expect, checkA11y, screenshots } from './fixtures.js';
import { toResults } from './content.js';

/** Counts calls to window.print instead of opening the dialog (headless Chromium has none). */
async function stubPrint(page) {
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
}

test('should keep to a theme\'s narrow content column, under a sticky header', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/host/theme.html');
  const widget = page.locator('[data-missing-pieces]');
  await expect(widget.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
  // The theme limits each child of its column to 620 px and centres it, as block themes do.
  const box = await widget.boundingBox();
  const text = await page.locator('#after-widget').boundingBox();
  expect(box.width).toBeLessThanOrEqual(620);
  expect(box.width).toBeGreaterThan(600);
  expect(Math.round(box.x)).toBe(Math.round(text.x));
  await checkA11y(page, 'theme page');
  await screenshots(page, 'theme-welcome');
});

test('should take the max-width a site owner sets on its element', async ({ page }) => {
  await page.goto('/host/plain.html');
  await page.addStyleTag({ content: '[data-missing-pieces] { max-width: 30rem; margin: 0 auto; }' });
  const widget = page.locator('[data-missing-pieces]');
  await expect(widget.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
  expect((await widget.boundingBox()).width).toBeLessThanOrEqual(480);
});

test('should print only the widget, not the theme around it', async ({ page }) => {
  await stubPrint(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/host/theme.html');
  const widget = page.locator('[data-missing-pieces]');
  await toResults(widget);
  await widget.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  for (const part of ['.site-header', '.hero', '.site-footer', 'h1', '#after-widget']) {
    await expect(page.locator(part).first(), part).toBeHidden();
  }
  await expect(widget.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
  // The widget starts at the top of the page: nothing of the site is left above it.
  expect((await widget.boundingBox()).y).toBeLessThan(5);
  await page.screenshot({ path: 'e2e/artifacts/screens/theme-print-1280.png', fullPage: true });

  // Printing from the browser's own menu after the dialog closed prints the page as usual.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.site-header')).toBeVisible();
});

test('should print only the widget whose button was pressed, when a page has two', async ({ page }) => {
  await stubPrint(page);
  await page.goto('/host/two-widgets.html');
  const [first, second] = [page.locator('#first'), page.locator('#second')];
  await toResults(second);
  await second.getByRole('button', { name: 'Print or save as PDF' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(first).toBeHidden();
  await expect(second.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'For couples' })).toBeHidden();
});
