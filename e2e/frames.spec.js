// The iframe embed when the page around it is not what `parent` says, or does not let it start.
import { test, expect, checkA11y, live, screenshots } from './fixtures.js';

test('should show clients no note when parent names another site, and stay usable in a frame that cannot grow', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/host/iframe-elsewhere.html');
  const frameElement = page.locator('iframe[data-missing-pieces-frame]');
  const frame = page.frameLocator('iframe[data-missing-pieces-frame]');
  // A builder's frame (Wix runs pasted code on its own origin) is shown by another page than
  // the one the counsellor named: clients are not told, the site owner's console is.
  const start = frame.getByRole('button', { name: 'Start the check-in' });
  await expect.poll(() => warnings.join('\n')).toContain('not on the site that parent names');
  await live(frame);
  await expect(frame.getByRole('note')).toHaveCount(0);
  await expect(frame.locator('.mp')).not.toContainText('elsewhere');
  await checkA11y(page, 'frame whose parent names another site');
  await screenshots(page, 'iframe-elsewhere');
  // The frame keeps its height, and the page scrolls inside it: the way in is never cut off.
  await start.scrollIntoViewIfNeeded();
  await expect(start).toBeInViewport();
  await start.click();
  await expect(frame.getByRole('radio').first()).toBeVisible();
  expect(await frameElement.evaluate((el) => el.getBoundingClientRect().height)).toBe(260);
});

test('should tell the site owner in the preview when parent names another site', async ({ page, baseURL }) => {
  await page.goto('/host/iframe-elsewhere-preview.html');
  const note = page.frameLocator('iframe[data-missing-pieces-frame]').getByRole('note');
  await expect(note).toContainText('Note for the site owner');
  await expect(note).toContainText(`shown by a page on ${baseURL}, not on the site that parent names`);
  await expect(note).not.toContainText('elsewhere');
});

test('should start with no fallback text and no note when parent is the page\'s own address', async ({ page }) => {
  await page.goto('/host/iframe.html');
  const frame = page.frameLocator('iframe[data-missing-pieces-frame]');
  await expect(frame.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await expect(frame.getByRole('note')).toHaveCount(0);
  await expect(frame.locator('.mp-fallback')).toHaveCount(0);
});

test('should leave a plain message, not an empty box, in a sandboxed frame where it cannot start', async ({ page }) => {
  // The sandbox gives the frame no origin of its own, so the browser refuses the module script
  // from a host that sends no CORS headers; that is the failure this test is about.
  page.allowConsoleError(/CORS policy|Failed to load resource|integrity|preload/);
  await page.goto('/host/sandboxed.html');
  const frame = page.frameLocator('iframe[data-missing-pieces-frame]');
  await expect(frame.getByText('If it does not show up, it cannot start on this page.', { exact: false }))
    .toBeVisible({ timeout: 15_000 });
  const link = frame.getByRole('link', { name: 'open the check-in in a new tab' });
  const src = await page.locator('iframe[data-missing-pieces-frame]').evaluate((el) => el.src);
  expect(await link.evaluate((a) => a.href)).toBe(src);
  await screenshots(page, 'iframe-sandboxed');
});
