// Shared test set-up: every test fails if the page requests anything beyond the local server,
// logs an error, or (via `checkA11y`) has an axe-core violation.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * The widget's Shadow DOM is closed, so the page's other scripts get no handle on it; tests open
 * it (before any script runs), so they can see inside as a client sees it. A test that checks it
 * is closed uses a page without this.
 */
export function openShadowRoots() {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    return attach.call(this, { ...init, mode: 'open' });
  };
}

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    await page.addInitScript(openShadowRoots);
    const outside = [];
    const errors = [];
    const allowed = [];
    /** Lets one test expect a console error it causes on purpose (matched by `pattern`). */
    page.allowConsoleError = (pattern) => allowed.push(pattern);
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL) && !url.startsWith('data:')) outside.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await use(page);
    expect(outside, 'requests beyond the local server').toEqual([]);
    expect(await page.context().cookies(), 'cookies').toEqual([]);
    expect(errors.filter((e) => !allowed.some((p) => p.test(e))), 'console errors').toEqual([]);
  },
});

export { expect };

/** Runs axe-core on the page as it is now and expects no violations. */
export async function checkA11y(page, screen) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/**
 * Saves a screenshot of the page at phone and desktop widths under e2e/artifacts/screens, after
 * checking that even a 320 px screen needs no sideways scrolling.
 */
export async function screenshots(page, name) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
  for (const [label, width] of [['390', 390], ['1280', 1280]]) {
    await page.setViewportSize({ width, height: 844 });
    await page.screenshot({ path: `e2e/artifacts/screens/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(size);
}

/** Every localStorage and sessionStorage key the page can see. */
export async function storedKeys(page) {
  return page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
}

/**
 * Serves `settings` (an object in the widget's JSON form, or text) as the counsellor's settings
 * file, settings.json in the widget's folder: the file the configurator writes and the
 * counsellor uploads, which the standalone page and the iframe read.
 */
export async function settingsFile(page, settings) {
  const body = typeof settings === 'string' ? settings : JSON.stringify(settings);
  await page.route('**/settings.json', (route) => route.fulfill({ contentType: 'application/json', body }));
}

/** Waits until the live widget has replaced the first screen the page holds as HTML. */
export async function live(page) {
  await expect(page.locator('.mp-prerendered')).toHaveCount(0);
  await expect(page.locator('.mp').first()).toBeVisible();
}

/** Holds back the WebAssembly (named with its release, `?v=`) until the returned function is called. */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/missing-pieces_bg.wasm?v=*', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
