// The iframe embed on a counsellor's page under a strict Content-Security-Policy: frame.js sizes
// the frame through the CSSOM (no style attribute to block), so it fills the width and grows.
import { test, expect, checkA11y } from './fixtures.js';

const POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

test('should fit and grow the frame on a page under a strict policy', async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(`/host/iframe-strict.html?csp=${encodeURIComponent(POLICY)}`);
  expect(response.headers()['content-security-policy']).toBe(POLICY);
  const frameElement = page.locator('iframe[data-missing-pieces-frame]');
  const frame = page.frameLocator('iframe[data-missing-pieces-frame]');
  await expect(frame.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await expect(frameElement).toHaveCSS('border-top-width', '0px');
  const main = await page.locator('main').boundingBox();
  expect((await frameElement.boundingBox()).width).toBeCloseTo(main.width, 0);
  // The welcome is shorter than the 700 px the attribute gives: the frame takes its height.
  await expect.poll(async () => (await frameElement.boundingBox()).height).not.toBe(700);
  const before = (await frameElement.boundingBox()).height;
  await frame.getByRole('button', { name: 'Empezar' }).click();
  await expect.poll(async () => (await frameElement.boundingBox()).height).toBeGreaterThan(before + 300);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  page.allowConsoleError(/^Applying inline style violates the following Content Security Policy/);
  await checkA11y(page, 'iframe under a strict policy');
});
